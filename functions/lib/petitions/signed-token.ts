/**
 * The one HMAC behind the submitter's private links: HMAC-SHA256(FEEDBACK_TOKEN_SECRET,
 * "<purpose>\n<part>\n<part>…"), base64url. The purpose separates the links ("feedback",
 * "rights"): a token made for one can never pass for another. Nothing secret is stored;
 * whoever holds the key (the public API, the notifier) can make and check a token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'feedback' | 'rights' | 'resolved';

export function signature(secret: string, purpose: TokenPurpose, parts: readonly string[]): string {
  return createHmac('sha256', secret)
    .update([purpose, ...parts].join('\n'))
    .digest('base64url');
}

/** True when `given` is the signature of these parts; constant-time. */
export function isSignature(
  secret: string,
  purpose: TokenPurpose,
  parts: readonly string[],
  given: unknown,
): boolean {
  if (typeof given !== 'string' || given.length > 200) return false;
  const expected = Buffer.from(signature(secret, purpose, parts));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
