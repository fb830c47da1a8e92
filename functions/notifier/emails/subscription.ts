/**
 * The emails to a follower (a subscription to a petition or a commune): the confirmation
 * request of the double opt-in, and each change of what they follow. Every one carries the
 * "stop following" link and the List-Unsubscribe headers (one click, RFC 8058), and nobody's
 * personal data: a follower is told what anyone may read on the track page.
 */
import { type Locale, translate } from '../../../shared/messages/index.ts';
// Written in each follower's language outside any request: English comes with these emails.
import '../../../shared/messages/with-english.ts';
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { unsubscribeHeaders } from '../../lib/subscriptions/subscription-links.ts';

export interface FollowerEmailContext {
  subscriptionId: string;
  locale: Locale;
  councilName: string;
  siteUrl: string;
  secret: string;
  stopUrl: string;
}

const greeting = (locale: Locale) => (locale === 'en' ? 'Dear citizen,' : 'Kính gửi Ông/Bà,');

function withStop(ctx: FollowerEmailContext, email: RenderedEmail): RenderedEmail {
  return { ...email, headers: unsubscribeHeaders(ctx.siteUrl, ctx.secret, ctx.subscriptionId) };
}

export function confirmFollowingEmail(
  ctx: FollowerEmailContext,
  what: string,
  confirmUrl: string,
): RenderedEmail {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string> = {}) =>
    translate(ctx.locale, key, params);
  return withStop(
    ctx,
    renderEmail({
      subject: t('subscription.confirmTitle'),
      greeting: greeting(ctx.locale),
      blocks: [
        { kind: 'paragraph', text: t('subscription.confirmIntro', { what }) },
        { kind: 'link', label: t('subscription.confirmButton'), url: confirmUrl },
        { kind: 'link', label: t('subscription.stopButton'), url: ctx.stopUrl },
      ],
      signature: ctx.councilName,
    }),
  );
}

export function followedChangeEmail(
  ctx: FollowerEmailContext,
  change: { code: string; title: string; status: string; trackingUrl: string },
): RenderedEmail {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string> = {}) =>
    translate(ctx.locale, key, params);
  const status = translate(ctx.locale, `petition.status.${change.status}` as Parameters<typeof translate>[1]);
  return withStop(
    ctx,
    renderEmail({
      subject: `${change.code}: ${status}`,
      greeting: greeting(ctx.locale),
      blocks: [
        {
          kind: 'facts',
          rows: [
            { label: t('track.codeLabel'), value: change.code },
            { label: t('track.content'), value: change.title },
            { label: t('track.status'), value: status },
          ],
        },
        { kind: 'link', label: t('rights.trackLink'), url: change.trackingUrl },
        { kind: 'link', label: t('subscription.stopButton'), url: ctx.stopUrl },
      ],
      signature: ctx.councilName,
    }),
  );
}
