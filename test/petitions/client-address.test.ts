import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientNetwork, lambdaClientAddress } from '../../functions/public-api/client-address.ts';

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

  it("reads CloudFront's IPv6 forms, bracketed or not, without the port", async () => {
    expect(await addressOf({ 'cloudfront-viewer-address': '[2001:db8::7]:443' })).toBe('2001:db8::7');
    expect(await addressOf({ 'cloudfront-viewer-address': '2001:db8:1:2:3:4:5:6:50123' })).toBe(
      '2001:db8:1:2:3:4:5:6',
    );
    expect(await addressOf({ 'cloudfront-viewer-address': '::ffff:203.0.113.7:443' })).toBe(
      '::ffff:203.0.113.7',
    );
  });

  it("falls back to API Gateway's source address", async () => {
    expect(await addressOf({}, '198.51.100.4')).toBe('198.51.100.4');
    expect(await addressOf({})).toBe('unknown');
  });
});

describe('the network a client is counted by', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['0:0:0:0:0:ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:aa:1::1', '2001:db8:aa:1::/64'],
    ['2001:0DB8:00aa:0001:ffff:1:2:3', '2001:db8:aa:1::/64'],
    ['[2001:db8:aa:1::9]', '2001:db8:aa:1::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::', '0:0:0:0::/64'],
  ])('%s → %s', (address, network) => {
    expect(clientNetwork(address)).toBe(network);
  });

  it.each(['', 'unknown', 'not an address', '2001:db8:::1', '1.2.3.4.5', '2001:db8::1::2', '12345::'])(
    'anything that is not an address (%j) is one shared "unknown" client',
    (address) => {
      expect(clientNetwork(address)).toBe('unknown');
    },
  );
});
