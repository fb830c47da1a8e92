/**
 * The headers every response of the site carries, whether it came from S3 or from the
 * public API's server-rendered pages: a strict Content-Security-Policy, HSTS, no MIME
 * sniffing, no framing.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

export interface SecurityHeadersProps {
  /** Origins the staff console calls from the browser: the staff API and Cognito's sign-in. */
  readonly connectOrigins: string[];
  /** Where the staff console's sign-in form is posted (Cognito's hosted pages). */
  readonly formActionOrigins: string[];
}

/**
 * Scripts only from the site itself. Inline styles are allowed: the pages inline their
 * critical CSS to fit the first round trip (DESIGN §7), and a style cannot run code.
 */
export function contentSecurityPolicy(props: SecurityHeadersProps): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${props.connectOrigins.join(' ')}`,
    `form-action 'self' ${props.formActionOrigins.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

export class SecurityHeaders extends Construct {
  readonly policy: cloudfront.ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    this.policy = new cloudfront.ResponseHeadersPolicy(this, 'Policy', {
      comment: 'CSP, HSTS, nosniff, frame denial for the public site',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        // A tracking code in a URL must not travel to another site in the Referer.
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
        ],
      },
    });
  }
}
