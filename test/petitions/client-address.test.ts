import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { lambdaClientAddress } from '../../functions/public-api/client-address.ts';

async function addressOf(headers: Record<string, string>, sourceIp?: string) {
  const app = new Hono();
  app.get('/', (c) => c.text(lambdaClientAddress(c)));
  const env = sourceIp ? { event: { requestContext: { http: { sourceIp } } } } : {};
  const response = await app.request('/', { headers }, env);
  return response.text();
}

describe('the client address on Lambda', () => {
  it("is the viewer's address CloudFront forwards, without its port", async () => {
    expect(await addressOf({ 'cloudfront-viewer-address': '203.0.113.7:54321' }, '130.176.0.1')).toBe(
      '203.0.113.7',
    );
    expect(await addressOf({ 'cloudfront-viewer-address': '2001:db8::7:443' }, '130.176.0.1')).toBe(
      '2001:db8::7',
    );
  });

  it("falls back to API Gateway's source address", async () => {
    expect(await addressOf({}, '198.51.100.4')).toBe('198.51.100.4');
    expect(await addressOf({})).toBe('unknown');
  });
});
