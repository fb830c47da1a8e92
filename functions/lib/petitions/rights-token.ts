/**
 * The submitter's private link to their personal data (DESIGN §12): the rights page
 * with the tracking code and `HMAC(secret, "rights", code)`, nothing else, so the URL
 * carries no personal data. It is sent once, with the receipt email; only that email's
 * reader (or the key's holder) can make it. The same helper as the "not satisfied" link
 * signs it, under its own purpose.
 */
import { formatTrackingCode, parseTrackingCode } from '../../../shared/tracking-code.ts';
import { apiPaths } from '../../../shared/ui/routes.ts';
import { siteLink } from './links.ts';
import { isSignature, signature } from './signed-token.ts';

/** Query parameter of the rights page that carries the token. */
export const RIGHTS_TOKEN_PARAM = 'khoa';

export function rightsToken(secret: string, code: string): string {
  return signature(secret, 'rights', [parseTrackingCode(code)]);
}

export function isRightsToken(secret: string, code: string, token: unknown): boolean {
  return isSignature(secret, 'rights', [parseTrackingCode(code)], token);
}

export function rightsLink(siteUrl: string, secret: string, code: string): string {
  return siteLink(siteUrl, apiPaths.rights, {
    ma: formatTrackingCode(code),
    [RIGHTS_TOKEN_PARAM]: rightsToken(secret, code),
  });
}
