/**
 * The public site's addresses for a petition. They carry the tracking code and nothing
 * else about the petition or its submitter: no personal data ever goes into a URL.
 */
import { formatTrackingCode } from '../../../shared/tracking-code.ts';

/** Site paths, Vietnamese like the rest of the site; the public API serves both pages. */
export const SITE_PATHS = {
  track: '/tra-cuu',
  confirmation: '/gui-kien-nghi/da-gui',
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
