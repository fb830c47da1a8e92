/** Sign-in check for every staff route: a bearer token, verified, becomes `c.var.staff`. */
import type { MiddlewareHandler } from 'hono';
import { UnauthorizedError } from '../../shared/errors.ts';
import type { TokenVerifier } from '../lib/auth/verify-token.ts';
import type { StaffEnv } from './env.ts';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

export function authenticate(verify: TokenVerifier): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw new UnauthorizedError('auth.required');
    const token = BEARER.exec(header.trim())?.[1];
    if (!token) throw new UnauthorizedError('auth.invalid');
    c.set('staff', await verify(token));
    await next();
  };
}
