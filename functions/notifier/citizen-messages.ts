/**
 * What a citizen with a petition of their own (its submitter, or a supporter who said "me
 * too") is sent about one of its events: the event's email, its short notice, and the
 * messages on every channel they gave and the council enabled (email always; SMS and Zalo
 * when this notifier can send on them, to a mobile number only).
 */
import type { ReferenceData } from '../../shared/reference-data.ts';
import { isVietnameseMobile, vietnamesePhoneToE164 } from '../../shared/schemas/common.ts';
import type { Council, Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import type { RenderedEmail } from '../lib/email/layout.ts';
import { statusUrl } from '../lib/petitions/links.ts';
import type { Notification } from './delivery.ts';
import type { DeliveryTarget } from './delivery-records.ts';
import { answeredEmail } from './emails/answered.ts';
import { displayCode, type SubmitterEmailContext } from './emails/common.ts';
import { mergedEmail } from './emails/merged.ts';
import { rejectedEmail } from './emails/rejected.ts';
import { reopenedEmail } from './emails/reopened.ts';
import { routedEmail } from './emails/routed.ts';
import { type ShortNotice, smsNotice, zaloNotice } from './short/notices.ts';

export const GENERIC_AGENCY = 'cơ quan có thẩm quyền';

/** A Vietnamese mobile number in E.164, or undefined for a landline or none. */
export function mobileOf(phone: string | undefined): string | undefined {
  return phone && isVietnameseMobile(phone) ? vietnamesePhoneToE164(phone) : undefined;
}

/**
 * The email of a routed, answered, rejected, merged or reopened petition (written when sent),
 * or undefined when there is none to send; `notSatisfiedLink` is the submitter's alone.
 */
export function petitionEventEmail(
  event: TimelineEvent,
  own: SubmitterEmailContext,
  reference: ReferenceData,
  siteUrl: string,
  notSatisfiedLink?: (answer: NonNullable<Petition['answer']>) => string,
): (() => RenderedEmail) | undefined {
  const { petition } = own;
  const agencyName = (id: string | undefined) => (id && reference.agencies.get(id)?.name) || GENERIC_AGENCY;
  switch (event.type) {
    case 'routed':
      return () => routedEmail(own, event, agencyName(event.agencyId ?? petition.agencyId));
    case 'answered': {
      const answer = petition.answer;
      if (!answer) return undefined;
      return () => answeredEmail(own, answer, agencyName(answer.agencyId), notSatisfiedLink?.(answer));
    }
    case 'rejected':
      return () => rejectedEmail(own, event);
    case 'merged': {
      const primary = event.mergedInto ?? petition.mergedInto;
      if (!primary) return undefined;
      return () => mergedEmail(own, { code: primary, trackingUrl: statusUrl(siteUrl, primary) });
    }
    case 'reopened':
      return () => reopenedEmail(own, event);
    default:
      return undefined;
  }
}

/** The short notice of an event (SMS and Zalo), or undefined when none is due. */
export function shortNoticeOf(
  event: TimelineEvent,
  own: SubmitterEmailContext,
  siteUrl: string,
): ShortNotice | undefined {
  const { petition } = own;
  const base = { code: displayCode(petition.code), councilName: own.councilName, link: own.trackingUrl };
  switch (event.type) {
    case 'received':
    case 'routed':
    case 'rejected':
    case 'reopened':
      return { ...base, kind: event.type };
    case 'answered':
      return petition.answer ? { ...base, kind: 'answered' } : undefined;
    case 'merged': {
      const primary = event.mergedInto ?? petition.mergedInto;
      return primary ? { ...base, kind: 'merged', link: statusUrl(siteUrl, primary) } : undefined;
    }
    default:
      return undefined;
  }
}

/** The messages to one citizen: the email when they gave an address and there is one to write, SMS, Zalo. */
export function citizenMessages(
  target: Omit<DeliveryTarget, 'channel'>,
  reach: { email?: string | undefined; mobile?: string | undefined },
  council: Council | undefined,
  notice: ShortNotice,
  email: (() => RenderedEmail) | undefined,
  phoneChannels: ReadonlySet<'sms' | 'zalo'> | undefined,
): Notification[] {
  const out: Notification[] = [];
  const common = { ...target, kind: notice.kind };
  if (reach.email && email) out.push({ ...common, channel: 'email', to: reach.email, render: email });
  const mobile = reach.mobile;
  if (!mobile) return out;
  if (phoneChannels?.has('sms') && council?.settings.sms?.enabled)
    out.push({ ...common, channel: 'sms', to: mobile, render: () => smsNotice(notice) });
  const zalo = council?.settings.zalo;
  const templateId = zalo?.templates[notice.kind];
  if (phoneChannels?.has('zalo') && zalo?.enabled && templateId)
    out.push({ ...common, channel: 'zalo', to: mobile, render: () => zaloNotice(notice, templateId) });
  return out;
}
