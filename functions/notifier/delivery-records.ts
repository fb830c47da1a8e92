/**
 * Delivery records: one item per (timeline event, recipient, channel), in the partition of
 * the petition the recipient is told about, under "SYSTEM#" so no public read sees it. Each
 * channel has its own record, so an SMS retried after throttling never sends the email
 * again (its record says `sent`), and one channel's failure holds back no other.
 *
 *   (none) ──claim──▶ sending ──SES accepted──▶ sent
 *                        │ ──SES refused for good──▶ failed (+ a notify_failed event, one transaction)
 *                        └──SES throttled / down──▶ sending, lease ended (the next delivery claims it at once)
 *
 * A claim is a conditional write: it succeeds when there is no record, or when a
 * `sending` record's lease has run out (its sender died between claiming and finishing).
 * Every later step is conditional on the claim id, so a sender whose lease was taken
 * over cannot overwrite the new owner's record.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../shared/errors.ts';
import type { NotifyChannel } from '../../shared/notify-channels.ts';
import type { TimelineEvent } from '../../shared/schemas/index.ts';
import type { Database } from '../lib/data/client.ts';
import { petitionKeys } from '../lib/data/petition-keys.ts';
import type { PetitionRepository } from '../lib/data/petition-repository.ts';
import { transactWrite } from '../lib/data/transactions.ts';
import { updateIf } from '../lib/data/update-if.ts';

export interface DeliveryTarget {
  /** The petition whose partition holds the record: the one the recipient is told about. */
  petitionCode: string;
  eventId: string;
  eventType: TimelineEvent['type'];
  /** "submitter" or "agency#<id>": who, never an address or a number. */
  recipient: string;
  /** Absent: email (records written before SMS and Zalo existed have no channel in their key). */
  channel?: NotifyChannel;
}

/** The key's last part: the recipient, and the channel unless it is email. */
export function deliveryRecipientKey(t: DeliveryTarget): string {
  const channel = t.channel ?? 'email';
  return channel === 'email' ? t.recipient : `${t.recipient}#${channel}`;
}

export type Claim =
  | { outcome: 'claimed'; claimId: string }
  | { outcome: 'sent' }
  | { outcome: 'failed' }
  | { outcome: 'in_flight'; leaseUntil: string };

/** A lease that ended before any claim was made: earlier than every `now`. */
const RELEASED = new Date(0).toISOString();

/** Kept long after any stream redelivery (24 h) or dead-letter redrive could bring the event back. */
const RETENTION_DAYS = 90;

export class DeliveryRecords {
  private readonly db: Database;
  private readonly petitions: PetitionRepository;
  private readonly leaseMs: number;

  constructor(db: Database, petitions: PetitionRepository, options: { leaseSeconds: number }) {
    this.db = db;
    this.petitions = petitions;
    this.leaseMs = options.leaseSeconds * 1000;
  }

  private key(t: DeliveryTarget) {
    return {
      pk: petitionKeys.pk(t.petitionCode),
      sk: petitionKeys.notifiedSk(t.eventId, deliveryRecipientKey(t)),
    };
  }

  /** Takes the right to send this email now, or says why not. */
  async claim(t: DeliveryTarget, now: Date): Promise<Claim> {
    const claimId = randomUUID();
    const claimed = await updateIf(this.db, {
      Key: this.key(t),
      UpdateExpression:
        'SET #state = :sending, claimId = :claim, leaseUntil = :lease, entity = :entity, code = :code, ' +
        'eventId = :event, eventType = :type, recipient = :recipient, #channel = :channel, updatedAt = :now, expiresAt = :expires ' +
        'ADD attempts :one',
      ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending AND leaseUntil < :now)',
      ExpressionAttributeNames: { '#state': 'state', '#channel': 'channel' },
      ExpressionAttributeValues: {
        ':sending': 'sending',
        ':claim': claimId,
        ':lease': new Date(now.getTime() + this.leaseMs).toISOString(),
        ':entity': 'notification',
        ':code': t.petitionCode,
        ':event': t.eventId,
        ':type': t.eventType,
        ':recipient': t.recipient,
        ':channel': t.channel ?? 'email',
        ':now': now.toISOString(),
        ':expires': Math.floor(now.getTime() / 1000) + RETENTION_DAYS * 86_400,
        ':one': 1,
      },
    });
    if (claimed) return { outcome: 'claimed', claimId };
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: this.key(t), ConsistentRead: true }),
    );
    if (Item?.state === 'sent') return { outcome: 'sent' };
    if (Item?.state === 'failed') return { outcome: 'failed' };
    // Held by a live sender (or released a moment ago): either way, try again later.
    return { outcome: 'in_flight', leaseUntil: String(Item?.leaseUntil ?? now.toISOString()) };
  }

  /** Records SES's acceptance. False when the lease was lost meanwhile (another sender took over). */
  async markSent(t: DeliveryTarget, claimId: string, messageId: string, now: Date): Promise<boolean> {
    return updateIf(this.db, {
      Key: this.key(t),
      UpdateExpression:
        'SET #state = :sent, messageId = :message, sentAt = :now, updatedAt = :now REMOVE leaseUntil',
      ConditionExpression: '#state = :sending AND claimId = :claim',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':sent': 'sent',
        ':sending': 'sending',
        ':claim': claimId,
        ':message': messageId,
        ':now': now.toISOString(),
      },
    });
  }

  /**
   * Gives the claim back after a temporary failure, so the redelivered record can send: its
   * lease ends now. An update, not a delete: the notifier's role may not delete
   * (infra/lib/table-access.ts), and a denied delete would leave the lease running while
   * Lambda's few quick retries find the delivery "in flight" and send the record to the
   * dead-letter queue unsent.
   */
  async release(t: DeliveryTarget, claimId: string): Promise<void> {
    // Nothing to give back when the condition no longer holds.
    await updateIf(this.db, {
      Key: this.key(t),
      UpdateExpression: 'SET leaseUntil = :ended',
      ConditionExpression: '#state = :sending AND claimId = :claim',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':sending': 'sending', ':claim': claimId, ':ended': RELEASED },
    });
  }

  /**
   * SES refused for good: the record becomes `failed` and the petition's timeline gets
   * the (internal) notify_failed event, in one transaction. False when the lease was lost.
   */
  async markFailed(t: DeliveryTarget, claimId: string, failure: TimelineEvent, now: Date): Promise<boolean> {
    try {
      await transactWrite(this.db, [
        {
          item: {
            Update: {
              TableName: this.db.tableName,
              Key: this.key(t),
              UpdateExpression:
                'SET #state = :failed, failure = :reason, failedAt = :now, updatedAt = :now REMOVE leaseUntil',
              ConditionExpression: '#state = :sending AND claimId = :claim',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':failed': 'failed',
                ':sending': 'sending',
                ':claim': claimId,
                ':reason': failure.reason ?? 'unknown',
                ':now': now.toISOString(),
              },
            },
          },
          onConditionFailed: () => new ConflictError('entity.conflict'),
        },
        this.petitions.eventStep(failure),
      ]);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }
}
