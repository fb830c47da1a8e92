/**
 * The one way a Lambda of this service is made: Node 24 on arm64, the prebuilt esbuild
 * bundle from dist/functions/<name>, JSON logs into its own log group, and a role that
 * may write only to that log group until grants add what the function needs.
 */
import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleFolder } from '../bundles.ts';
import { type LogSettings, serviceLogGroup } from './log-group.ts';

export interface ServiceFunctionProps extends LogSettings {
  /** The folder under functions/ whose handler.ts was bundled. */
  readonly bundle: string;
  readonly bundlesDir: string;
  readonly description: string;
  readonly environment: Record<string, string>;
  /** 512 MB by default: on Lambda, memory also buys CPU, and cold starts shrink with it. */
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /**
   * arm64 unless a native dependency has no other build here: the attachment processor's
   * sharp layer carries the x86_64 libvips the project installs.
   */
  readonly architecture?: lambda.Architecture;
  readonly layers?: lambda.ILayerVersion[];
}

export class ServiceFunction extends Construct {
  readonly fn: lambda.Function;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    this.logGroup = serviceLogGroup(this, 'Logs', props);
    // Not the managed AWSLambdaBasicExecutionRole: that one may write to every log group.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.bundle}`,
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.fn = new lambda.Function(this, 'Function', {
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: props.architecture ?? lambda.Architecture.ARM_64,
      ...(props.layers ? { layers: props.layers } : {}),
      code: lambda.Code.fromAsset(bundleFolder(props.bundlesDir, props.bundle)),
      handler: 'index.handler',
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup: this.logGroup,
      // The functions already write one JSON object per line without personal data
      // (functions/lib/log.ts); JSON format keeps Lambda's own lines JSON too.
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      recursiveLoop: lambda.RecursiveLoop.TERMINATE,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
    });
  }
}
