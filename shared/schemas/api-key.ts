/**
 * API keys of the integrators that send petitions through Open311 GeoReport v2 (DESIGN §11).
 * The admin issues one per integrator; only the key's SHA-256 is stored, the key itself is
 * shown once, at issue.
 */
import * as z from 'zod/mini';
import { DEFAULT_API_KEY_HOURLY_LIMIT, MAX_API_KEY_HOURLY_LIMIT } from '../api-key-limits.ts';
import { text, wholeNumber } from './common.ts';

export { DEFAULT_API_KEY_HOURLY_LIMIT } from '../api-key-limits.ts';

/** What the admin types to issue a key. */
export const ApiKeyInput = z.object({
  /** The integrator (an organisation or an application, never a person's name). */
  integrator: text(2, 120),
  /** Petitions the key may submit per hour. */
  hourlyLimit: z._default(wholeNumber(1, MAX_API_KEY_HOURLY_LIMIT), DEFAULT_API_KEY_HOURLY_LIMIT),
});
export type ApiKeyInput = z.infer<typeof ApiKeyInput>;

/** A key as stored and as the console lists it: never the key itself. */
export const ApiKey = z.object({
  /** Public identifier: the first 16 hex digits of the key's hash. */
  id: z.string(),
  integrator: z.string(),
  hourlyLimit: z.number().check(z.int()),
  /** The key's first characters, so that an integrator's key can be recognised. */
  prefix: z.string(),
  issuedAt: z.string(),
  issuedBy: z.string(),
  revokedAt: z.optional(z.string()),
  revokedBy: z.optional(z.string()),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** An API key id in a path: 16 lower-case hex digits. */
export const ApiKeyId = z.string().check(z.regex(/^[0-9a-f]{16}$/, { error: 'field.invalid' }));
