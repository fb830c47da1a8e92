/**
 * Who a request comes from, for the submission rate limit: the client's address as the
 * platform gives it, then the network it is counted by.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';

/**
 * The citizen's address on Lambda. Behind CloudFront, API Gateway's sourceIp is
 * CloudFront's, so every citizen would share one window: CloudFront sets
 * CloudFront-Viewer-Address ("ip:port", the IPv6 form unbracketed; it overwrites any value
 * a client sent). Only CloudFront reaches the app (the origin secret, origin-check.ts), so
 * the header cannot be forged by calling the API directly.
 */
export function lambdaClientAddress(c: Context): string {
  const viewer = c.req.header('cloudfront-viewer-address');
  if (viewer) return withoutPort(viewer);
  const event = (c.env as { event?: { requestContext?: { http?: { sourceIp?: string } } } }).event;
  return event?.requestContext?.http?.sourceIp ?? 'unknown';
}

/** "203.0.113.7:443", "2001:db8::7:443" or "[2001:db8::7]:443" → the address alone. */
function withoutPort(value: string): string {
  const trimmed = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  if (bracketed) return bracketed[1]!;
  return trimmed.replace(/:\d+$/, '');
}

/**
 * The network a client is counted by: an IPv4 address itself (an IPv4-mapped IPv6 address
 * as the IPv4 address it carries), an IPv6 address by its /64 — one household's or one
 * phone's prefix, inside which a client picks any address it likes. Zone ids and brackets
 * are dropped; anything that is not an address is one shared "unknown" client.
 */
export function clientNetwork(address: string): string {
  let value = address.trim();
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  value = value.replace(/%.*$/, '');
  if (isIPv4(value)) return value;
  if (!isIPv6(value)) return 'unknown';
  const groups = ipv6Groups(value.toLowerCase());
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [high, low] = [groups[6]!, groups[7]!];
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address ("::" expanded, a dotted IPv4 tail split). */
function ipv6Groups(address: string): number[] {
  let rest = address;
  const tail: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(rest);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    rest = rest.slice(0, -dotted[0].length);
    if (rest.endsWith(':') && !rest.endsWith('::')) rest = rest.slice(0, -1);
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((h) => Number.parseInt(h, 16)));
  if (!rest.includes('::')) return [...parse(rest), ...tail];
  const [head = '', after = ''] = rest.split('::');
  const [before, behind] = [parse(head), parse(after)];
  const zeros = Array<number>(8 - tail.length - before.length - behind.length).fill(0);
  return [...before, ...zeros, ...behind, ...tail];
}
