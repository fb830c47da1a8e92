/**
 * The public API is reachable only through CloudFront (its WAF, its rate rules, its
 * CloudFront-Viewer-Address): CloudFront adds the origin secret header to every request it
 * forwards, and a request without the right value is a 403 before any route runs. The
 * execute-api address itself stays public, as an HTTP API cannot be made private; this is
 * what closes it. With ORIGIN_SECRET=off (npm start, tests) the check lets everything by.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../shared/errors.ts';
import { ORIGIN_SECRET_HEADER } from '../../shared/origin.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function originCheck(secret: string): MiddlewareHandler {
  if (secret === 'off') return (_c, next) => next();
  const expected = digest(secret);
  return async (c, next) => {
    const given = c.req.header(ORIGIN_SECRET_HEADER);
    // Digests of equal length, compared in constant time: the answer says nothing of how close a guess was.
    if (given === undefined || !timingSafeEqual(digest(given), expected))
      throw new ForbiddenError('request.directAccess');
    await next();
  };
}
