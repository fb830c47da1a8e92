import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, RateLimitedError } from '../../../shared/errors.ts';
import { Subscription } from '../../../shared/schemas/subscription.ts';
import { withoutKeys } from './items.ts';
import { queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';
import { subscriptionKeys as keys } from './subscription-keys.ts';
import { type TransactStep, transactWrite } from './transactions.ts';
import { updateIf } from './update-if.ts';

const DAY_SECONDS = 86_400;

/** The address has had its confirmation messages for today: 429, worded for it. */
export class TooManyConfirmationsError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds);
    Object.assign(this, { key: 'subscription.tooMany', params: {} });
  }
}

export interface Follower {
  id: string;
  channel: 'email' | 'sms';
  address: string;
  locale: 'vi' | 'en';
}

export class SubscriptionRepository extends TableRepository {
  async create(
    s: Subscription,
    limit: { addressHash: string; day: string; max: number },
    pendingSeconds: number,
    extra: TransactStep[] = [],
  ): Promise<void> {
    const created = Math.floor(Date.parse(s.createdAt) / 1000);
    await transactWrite(this.db, [
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: {
              pk: keys.pk(s.id),
              sk: keys.sk,
              entity: 'subscription',
              ...s,
              expiresAt: created + pendingSeconds,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new ConflictError('entity.duplicate'),
      },
      {
        item: {
          Update: {
            TableName: this.db.tableName,
            Key: { pk: keys.limitPk(limit.addressHash, limit.day), sk: keys.limitSk },
            UpdateExpression: 'ADD #count :one SET expiresAt = :expires, entity = :entity',
            ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: {
              ':one': 1,
              ':max': limit.max,
              ':expires': created + 2 * DAY_SECONDS,
              ':entity': 'subscribe-limit',
            },
          },
        },
        onConditionFailed: () => new TooManyConfirmationsError(DAY_SECONDS),
      },
      ...extra,
    ]);
  }

  async get(id: string): Promise<Subscription | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: { pk: keys.pk(id), sk: keys.sk } }),
    );
    return Item ? Subscription.parse(withoutKeys(Item)) : undefined;
  }

  /** Pending → confirmed, and the follower the notifier reaches; confirming again changes nothing. */
  async confirm(s: Subscription, now: Date): Promise<void> {
    if (!s.address) throw new ConflictError('subscription.ended');
    await transactWrite(this.db, [
      {
        item: {
          Update: {
            TableName: this.db.tableName,
            Key: { pk: keys.pk(s.id), sk: keys.sk },
            UpdateExpression: 'SET #state = :confirmed, confirmedAt = :now REMOVE expiresAt',
            ConditionExpression: '#state = :pending',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: {
              ':confirmed': 'confirmed',
              ':pending': 'pending',
              ':now': now.toISOString(),
            },
          },
        },
        onConditionFailed: () => new ConflictError('subscription.ended'),
      },
      this.followerPut(s, { channel: s.channel, address: s.address, locale: s.locale }),
    ]);
  }

  /** The follower item in the followed thing's partition (what the notifier reads), with `fields`. */
  private followerPut(s: Subscription, fields: Record<string, unknown>): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: {
            pk: keys.followersPk(s.target, s.targetId),
            sk: s.id,
            entity: 'follower',
            id: s.id,
            ...fields,
          },
        },
      },
    };
  }

  /** The subscription ends: its address erased, its follower a tombstone that expires. */
  async unsubscribe(s: Subscription, now: Date): Promise<void> {
    const at = now.toISOString();
    const expires = Math.floor(now.getTime() / 1000) + 30 * DAY_SECONDS;
    await transactWrite(this.db, [
      {
        item: {
          Update: {
            TableName: this.db.tableName,
            Key: { pk: keys.pk(s.id), sk: keys.sk },
            UpdateExpression:
              'SET #state = :gone, unsubscribedAt = :now, expiresAt = :expires REMOVE address',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':gone': 'unsubscribed', ':now': at, ':expires': expires },
          },
        },
        onConditionFailed: () => new ConflictError('subscription.ended'),
      },
      this.followerPut(s, { unsubscribedAt: at, expiresAt: expires }),
    ]);
  }

  /** The confirmed followers of a petition or a commune, a page at a time. */
  async followers(target: 'petition' | 'commune', targetId: string): Promise<Follower[]> {
    const items = await queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.followersPk(target, targetId) },
    });
    const out: Follower[] = [];
    for (const item of items)
      if (!item.unsubscribedAt && typeof item.address === 'string')
        out.push({
          id: String(item.id),
          channel: item.channel,
          address: item.address,
          locale: item.locale,
        });
    return out;
  }

  /**
   * Claims the sending of a subscription's confirmation message: true once, for the first
   * caller (or for a later one once `leaseSeconds` have passed without it being marked sent).
   */
  async claimConfirmation(id: string, now: Date, leaseSeconds: number): Promise<boolean> {
    return updateIf(this.db, {
      Key: { pk: keys.pk(id), sk: keys.sk },
      UpdateExpression: 'SET confirmationLease = :until',
      ConditionExpression:
        'attribute_exists(pk) AND #state = :pending AND attribute_not_exists(confirmationSentAt) AND (attribute_not_exists(confirmationLease) OR confirmationLease < :now)',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':pending': 'pending',
        ':now': now.toISOString(),
        ':until': new Date(now.getTime() + leaseSeconds * 1000).toISOString(),
      },
    });
  }

  async markConfirmation(id: string, outcome: 'sent' | 'released' | 'failed', now: Date): Promise<void> {
    const update =
      outcome === 'released'
        ? { UpdateExpression: 'REMOVE confirmationLease' }
        : {
            UpdateExpression:
              'SET confirmationSentAt = :now, confirmationOutcome = :outcome REMOVE confirmationLease',
            ExpressionAttributeValues: { ':now': now.toISOString(), ':outcome': outcome },
          };
    await this.db.doc.send(
      new UpdateCommand({ TableName: this.db.tableName, Key: { pk: keys.pk(id), sk: keys.sk }, ...update }),
    );
  }
}
