/**
 * What the service keeps about an email address, without keeping the address: how many
 * emails it was sent on a Vietnam day, and whether SES reported it as bounced for good or
 * complained. Both are items keyed by a salted hash of the address, removed by TTL.
 */
import { createHmac } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { vietnamDate } from '../../../shared/time.ts';
import { recipientKeys } from './recipient-keys.ts';
import { TableRepository } from './repository-base.ts';
import { updateIf } from './update-if.ts';

export type SuppressionReason = 'bounce' | 'complaint';

export interface Suppression {
  reason: SuppressionReason;
  at: string;
}

/** A counter outlives its day by a day, whatever the time zone of the TTL sweep. */
const COUNTER_SECONDS = 2 * 86_400;
/** SES keeps an address on the account's suppression list until it is removed; a year here. */
const SUPPRESSION_SECONDS = 365 * 86_400;

/**
 * The address as a key: HMAC-SHA256 under a secret salt, of the address trimmed and in
 * lower case (mail systems treat case alike), so the table never holds a readable address
 * and a list of known addresses cannot be hashed to find one.
 */
export function recipientHash(address: string, salt: string): string {
  return createHmac('sha256', salt).update(address.trim().toLowerCase()).digest('base64url');
}

const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

export class RecipientRepository extends TableRepository {
  private counterKey(hash: string, at: Date) {
    return { pk: recipientKeys.pk(hash), sk: recipientKeys.sentSk(vietnamDate(at)) };
  }

  /** Counts one email to the address today, atomically; false (and nothing counted) past `limit`. */
  async countSend(hash: string, at: Date, limit: number): Promise<boolean> {
    return updateIf(this.db, {
      Key: this.counterKey(hash, at),
      UpdateExpression: 'ADD #sent :one SET expiresAt = :expires, entity = :entity',
      ConditionExpression: 'attribute_not_exists(#sent) OR #sent < :limit',
      ExpressionAttributeNames: { '#sent': 'sent' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':limit': limit,
        ':expires': epochSeconds(at) + COUNTER_SECONDS,
        ':entity': 'recipient-count',
      },
    });
  }

  /** Gives back a count whose email was not sent after all (SES throttled, the send will come again). */
  async uncountSend(hash: string, at: Date): Promise<void> {
    // Nothing to give back when the condition no longer holds.
    await updateIf(this.db, {
      Key: this.counterKey(hash, at),
      UpdateExpression: 'ADD #sent :minusOne',
      ConditionExpression: '#sent > :zero',
      ExpressionAttributeNames: { '#sent': 'sent' },
      ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
    });
  }

  async suppression(hash: string): Promise<Suppression | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: recipientKeys.pk(hash), sk: recipientKeys.suppressedSk },
      }),
    );
    return Item ? { reason: Item.reason as SuppressionReason, at: String(Item.at) } : undefined;
  }

  /** Records (or renews) a suppression: one PutItem, so the feedback function needs nothing else. */
  async suppress(hash: string, reason: SuppressionReason, at: Date): Promise<void> {
    await this.db.doc.send(
      new PutCommand({
        TableName: this.db.tableName,
        Item: {
          pk: recipientKeys.pk(hash),
          sk: recipientKeys.suppressedSk,
          entity: 'recipient-suppression',
          reason,
          at: at.toISOString(),
          expiresAt: epochSeconds(at) + SUPPRESSION_SECONDS,
        },
      }),
    );
  }
}
