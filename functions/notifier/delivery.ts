/**
 * Sends one notification at most once per (event, recipient, channel), and never loses it.
 * Email, SMS and Zalo are separate deliveries with separate records: each is claimed,
 * sent and marked on its own, so a throttled SMS is retried without the email going again.
 *
 * What this guarantees, honestly (neither SES nor SMS has an idempotency key, so no sender
 * can promise "exactly once" across a crash):
 * - A redelivered stream record sends nothing for a recipient already `sent` (or `failed`).
 * - A throttled or failing SES releases the claim and fails the record: Lambda delivers it
 *   again and the email goes out then. Not lost.
 * - A process that dies after claiming leaves `sending`; once the lease (longer than the
 *   function's timeout) has run out, a redelivery takes the claim over and sends. Not lost.
 *   If it died in the milliseconds after SES accepted and before `sent` was written, that
 *   takeover sends a second copy: the one case of a duplicate, and the price of never losing.
 * - A permanent refusal is written once, as `failed` plus a notify_failed timeline event,
 *   and never retried. "Permanent" is anything that would fail the same way on every retry
 *   (refusalOf, below: SES's refusals, a message the SDK cannot serialise, an email that
 *   cannot be rendered), so such a message never holds up the records behind it.
 */
import { randomUUID } from 'node:crypto';
import type { TimelineEvent } from '../../shared/schemas/index.ts';
import {
  type Channel,
  type ChannelRefusal,
  type EmailContent,
  emailChannel,
  PermanentChannelError,
  type SmsContent,
  type ZaloContent,
} from '../lib/channels/index.ts';
import type { EmailSender, PermanentFailureReason } from '../lib/email/index.ts';
import { PermanentEmailError } from '../lib/email/index.ts';
import type { RenderedEmail } from '../lib/email/layout.ts';
import { errorFields, log } from '../lib/log.ts';
import { type DeliveryRecords, type DeliveryTarget, deliveryRecipientKey } from './delivery-records.ts';
import { type Admission, type RecipientGuard, RecipientRefusedError } from './recipient-guard.ts';

/** What each channel sends, and how the notifier writes it. */
type ChannelMessage =
  | { channel?: 'email'; render: () => RenderedEmail }
  | { channel: 'sms'; render: () => SmsContent }
  | { channel: 'zalo'; render: () => ZaloContent };

/**
 * One message on one channel: an email (`to` an address), an SMS or a Zalo message (`to`
 * a mobile number in E.164). `render` is called once the delivery is claimed, so a throw
 * fails this delivery alone.
 */
export type Notification = DeliveryTarget & {
  /** Which notice this is (a tag on the message, and in logs). */
  kind: string;
  to: string;
} & ChannelMessage;

/** Why a delivery was written off: SES's reason, or the notifier's own. */
export type RefusalReason =
  | PermanentFailureReason
  | ChannelRefusal
  | RecipientRefusedError['reason']
  | 'unrenderable_message';

/** The email could not be written from the stored data: it never will be. */
export class UnrenderableEmailError extends Error {
  constructor(options: { cause: unknown }) {
    super('The email could not be rendered', options);
    this.name = 'UnrenderableEmailError';
  }
}

/**
 * The one place that decides whether a failed delivery is written off (the reason) or
 * tried again (undefined: throttling, an outage, an operator's problem).
 */
export function refusalOf(error: unknown): RefusalReason | undefined {
  if (error instanceof PermanentEmailError) return error.reason;
  if (error instanceof PermanentChannelError) return error.reason;
  if (error instanceof UnrenderableEmailError) return 'unrenderable_message';
  if (error instanceof RecipientRefusedError) return error.reason;
  return undefined;
}

function rendered<T>(render: () => T): T {
  try {
    return render();
  } catch (error) {
    throw new UnrenderableEmailError({ cause: error });
  }
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'already_failed' | 'refused';

/** Another attempt holds a live claim on this delivery: the record is retried later. */
export class DeliveryInFlightError extends Error {
  constructor(leaseUntil: string) {
    super(`Delivery claimed by another attempt until ${leaseUntil}`);
    this.name = 'DeliveryInFlightError';
  }
}

export interface DeliveryDependencies {
  records: DeliveryRecords;
  sender: EmailSender;
  /** The phone channels this notifier has; a notification for one it lacks is never made. */
  sms?: Channel<SmsContent>;
  zalo?: Channel<ZaloContent>;
  /** Daily limits and suppressions (recipient-guard.ts); absent, every address is mailed. */
  recipients?: RecipientGuard;
  now: () => Date;
}

const NOTIFIER_ACTOR = { id: 'notifier', role: 'system' } as const;

/** The internal timeline entry that tells staff a message could not be delivered (on which channel, and why). */
function notifyFailedEvent(n: Notification, reason: string, at: Date): TimelineEvent {
  return {
    id: randomUUID(),
    code: n.petitionCode,
    type: 'notify_failed',
    at: at.toISOString(),
    actor: NOTIFIER_ACTOR,
    reason,
    note: `${n.kind} → ${n.recipient.split('#')[0]} · ${n.channel ?? 'email'} (event ${n.eventId})`,
  };
}

/** Not configured in this notifier: an operator's problem, never a refusal. */
export class ChannelUnavailableError extends Error {
  constructor(channel: string) {
    super(`The ${channel} channel is not configured`);
    this.name = 'ChannelUnavailableError';
  }
}

/** Renders the message (a throw is a refusal: it would fail the same way every time) and binds its channel. */
function sendOf(n: Notification, deps: DeliveryDependencies): () => Promise<{ messageId: string }> {
  const key = `${n.petitionCode}#${n.eventId}#${deliveryRecipientKey(n)}`;
  switch (n.channel) {
    case 'sms': {
      const content = rendered(n.render);
      const sms = deps.sms;
      if (!sms) throw new ChannelUnavailableError('sms');
      return () => sms.send(n.to, content, key);
    }
    case 'zalo': {
      const content = rendered(n.render);
      const zalo = deps.zalo;
      if (!zalo) throw new ChannelUnavailableError('zalo');
      return () => zalo.send(n.to, content, key);
    }
    default: {
      const email = rendered(n.render);
      const content: EmailContent = { ...email, tags: { kind: n.kind } };
      return () => emailChannel(deps.sender).send(n.to, content, key);
    }
  }
}

export async function deliverOnce(n: Notification, deps: DeliveryDependencies): Promise<DeliveryOutcome> {
  const claim = await deps.records.claim(n, deps.now());
  if (claim.outcome === 'sent') return 'already_sent';
  if (claim.outcome === 'failed') return 'already_failed';
  if (claim.outcome === 'in_flight') throw new DeliveryInFlightError(claim.leaseUntil);

  let messageId: string;
  let admission: Admission | undefined;
  try {
    const send = sendOf(n, deps);
    admission = await deps.recipients?.admit(n, deps.now());
    ({ messageId } = await send());
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) {
      log.warn('notifier: delivery refused for good', {
        eventId: n.eventId,
        kind: n.kind,
        channel: n.channel ?? 'email',
        refusal,
        ...errorFields(error),
      });
      await deps.records.markFailed(n, claim.claimId, notifyFailedEvent(n, refusal, deps.now()), deps.now());
      return 'refused';
    }
    // Temporary (or an operator's problem): give the count and the claim back so the retry can send.
    await admission?.giveBack().catch((giveBackError: unknown) => {
      log.warn('notifier: count not given back', { eventId: n.eventId, ...errorFields(giveBackError) });
    });
    await deps.records.release(n, claim.claimId).catch((releaseError: unknown) => {
      // The lease runs out on its own; the retry just waits for it.
      log.warn('notifier: claim not released', { eventId: n.eventId, ...errorFields(releaseError) });
    });
    throw error;
  }

  // The email is out. Failing the record now would only make a redelivery send it twice,
  // so a record we cannot mark `sent` is logged, not retried.
  try {
    const kept = await deps.records.markSent(n, claim.claimId, messageId, deps.now());
    if (!kept) log.warn('notifier: lease lost before marking sent', { eventId: n.eventId, kind: n.kind });
  } catch (error) {
    log.error('notifier: sent but not marked', { eventId: n.eventId, kind: n.kind, ...errorFields(error) });
  }
  return 'sent';
}
