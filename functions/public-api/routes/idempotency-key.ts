/** The Idempotency-Key header of the citizens' write routes ("me too", subscriptions), checked. */
import type { Context } from 'hono';
import { BadRequestError } from '../../../shared/errors.ts';

/** Letters, digits, "-" and "_": a UUID or a ULID fits, a sentence does not (as for submissions). */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

export function idempotencyKeyOf(c: Context): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) throw new BadRequestError('request.idempotencyKeyInvalid');
  return key;
}
