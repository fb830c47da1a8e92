/**
 * An API Gateway HTTP API in front of one Hono app on Lambda: every path goes to the app
 * (it does its own routing), the stage is throttled, browsers may call it only from the
 * site's origin, and every request is logged as one JSON line.
 */
import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type LogSettings, serviceLogGroup } from './log-group.ts';

export interface ServiceHttpApiProps extends LogSettings {
  readonly apiName: string;
  readonly handler: lambda.IFunction;
  /** The only origin allowed by CORS: the public site (`https://<siteDomain>`). */
  readonly siteOrigin: string;
  readonly allowHeaders: string[];
  /** Response headers the browser may read (API Gateway answers CORS itself, ignoring the app's). */
  readonly exposeHeaders?: string[];
  readonly throttle: { rateLimit: number; burstLimit: number };
  /** Checked by API Gateway before the app runs (the app checks again). */
  readonly authorizer?: apigw.IHttpRouteAuthorizer;
}

// What one request leaves in the access log. No client address and no query string:
// a submitter's IP is personal data, and query strings can carry form input. The path
// holds at most a tracking code, which is public by design.
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTimeEpoch',
  method: '$context.httpMethod',
  path: '$context.path',
  route: '$context.routeKey',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
};

export class ServiceHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ServiceHttpApiProps) {
    super(scope, id);
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: props.apiName,
      defaultIntegration: new HttpLambdaIntegration('App', props.handler),
      ...(props.authorizer ? { defaultAuthorizer: props.authorizer } : {}),
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [props.siteOrigin],
        allowMethods: [
          apigw.CorsHttpMethod.GET,
          apigw.CorsHttpMethod.HEAD,
          apigw.CorsHttpMethod.POST,
          apigw.CorsHttpMethod.PUT,
          apigw.CorsHttpMethod.PATCH,
          apigw.CorsHttpMethod.DELETE,
        ],
        allowHeaders: props.allowHeaders,
        ...(props.exposeHeaders ? { exposeHeaders: props.exposeHeaders } : {}),
        maxAge: Duration.hours(1),
      },
    });
    this.accessLogs = serviceLogGroup(this, 'AccessLogs', props);
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
  }

  /** The API's own endpoint host name, e.g. `abc123.execute-api.ap-southeast-1.amazonaws.com`. */
  get domainName(): string {
    return `${this.api.apiId}.execute-api.${this.api.stack.region}.${this.api.stack.urlSuffix}`;
  }
}
