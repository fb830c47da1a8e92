/**
 * The public site's addresses for a petition. They carry the tracking code and nothing
 * else about the petition or its submitter: no personal data ever goes into a URL.
 */
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { apiPaths } from '../../../shared/ui/routes.ts';

/** Paths on the site's origin that the public API itself serves (shared/ui's page map). */
export const SITE_PATHS = {
  track: apiPaths.trackResult,
  confirmation: apiPaths.confirmation,
} as const;

/** `${siteUrl}${path}?name=value…`, keeping any path prefix of the site URL. */
export function siteLink(siteUrl: string, path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `${siteUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}

/** Where anyone with the code follows the petition. */
export function statusUrl(siteUrl: string, code: string): string {
  return siteLink(siteUrl, SITE_PATHS.track, { ma: formatTrackingCode(code) });
}

/** Where the no-JavaScript form lands after a successful submission. */
export function confirmationUrl(siteUrl: string, code: string): string {
  return siteLink(siteUrl, SITE_PATHS.confirmation, { ma: formatTrackingCode(code) });
}
