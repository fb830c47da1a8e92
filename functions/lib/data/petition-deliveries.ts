/**
 * The notifier's delivery records (SYSTEM#NOTIFIED#…, written by functions/notifier/
 * delivery-records.ts) as staff may read them: an allow-list of fields, so the record's
 * message id, claim, lease and anything added later never reach a response. The records
 * name the recipient ("submitter", "agency#<id>"), never an address or a number.
 */
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  NOTIFY_CHANNELS,
  type NotifyChannel,
  type PetitionDelivery,
} from '../../../shared/notify-channels.ts';
import { petitionKeys } from './petition-keys.ts';

const isStatus = (v: unknown): v is DeliveryStatus => DELIVERY_STATUSES.includes(v as DeliveryStatus);
const isChannel = (v: unknown): v is NotifyChannel => NOTIFY_CHANNELS.includes(v as NotifyChannel);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** One record as a delivery, or undefined when it is not one (or not one this code understands). */
export function deliveryOf(item: Record<string, unknown>): PetitionDelivery | undefined {
  if (!text(item.sk)?.startsWith(petitionKeys.notifiedPrefix)) return undefined;
  const [eventId, eventType, recipient] = [text(item.eventId), text(item.eventType), text(item.recipient)];
  // Records written before SMS and Zalo existed carry no channel: they were emails.
  const channel = item.channel ?? 'email';
  if (!eventId || !eventType || !recipient || !isStatus(item.state) || !isChannel(channel)) return undefined;
  const at = item.state === 'sent' ? item.sentAt : item.state === 'failed' ? item.failedAt : item.updatedAt;
  return {
    eventId,
    eventType,
    recipient,
    channel,
    status: item.state,
    ...(item.state === 'failed' ? { reason: text(item.failure) ?? 'unknown' } : {}),
    at: text(at) ?? text(item.updatedAt) ?? '',
  };
}

/**
 * The deliveries among a partition's items, in the timeline's order (`eventAt` gives each
 * event's time), then by recipient, then email, SMS, Zalo.
 */
export function deliveriesOf(
  items: readonly Record<string, unknown>[],
  eventAt: (eventId: string) => string | undefined,
): PetitionDelivery[] {
  const deliveries = items.map(deliveryOf).filter((d): d is PetitionDelivery => d !== undefined);
  const when = (d: PetitionDelivery) => eventAt(d.eventId) ?? d.at;
  return deliveries.sort(
    (a, b) =>
      when(a).localeCompare(when(b)) ||
      a.eventId.localeCompare(b.eventId) ||
      a.recipient.localeCompare(b.recipient) ||
      NOTIFY_CHANNELS.indexOf(a.channel) - NOTIFY_CHANNELS.indexOf(b.channel),
  );
}
