/**
 * The public site on one domain: CloudFront serves the static Astro build from a private
 * bucket (origin access control), and sends the public API's paths — its JSON under
 * /v1/ and its server-rendered, script-free pages (tracking, submission receipt) — to
 * the public HTTP API. One origin for both means no CORS for citizens' browsers and one
 * WAF in front of everything they reach.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ORIGIN_SECRET_HEADER } from '../../../shared/origin.ts';
import { API_EXACT_PATHS, apiPaths } from '../../../shared/ui/routes.ts';
import { acknowledge } from '../nag.ts';
import { privateBucket } from './private-bucket.ts';

/**
 * Paths answered by the public API rather than the static build, from the site's one map
 * of them (shared/ui/routes.ts): everything under /v1/, and the server-rendered pages as
 * exact paths, so the static "/tra-cuu/" form page still comes from the bucket.
 */
export const PUBLIC_API_PATHS: readonly string[] = [`${apiPaths.prefix}*`, ...API_EXACT_PATHS];

// Astro writes /lich/index.html for /lich/; S3 has no directory index behind OAC.
const DIRECTORY_INDEX = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  else if (uri.lastIndexOf('.') < uri.lastIndexOf('/')) request.uri = uri + '/index.html';
  return request;
}`;

export interface PublicSiteProps {
  readonly domainName: string;
  readonly certificate: acm.ICertificate;
  readonly webAclArn: string;
  /** The public HTTP API's host name (execute-api). */
  readonly publicApiDomain: string;
  readonly responseHeadersPolicy: cloudfront.IResponseHeadersPolicy;
  /** Added to every request sent to the public API, which refuses any request without it. */
  readonly originSecret: string;
}

export class PublicSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly logs: s3.Bucket;
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: PublicSiteProps) {
    super(scope, id);
    // Access logs hold client addresses: kept 90 days, then gone. CloudFront's standard
    // logging writes with ACLs, hence object-writer ownership on this bucket only.
    this.logs = privateBucket(this, 'Logs', {
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = privateBucket(this, 'Content', {
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 's3-site/',
      // Rebuilt from the data at any time; kept only because S3 refuses to delete a full bucket.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: new origins.HttpOrigin(props.publicApiDomain, {
        protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
        // Only what came through here (WAF, rate rules, the viewer's address) reaches the API.
        customHeaders: { [ORIGIN_SECRET_HEADER]: props.originSecret },
      }),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: new cloudfront.OriginRequestPolicy(this, 'ApiRequests', {
        comment: 'What the public API needs of a request; never the Host (API Gateway routes by it)',
        // CloudFront-Viewer-Address is the citizen's address; API Gateway would otherwise
        // see CloudFront's, and every citizen would share one rate limit.
        headerBehavior: cloudfront.OriginRequestHeaderBehavior.allowList(
          'Accept',
          'Accept-Language',
          'Content-Type',
          'Idempotency-Key',
          'Origin',
          'CloudFront-Viewer-Address',
        ),
        queryStringBehavior: cloudfront.OriginRequestQueryStringBehavior.all(),
        cookieBehavior: cloudfront.OriginRequestCookieBehavior.none(),
      }),
      responseHeadersPolicy: props.responseHeadersPolicy,
    };

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Public site ${props.domainName}`,
      domainNames: [props.domainName],
      certificate: props.certificate,
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // Edge locations in Asia (Việt Nam included) without paying for every region.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        // LIST as well as READ: without it S3 answers a missing page with 403, with it 404.
        // (No distribution-wide error page: it would also replace the public API's own
        // 403/404 pages and JSON, such as "no petition with this code".)
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket, {
          originAccessLevels: [cloudfront.AccessLevel.READ, cloudfront.AccessLevel.LIST],
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: props.responseHeadersPolicy,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: new cloudfront.Function(this, 'DirectoryIndex', {
              code: cloudfront.FunctionCode.fromInline(DIRECTORY_INDEX),
              runtime: cloudfront.FunctionRuntime.JS_2_0,
              comment: 'Serve /path/ from /path/index.html',
            }),
          },
        ],
      },
      additionalBehaviors: Object.fromEntries(PUBLIC_API_PATHS.map((path) => [path, apiBehavior])),
    });
    acknowledge(
      this.distribution,
      ['AwsSolutions-CFR1'],
      'No geo restriction: Vietnamese citizens abroad may track a petition or read published answers.',
    );
  }
}
