/**
 * The security headers of every response of the service, in one place: CloudFront's
 * response-headers policy is built from them (infra/lib/constructs/security-headers.ts)
 * and both Hono apps set them (functions/lib/http/security-headers.ts), so a page reached
 * through CloudFront, the API called directly, and the local stack all carry the same.
 * Only the origins differ: each deployment names its own.
 */

export interface SecurityHeaderOrigins {
  /** Origins the site's scripts call (the APIs, the sign-in): connect-src. */
  readonly connectOrigins?: readonly string[];
  /** Origins a form may post to besides this one (the sign-in pages): form-action. */
  readonly formActionOrigins?: readonly string[];
  /** Origins images load from besides this one (the attachments bucket's short-lived links): img-src. */
  readonly imageOrigins?: readonly string[];
}

/** HSTS: two years, subdomains included. */
export const HSTS_MAX_AGE_SECONDS = 730 * 86_400;
export const FRAME_OPTIONS = 'DENY';
/** A tracking code (or a feedback token) in a URL must not travel to another site in the Referer. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=()';

const withOrigins = (directive: string, origins: readonly string[] = []) =>
  [directive, "'self'", ...origins].join(' ');

/**
 * Scripts only from the site itself. Inline styles are allowed: the pages inline their
 * critical CSS to fit the first round trip (DESIGN §7), and a style cannot run code.
 */
export function contentSecurityPolicy(origins: SecurityHeaderOrigins = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    [withOrigins('img-src', origins.imageOrigins), 'data:'].join(' '),
    "font-src 'self'",
    withOrigins('connect-src', origins.connectOrigins),
    withOrigins('form-action', origins.formActionOrigins),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/** Every header, by its HTTP name, as a response carries it. */
export function securityHeaders(origins: SecurityHeaderOrigins = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(origins),
    'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': FRAME_OPTIONS,
    'Referrer-Policy': REFERRER_POLICY,
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}
