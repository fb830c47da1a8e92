/**
 * The followers of a petition (confirmed subscriptions) hear of each change of its status;
 * the followers of a commune hear of each newly published answer to a petition from it.
 * Each follower is a recipient of their own (`follower#<subscription id>`): a delivery
 * record per follower, channel and event in the petition's partition, so never twice and
 * never lost (delivery.ts); the per-address daily limit counts them (recipient-guard.ts).
 */
import type { ReferenceData } from '../../shared/reference-data.ts';
import type { Council, Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import type { Repositories } from '../lib/data/index.ts';
import type { Follower } from '../lib/data/subscription-repository.ts';
import { statusUrl } from '../lib/petitions/links.ts';
import { stopLink } from '../lib/subscriptions/subscription-links.ts';
import type { Notification } from './delivery.ts';
import { followedChangeEmail } from './emails/subscription.ts';

/** The events that change a petition's status (what a follower of the petition is told). */
export const FOLLOWED_EVENT_TYPES: ReadonlySet<TimelineEvent['type']> = new Set([
  'routed',
  'answered',
  'rejected',
  'merged',
  'reopened',
  'closed',
  'withdrawn',
]);

export interface FollowerNoticeContext {
  repos: Repositories;
  siteUrl: string;
  /** The key of the subscription links (FEEDBACK_TOKEN_SECRET). */
  feedbackSecret: string;
  phoneChannels?: ReadonlySet<'sms' | 'zalo'>;
}

export async function followerNotifications(
  event: TimelineEvent,
  petition: Petition,
  council: Council | undefined,
  _reference: ReferenceData,
  ctx: FollowerNoticeContext,
): Promise<Notification[]> {
  if (!FOLLOWED_EVENT_TYPES.has(event.type)) return [];
  const followers: Follower[] = await ctx.repos.subscriptions.followers('petition', petition.code);
  // A commune's followers: its petitions' answers once published.
  if (event.type === 'answered' && petition.publishedAt)
    followers.push(...(await ctx.repos.subscriptions.followers('commune', petition.communeId)));
  const councilName = council?.name ?? 'Hội đồng nhân dân';
  const code = formatTrackingCode(petition.code);
  const seen = new Set<string>();
  const out: Notification[] = [];
  for (const f of followers) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const trackingUrl = statusUrl(ctx.siteUrl, petition.code, f.locale);
    const stopUrl = stopLink(ctx.siteUrl, ctx.feedbackSecret, f.id, f.locale);
    const common = {
      eventId: event.id,
      eventType: event.type,
      petitionCode: petition.code,
      recipient: `follower#${f.id}`,
      kind: `followed_${event.type}`,
      to: f.address,
    };
    if (f.channel === 'email')
      out.push({
        ...common,
        channel: 'email',
        render: () =>
          followedChangeEmail(
            {
              subscriptionId: f.id,
              locale: f.locale,
              councilName,
              siteUrl: ctx.siteUrl,
              secret: ctx.feedbackSecret,
              stopUrl,
            },
            { code, title: petition.title, status: petition.status, trackingUrl },
          ),
      });
    else if (ctx.phoneChannels?.has('sms') && council?.settings.sms?.enabled)
      out.push({
        ...common,
        channel: 'sms',
        render: () => ({
          text: `${councilName}: ${code} – ${trackingUrl} (dừng/stop: ${stopUrl})`,
          kind: common.kind,
        }),
      });
  }
  return out;
}
