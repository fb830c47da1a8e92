/**
 * The headers every response of the site carries, whether it came from S3 or from the
 * public API's server-rendered pages: a strict Content-Security-Policy, HSTS, no MIME
 * sniffing, no framing. The values come from shared/security-headers.ts, which the apps
 * set too; this only says them in CloudFront's terms.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import {
  contentSecurityPolicy,
  FRAME_OPTIONS,
  HSTS_MAX_AGE_SECONDS,
  PERMISSIONS_POLICY,
  REFERRER_POLICY,
  type SecurityHeaderOrigins,
} from '../../../shared/security-headers.ts';

export interface SecurityHeadersProps {
  /** Origins the staff console calls from the browser: the staff API and Cognito's sign-in. */
  readonly connectOrigins: string[];
  /** Where the staff console's sign-in form is posted (Cognito's hosted pages). */
  readonly formActionOrigins: string[];
  /** Origins the console shows images from: the attachments bucket's presigned links. */
  readonly imageOrigins?: string[];
}

/** CloudFront's enum member whose value is the header's value (they are spelled the same). */
function member<T extends string>(values: Record<string, T>, value: string): T {
  const found = Object.values(values).find((v) => v === value);
  if (!found) throw new Error(`CloudFront has no setting for "${value}"`);
  return found;
}

export class SecurityHeaders extends Construct {
  readonly policy: cloudfront.ResponseHeadersPolicy;
  /** The origins the policy names (its CSP's connect-src, form-action and img-src). */
  readonly origins: SecurityHeaderOrigins;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    this.origins = {
      connectOrigins: props.connectOrigins,
      formActionOrigins: props.formActionOrigins,
      imageOrigins: props.imageOrigins ?? [],
    };
    this.policy = new cloudfront.ResponseHeadersPolicy(this, 'Policy', {
      comment: 'CSP, HSTS, nosniff, frame denial for the public site',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(this.origins), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: member(cloudfront.HeadersFrameOption, FRAME_OPTIONS), override: true },
        referrerPolicy: {
          referrerPolicy: member(cloudfront.HeadersReferrerPolicy, REFERRER_POLICY),
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true }],
      },
    });
  }
}
