/**
 * The secret of a petition's "the answer does not satisfy me" link. It is derived, not
 * stored: HMAC-SHA256(FEEDBACK_TOKEN_SECRET, code). Nothing secret sits in the table, and
 * the notifier, holding the same key, rebuilds the link for the submitter's email.
 * Only someone who received that email (or holds the key) can make the token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { formatTrackingCode, parseTrackingCode } from '../../../shared/tracking-code.ts';
import { SITE_PATHS, siteLink } from './links.ts';

/** The token for a petition code (any accepted spelling of the code gives the same token). */
export function feedbackToken(secret: string, code: string): string {
  return createHmac('sha256', secret).update(parseTrackingCode(code)).digest('base64url');
}

/** True when `token` is the petition's token; constant-time, and false for anything not a string. */
export function isFeedbackToken(secret: string, code: string, token: unknown): boolean {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
  const expected = Buffer.from(feedbackToken(secret, code));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Query parameter of the track page that carries the token. */
export const FEEDBACK_TOKEN_PARAM = 'phan-hoi';

/**
 * The link emailed to the submitter: the track page, which shows the "not satisfied" form
 * when the token is right and the petition has been answered.
 */
export function feedbackLink(siteUrl: string, secret: string, code: string): string {
  return siteLink(siteUrl, SITE_PATHS.track, {
    ma: formatTrackingCode(code),
    [FEEDBACK_TOKEN_PARAM]: feedbackToken(secret, code),
  });
}
