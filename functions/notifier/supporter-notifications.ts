/**
 * What the supporters of a petition ("me too", POST /v1/petitions/{code}/supporters) hear
 * about it: the same notices as its submitter when it is routed, answered, rejected, merged
 * or reopened, on the channels each gave and the council enabled. Each supporter is a
 * recipient of their own (`supporter#<id>`), so their deliveries have records of their own:
 * never twice, never lost (delivery.ts). Nothing personal of anyone else is in a message;
 * the answer carries no "not satisfied" link (that is the submitter's alone). A supporter who
 * joined after the event is not told about it; once the petition's contact retention has
 * ended their contact counts as erased, as the submitter's does (retention.ts).
 */
import type { ReferenceData } from '../../shared/reference-data.ts';
import type { Council, Petition, StoredSupporter, TimelineEvent } from '../../shared/schemas/index.ts';
import type { Repositories } from '../lib/data/index.ts';
import { statusUrl } from '../lib/petitions/links.ts';
import { citizenMessages, mobileOf, petitionEventEmail, shortNoticeOf } from './citizen-messages.ts';
import type { Notification } from './delivery.ts';
import type { SubmitterEmailContext } from './emails/common.ts';

/** How a supporter is greeted: they gave no name. */
const SUPPORTER_NAME = 'cử tri';

/** The events a supporter hears about (never "received": that was before they joined). */
export const SUPPORTER_EVENT_TYPES: ReadonlySet<TimelineEvent['type']> = new Set([
  'routed',
  'answered',
  'rejected',
  'merged',
  'reopened',
]);

export interface SupporterNoticeContext {
  repos: Repositories;
  siteUrl: string;
  phoneChannels?: ReadonlySet<'sms' | 'zalo'>;
}

/** A supporter's contact is gone with the petition's retention, as the submitter's is. */
function retained(petition: Petition, now: Date): boolean {
  return !petition.contactExpiresAt || Date.parse(petition.contactExpiresAt) > now.getTime();
}

export async function supporterNotifications(
  event: TimelineEvent,
  petition: Petition,
  council: Council | undefined,
  reference: ReferenceData,
  ctx: SupporterNoticeContext,
  now: Date,
): Promise<Notification[]> {
  if (!SUPPORTER_EVENT_TYPES.has(event.type) || !retained(petition, now)) return [];
  const councilName = council?.name ?? 'Hội đồng nhân dân';
  const supporters = await ctx.repos.supporters.list(petition.code);
  const out: Notification[] = [];
  for (const s of supporters) {
    if (s.supportedAt > event.at) continue;
    out.push(...messagesFor(s, event, petition, council, councilName, reference, ctx));
  }
  return out;
}

function messagesFor(
  s: StoredSupporter,
  event: TimelineEvent,
  petition: Petition,
  council: Council | undefined,
  councilName: string,
  reference: ReferenceData,
  ctx: SupporterNoticeContext,
): Notification[] {
  const trackingUrl = statusUrl(ctx.siteUrl, petition.code, s.locale);
  const own: SubmitterEmailContext = { petition, name: SUPPORTER_NAME, councilName, trackingUrl };
  const notice = shortNoticeOf(event, own, ctx.siteUrl);
  if (!notice) return [];
  return citizenMessages(
    {
      eventId: event.id,
      eventType: event.type,
      petitionCode: petition.code,
      recipient: `supporter#${s.supporterId}`,
    },
    { email: s.email, mobile: mobileOf(s.phone) },
    council,
    notice,
    s.email ? petitionEventEmail(event, own, reference, ctx.siteUrl) : undefined,
    ctx.phoneChannels,
  );
}
