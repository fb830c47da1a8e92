/**
 * One middleware for both apps: every response, whatever route or error produced it,
 * carries the service's security headers (shared/security-headers.ts, the same that
 * CloudFront adds), so the API called directly, or through the local stack, is as
 * protected as a page reached through CloudFront. And caching is never left to chance:
 * HTML is always dynamic here (a track page is one person's petition) and never stored;
 * a response that says nothing is not stored either; one that may be cached is keyed by
 * Accept-Language, which picks its language when `?lang=` does not.
 */
import type { MiddlewareHandler } from 'hono';
import { securityHeaders } from '../../../shared/security-headers.ts';

const HEADERS = Object.entries(securityHeaders());

export function withSecurityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of HEADERS) headers.set(name, value);
    const cache = headers.get('cache-control');
    if ((headers.get('content-type') ?? '').startsWith('text/html') || !cache) {
      headers.set('Cache-Control', 'no-store');
    } else if (!/no-store/i.test(cache)) {
      headers.append('Vary', 'Accept-Language');
    }
  };
}
