/**
 * The stream handler: for each record of a batch, the notifications its timeline event
 * calls for, each delivered at most once. A record that fails (SES still throttling, an
 * unreadable image, a delivery claimed by another attempt) is reported on its own in
 * batchItemFailures; the others in the batch are done and, when Lambda resumes from the
 * failed record, their delivery records make the repeat send nothing.
 */

import type { Channel, SmsContent, ZaloContent } from '../lib/channels/index.ts';
import type { Repositories } from '../lib/data/index.ts';
import type { EmailSender } from '../lib/email/index.ts';
import { errorFields, log } from '../lib/log.ts';
import { type DeliveryDependencies, deliverOnce } from './delivery.ts';
import { DeliveryRecords } from './delivery-records.ts';
import { notificationsFor } from './notifications.ts';
import { RecipientGuard, type RecipientPolicy } from './recipient-guard.ts';
import { insertedPetitionCode } from './similar-index.ts';
import {
  insertedTimelineEvent,
  type StreamBatchResponse,
  type StreamEvent,
  type StreamRecord,
} from './stream-event.ts';
import { insertedSubscription, sendConfirmation } from './subscription-confirmations.ts';

export interface NotifierDependencies {
  repos: Repositories;
  sender: EmailSender;
  /** SMS and Zalo (functions/lib/channels); absent, only email is sent. */
  sms?: Channel<SmsContent>;
  zalo?: Channel<ZaloContent>;
  siteUrl: string;
  /** The staff console's origin, for the petition link in every agency email. */
  consoleUrl: string;
  feedbackSecret: string;
  /** Must exceed the function's timeout (see delivery.ts). */
  leaseSeconds: number;
  /** Daily limit per address and suppressions (recipient-guard.ts). The handler always sets it. */
  recipients?: RecipientPolicy;
  now?: () => Date;
}

export type StreamHandler = (event: StreamEvent) => Promise<StreamBatchResponse>;

export function createNotifier(deps: NotifierDependencies): StreamHandler {
  const delivery: DeliveryDependencies = {
    records: new DeliveryRecords(deps.repos.db, deps.repos.petitions, { leaseSeconds: deps.leaseSeconds }),
    sender: deps.sender,
    ...(deps.sms ? { sms: deps.sms } : {}),
    ...(deps.zalo ? { zalo: deps.zalo } : {}),
    ...(deps.recipients ? { recipients: new RecipientGuard(deps.repos.recipients, deps.recipients) } : {}),
    now: deps.now ?? (() => new Date()),
  };

  const phoneChannels = new Set<'sms' | 'zalo'>([
    ...(deps.sms ? (['sms'] as const) : []),
    ...(deps.zalo ? (['zalo'] as const) : []),
  ]);

  async function processRecord(record: StreamRecord): Promise<void> {
    // A new petition: the words it is found by as similar (GET /v1/petitions/similar).
    const inserted = insertedPetitionCode(record);
    if (inserted) {
      const petition = await deps.repos.petitions.get(inserted);
      return petition ? deps.repos.similar.index(petition) : undefined;
    }
    // A new subscription: its confirmation message (double opt-in).
    const subscription = insertedSubscription(record);
    if (subscription)
      return sendConfirmation(subscription, {
        repos: deps.repos,
        sender: deps.sender,
        ...(deps.sms ? { sms: deps.sms } : {}),
        siteUrl: deps.siteUrl,
        feedbackSecret: deps.feedbackSecret,
        leaseSeconds: deps.leaseSeconds,
        now: delivery.now,
      });
    const event = insertedTimelineEvent(record);
    if (!event) return;
    const notifications = await notificationsFor(event, {
      repos: deps.repos,
      siteUrl: deps.siteUrl,
      consoleUrl: deps.consoleUrl,
      feedbackSecret: deps.feedbackSecret,
      phoneChannels,
    });
    // Every recipient and channel gets its chance even when one fails; the record fails if any did.
    let firstError: unknown;
    for (const n of notifications) {
      const fields = {
        eventId: n.eventId,
        type: n.eventType,
        kind: n.kind,
        channel: n.channel ?? 'email',
        recipient: n.recipient.split('#')[0],
      };
      try {
        const outcome = await deliverOnce(n, delivery);
        log.info('notifier: delivery', { ...fields, outcome });
      } catch (error) {
        log.warn('notifier: delivery failed, will retry', { ...fields, ...errorFields(error) });
        firstError ??= error;
      }
    }
    if (firstError !== undefined) throw firstError;
  }

  return async (event) => {
    const batchItemFailures: StreamBatchResponse['batchItemFailures'] = [];
    // In order: a petition's "received" goes out before its "routed".
    for (const record of event.Records ?? []) {
      try {
        await processRecord(record);
      } catch (error) {
        const sequenceNumber = record.dynamodb?.SequenceNumber;
        log.error('notifier: record failed', {
          eventID: record.eventID,
          sequenceNumber,
          ...errorFields(error),
        });
        // Lambda identifies a DynamoDB stream record by its sequence number.
        if (sequenceNumber) batchItemFailures.push({ itemIdentifier: sequenceNumber });
      }
    }
    return { batchItemFailures };
  };
}
