import type { Context } from 'hono';

/**
 * The citizen's address for rate limits. Behind CloudFront, API Gateway's sourceIp is
 * CloudFront's, so every citizen would share one window: CloudFront sets
 * CloudFront-Viewer-Address ("ip:port", overwriting any value a client sent). A request
 * that reaches API Gateway directly could forge that header; the HTTP API's own
 * throttling is the bound there (see the README's infrastructure section).
 */
export function lambdaClientAddress(c: Context): string {
  const viewer = c.req.header('cloudfront-viewer-address');
  if (viewer) return viewer.replace(/:\d+$/, '');
  const event = (c.env as { event?: { requestContext?: { http?: { sourceIp?: string } } } }).event;
  return event?.requestContext?.http?.sourceIp ?? 'unknown';
}
