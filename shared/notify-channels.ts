/**
 * The channels a notification goes out on (DESIGN §10). Pure vocabulary: the notifier,
 * the staff API's delivery view and the console all name channels with these.
 */
import type { TimelineEventType } from './vocabulary.ts';

export const NOTIFY_CHANNELS = ['email', 'sms', 'zalo'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/** The timeline events a submitter hears about. The rest (notes, reminders, notify_failed…) are staff business. */
export const SUBMITTER_EVENT_TYPES = [
  'received',
  'routed',
  'answered',
  'rejected',
  'merged',
  'reopened',
] as const satisfies readonly TimelineEventType[];

/**
 * The notices a submitter receives on SMS and Zalo: one approved Zalo template each (council settings).
 * One for each event they hear about, and the primary's answer reaching a merged petition's submitter.
 */
export const SHORT_NOTICE_KINDS = [...SUBMITTER_EVENT_TYPES, 'merged_answered'] as const;
export type ShortNoticeKind = (typeof SHORT_NOTICE_KINDS)[number];

/** Where one delivery stands (functions/notifier/delivery-records.ts): accepted, written off, or in flight. */
export const DELIVERY_STATUSES = ['sent', 'failed', 'sending'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One notice on one channel to one recipient, as staff see it on the petition: who
 * ("submitter", "agency#<id>"), never the address or number it went to.
 */
export interface PetitionDelivery {
  eventId: string;
  eventType: string;
  recipient: string;
  channel: NotifyChannel;
  status: DeliveryStatus;
  /** Why it was written off (the notifier's refusal code): failed only. */
  reason?: string;
  /** When it was sent, written off, or last claimed. */
  at: string;
}
