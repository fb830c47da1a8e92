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
import { isVietnameseMobile, vietnamesePhoneToE164 } from '../../shared/schemas/common.ts';
import type { Council, Petition, StoredSupporter, TimelineEvent } from '../../shared/schemas/index.ts';
import type { Repositories } from '../lib/data/index.ts';
import type { RenderedEmail } from '../lib/email/layout.ts';
import { statusUrl } from '../lib/petitions/links.ts';
import type { Notification } from './delivery.ts';
import { answeredEmail } from './emails/answered.ts';
import { displayCode, type SubmitterEmailContext } from './emails/common.ts';
import { mergedEmail } from './emails/merged.ts';
import { rejectedEmail } from './emails/rejected.ts';
import { reopenedEmail } from './emails/reopened.ts';
import { routedEmail } from './emails/routed.ts';
import { type ShortNotice, smsNotice, zaloNotice } from './short/notices.ts';

/** How a supporter is greeted: they gave no name. */
const SUPPORTER_NAME = 'cử tri';
const GENERIC_AGENCY = 'cơ quan có thẩm quyền';

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

function emailOf(
  event: TimelineEvent,
  own: SubmitterEmailContext,
  reference: ReferenceData,
  siteUrl: string,
): (() => RenderedEmail) | undefined {
  const { petition } = own;
  const agencyName = (id: string | undefined) => (id && reference.agencies.get(id)?.name) || GENERIC_AGENCY;
  switch (event.type) {
    case 'routed':
      return () => routedEmail(own, event, agencyName(event.agencyId ?? petition.agencyId));
    case 'answered': {
      const answer = petition.answer;
      return answer ? () => answeredEmail(own, answer, agencyName(answer.agencyId), undefined) : undefined;
    }
    case 'rejected':
      return () => rejectedEmail(own, event);
    case 'reopened':
      return () => reopenedEmail(own, event);
    case 'merged': {
      const primary = event.mergedInto ?? petition.mergedInto;
      return primary
        ? () => mergedEmail(own, { code: primary, trackingUrl: statusUrl(siteUrl, primary) })
        : undefined;
    }
    default:
      return undefined;
  }
}

function noticeOf(
  event: TimelineEvent,
  base: Omit<ShortNotice, 'kind'>,
  petition: Petition,
  siteUrl: string,
) {
  switch (event.type) {
    case 'routed':
    case 'rejected':
    case 'reopened':
      return { ...base, kind: event.type } as ShortNotice;
    case 'answered':
      return petition.answer ? ({ ...base, kind: 'answered' } as ShortNotice) : undefined;
    case 'merged': {
      const primary = event.mergedInto ?? petition.mergedInto;
      return primary
        ? ({ ...base, kind: 'merged', link: statusUrl(siteUrl, primary) } as ShortNotice)
        : undefined;
    }
    default:
      return undefined;
  }
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
  const notice = noticeOf(
    event,
    { code: displayCode(petition.code), councilName, link: trackingUrl },
    petition,
    ctx.siteUrl,
  );
  if (!notice) return [];
  const common = {
    eventId: event.id,
    eventType: event.type,
    petitionCode: petition.code,
    recipient: `supporter#${s.supporterId}`,
    kind: notice.kind,
  };
  const out: Notification[] = [];
  const email = s.email ? emailOf(event, own, reference, ctx.siteUrl) : undefined;
  if (s.email && email) out.push({ ...common, channel: 'email', to: s.email, render: email });
  const mobile = s.phone && isVietnameseMobile(s.phone) ? vietnamesePhoneToE164(s.phone) : undefined;
  if (!mobile) return out;
  if (ctx.phoneChannels?.has('sms') && council?.settings.sms?.enabled)
    out.push({ ...common, channel: 'sms', to: mobile, render: () => smsNotice(notice) });
  const zalo = council?.settings.zalo;
  const templateId = zalo?.templates[notice.kind];
  if (ctx.phoneChannels?.has('zalo') && zalo?.enabled && templateId)
    out.push({ ...common, channel: 'zalo', to: mobile, render: () => zaloNotice(notice, templateId) });
  return out;
}
