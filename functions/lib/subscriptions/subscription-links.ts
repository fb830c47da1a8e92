/**
 * The links in every subscription message: confirm (the double opt-in) and stop (one
 * click). Each carries the subscription's id and an HMAC of it for that purpose, never the
 * address; nothing secret is stored.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Locale } from '../../../shared/messages/index.ts';
import { apiPaths } from '../../../shared/ui/routes.ts';
import { siteLink } from '../petitions/links.ts';

export type LinkPurpose = 'confirm' | 'stop';

export function subscriptionToken(secret: string, purpose: LinkPurpose, id: string): string {
  return createHmac('sha256', secret).update(`subscription:${purpose}:${id}`).digest('base64url');
}

export function isSubscriptionToken(
  secret: string,
  purpose: LinkPurpose,
  id: string,
  token: unknown,
): boolean {
  if (typeof token !== 'string') return false;
  const expected = Buffer.from(subscriptionToken(secret, purpose, id));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const lang = (locale: Locale) => ({ lang: locale });

/** The page that asks "confirm following?" (its button posts the confirmation). */
export function confirmLink(siteUrl: string, secret: string, id: string, locale: Locale): string {
  return siteLink(siteUrl, apiPaths.followConfirm, {
    id,
    khoa: subscriptionToken(secret, 'confirm', id),
    ...lang(locale),
  });
}

/** The page that asks "stop following?" (GET shows it, its button POSTs). */
export function stopLink(siteUrl: string, secret: string, id: string, locale: Locale): string {
  return siteLink(siteUrl, apiPaths.followStop, {
    id,
    khoa: subscriptionToken(secret, 'stop', id),
    ...lang(locale),
  });
}

/** RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to this URL. */
export function oneClickStopUrl(siteUrl: string, secret: string, id: string): string {
  return siteLink(siteUrl, `${apiPaths.prefix}subscriptions/${id}/unsubscribe`, {
    khoa: subscriptionToken(secret, 'stop', id),
  });
}

/** The headers of every email to a follower. */
export function unsubscribeHeaders(siteUrl: string, secret: string, id: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickStopUrl(siteUrl, secret, id)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
