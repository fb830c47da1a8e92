/**
 * The secret of a petition's "the answer does not satisfy me" link. It is derived, not
 * stored, and bound to one answer: `<answer>.<mac>`, where `<answer>` is the instant the
 * answer was recorded (milliseconds, base 36: the answer's version) and `<mac>` is
 * HMAC-SHA256(FEEDBACK_TOKEN_SECRET, code and that instant). Nothing secret sits in the
 * table; the notifier, holding the same key, makes the link for the answered email. Only
 * someone who received that email (or holds the key) can make a token, and a token names
 * the answer it was made for, so a later answer makes it stale (give-feedback.ts decides).
 */
import type { Locale } from '../../../shared/messages/index.ts';
import { formatTrackingCode, parseTrackingCode } from '../../../shared/tracking-code.ts';
import { SITE_PATHS, siteLink } from './links.ts';
import { isSignature, signature } from './signed-token.ts';

const ANSWER_TAG = /^[0-9a-z]{1,12}$/;

const parts = (code: string, answeredAtMs: number) => [parseTrackingCode(code), String(answeredAtMs)];

function answerInstant(answeredAt: string): number {
  const ms = Date.parse(answeredAt);
  if (!Number.isFinite(ms)) throw new Error(`Not an answer's time: ${answeredAt}`);
  return ms;
}

/** The token for the petition's answer recorded at `answeredAt` (any spelling of the code gives the same). */
export function feedbackToken(secret: string, code: string, answeredAt: string): string {
  const ms = answerInstant(answeredAt);
  return `${ms.toString(36)}.${signature(secret, 'feedback', parts(code, ms))}`;
}

/**
 * The answer (its instant, in ms) a genuine token of this petition was made for, or
 * undefined for anything else (a wrong or edited token, not a string); constant-time.
 */
export function feedbackTokenAnswer(secret: string, code: string, token: unknown): number | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const [tag, given, ...rest] = token.split('.');
  if (tag === undefined || given === undefined || rest.length || !ANSWER_TAG.test(tag)) return undefined;
  const ms = Number.parseInt(tag, 36);
  if (ms.toString(36) !== tag) return undefined;
  return isSignature(secret, 'feedback', parts(code, ms), given) ? ms : undefined;
}

/** True when `token` is a genuine token of this petition (for some answer). */
export function isFeedbackToken(secret: string, code: string, token: unknown): boolean {
  return feedbackTokenAnswer(secret, code, token) !== undefined;
}

/** True when the token was made for this answer (`answeredAt` as stored). */
export function isTokenOfAnswer(answerMs: number, answeredAt: string | undefined): boolean {
  return answeredAt !== undefined && Date.parse(answeredAt) === answerMs;
}

/** Query parameter of the track page that carries the token. */
export const FEEDBACK_TOKEN_PARAM = 'phan-hoi';

/**
 * The link emailed to the submitter with an answer: the track page, which shows the "not
 * satisfied" form while the token is good for the petition's current answer.
 */
export function feedbackLink(
  siteUrl: string,
  secret: string,
  code: string,
  answeredAt: string,
  locale: Locale = 'vi',
): string {
  return siteLink(siteUrl, SITE_PATHS.track, {
    ma: formatTrackingCode(code),
    [FEEDBACK_TOKEN_PARAM]: feedbackToken(secret, code, answeredAt),
    // The page is the server's: without it, the browser's Accept-Language would choose.
    lang: locale,
  });
}
