/**
 * The public site's addresses for a petition. They carry the tracking code and nothing
 * else about the petition or its submitter: no personal data ever goes into a URL.
 */
import type { Locale } from '../../../shared/messages/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { apiPaths } from '../../../shared/ui/routes.ts';

/** Paths on the site's origin that the public API itself serves (shared/ui's page map). */
export const SITE_PATHS = {
  track: apiPaths.trackResult,
  confirmation: apiPaths.confirmation,
  rights: apiPaths.rights,
} as const;

/** `${siteUrl}${path}?name=value…`, keeping any path prefix of the site URL. */
export function siteLink(siteUrl: string, path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `${siteUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}

/**
 * Always named, Vietnamese too: the page behind the link is rendered on the server, which
 * otherwise falls back to the browser's Accept-Language, not the page the reader came from.
 */
const languageOf = (locale: Locale): Record<string, string> => ({ lang: locale });

/** Where anyone with the code follows the petition. */
export function statusUrl(siteUrl: string, code: string, locale: Locale = 'vi'): string {
  return siteLink(siteUrl, SITE_PATHS.track, { ma: formatTrackingCode(code), ...languageOf(locale) });
}

/** Where the no-JavaScript form lands after a successful submission, in the form's language. */
export function confirmationUrl(siteUrl: string, code: string, locale: Locale = 'vi'): string {
  return siteLink(siteUrl, SITE_PATHS.confirmation, { ma: formatTrackingCode(code), ...languageOf(locale) });
}
