/**
 * Sends one notification at most once per (event, recipient), and never loses it.
 *
 * What this guarantees, honestly (SES has no idempotency key, so no sender can promise
 * "exactly once" across a crash):
 * - A redelivered stream record sends nothing for a recipient already `sent` (or `failed`).
 * - A throttled or failing SES releases the claim and fails the record: Lambda delivers it
 *   again and the email goes out then. Not lost.
 * - A process that dies after claiming leaves `sending`; once the lease (longer than the
 *   function's timeout) has run out, a redelivery takes the claim over and sends. Not lost.
 *   If it died in the milliseconds after SES accepted and before `sent` was written, that
 *   takeover sends a second copy: the one case of a duplicate, and the price of never losing.
 * - A permanent refusal is written once, as `failed` plus a notify_failed timeline event,
 *   and never retried.
 */
import { randomUUID } from 'node:crypto';
import type { TimelineEvent } from '../../shared/schemas/index.ts';
import type { EmailSender } from '../lib/email/index.ts';
import { PermanentEmailError } from '../lib/email/index.ts';
import { errorFields, log } from '../lib/http/log.ts';
import type { DeliveryRecords, DeliveryTarget } from './delivery-records.ts';
import type { RenderedEmail } from './emails/layout.ts';

export interface Notification extends DeliveryTarget {
  /** Which email this is (a tag on the SES message, and in logs). */
  kind: string;
  to: string;
  email: RenderedEmail;
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
  now: () => Date;
}

const NOTIFIER_ACTOR = { id: 'notifier', role: 'system' } as const;

/** The internal timeline entry that tells staff an email could not be delivered (and why). */
function notifyFailedEvent(n: Notification, reason: string, at: Date): TimelineEvent {
  return {
    id: randomUUID(),
    code: n.petitionCode,
    type: 'notify_failed',
    at: at.toISOString(),
    actor: NOTIFIER_ACTOR,
    reason,
    note: `${n.kind} → ${n.recipient.split('#')[0]} (event ${n.eventId})`,
  };
}

export async function deliverOnce(n: Notification, deps: DeliveryDependencies): Promise<DeliveryOutcome> {
  const claim = await deps.records.claim(n, deps.now());
  if (claim.outcome === 'sent') return 'already_sent';
  if (claim.outcome === 'failed') return 'already_failed';
  if (claim.outcome === 'in_flight') throw new DeliveryInFlightError(claim.leaseUntil);

  let messageId: string;
  try {
    ({ messageId } = await deps.sender.send({ to: n.to, ...n.email, tags: { kind: n.kind } }));
  } catch (error) {
    if (error instanceof PermanentEmailError) {
      await deps.records.markFailed(
        n,
        claim.claimId,
        notifyFailedEvent(n, error.reason, deps.now()),
        deps.now(),
      );
      return 'refused';
    }
    // Temporary (or an operator's problem): give the claim back so the retry can send.
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
