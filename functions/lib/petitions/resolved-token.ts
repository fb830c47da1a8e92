/**
 * The "is it resolved?" link, sent to the submitter after an answer's "resolved by" date:
 * `<answer>.<HMAC-SHA256(FEEDBACK_TOKEN_SECRET, "resolution", code, answer)>`, bound to the
 * answer it asks about (its instant in milliseconds), like the "not satisfied" link.
 */
import type { Locale } from '../../../shared/messages/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { SITE_PATHS, siteLink } from './links.ts';
import { isSignature, signature } from './signed-token.ts';

export const RESOLUTION_TOKEN_PARAM = 'giai-quyet';

export function resolutionToken(secret: string, code: string, answeredAt: string): string {
  const ms = String(Date.parse(answeredAt));
  return `${ms}.${signature(secret, 'resolved', [code, ms])}`;
}

/** The answer's instant a genuine token names, or undefined. */
export function resolutionTokenAnswer(secret: string, code: string, token: unknown): number | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const [ms, mac] = token.split('.');
  if (!ms || !/^\d{1,15}$/.test(ms) || !isSignature(secret, 'resolved', [code, ms], mac)) return undefined;
  return Number(ms);
}

export function resolutionLink(
  secret: string,
  siteUrl: string,
  code: string,
  answeredAt: string,
  locale?: Locale,
) {
  return siteLink(siteUrl, SITE_PATHS.track, {
    ma: formatTrackingCode(code),
    [RESOLUTION_TOKEN_PARAM]: resolutionToken(secret, code, answeredAt),
    lang: locale ?? 'vi',
  });
}
