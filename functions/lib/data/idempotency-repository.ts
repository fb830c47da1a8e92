/**
 * Idempotency records: the first answer to a request made with an Idempotency-Key,
 * kept for a day. The record is written in the same transaction as what it protects,
 * so a retry either finds the first answer or finds that nothing happened.
 */
import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DuplicateError } from '../../../shared/errors.ts';
import type { Database } from './client.ts';
import { idempotencyKeys } from './idempotency-keys.ts';
import type { TransactStep } from './transactions.ts';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotencyRecord {
  /** Hash of the request body, to tell a true retry from a reuse of the key. */
  requestHash: string;
  response: StoredResponse;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function hashRequest(body: unknown): string {
  return sha256(JSON.stringify(body));
}

export class IdempotencyRepository {
  private readonly db: Database;
  private readonly ttlSeconds: number;
  constructor(db: Database, options: { ttlSeconds?: number } = {}) {
    this.db = db;
    this.ttlSeconds = options.ttlSeconds ?? 24 * 3600;
  }

  /** The transaction step that records the answer; fails with DuplicateError if the key was used. */
  putStep(scope: string, key: string, record: IdempotencyRecord, now = new Date()): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: {
            pk: idempotencyKeys.pk(scope, key),
            sk: idempotencyKeys.sk,
            entity: 'idempotency',
            ...record,
            expiresAt: Math.floor(now.getTime() / 1000) + this.ttlSeconds,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new DuplicateError('entity.duplicate'),
    };
  }

  async get(scope: string, key: string, now = new Date()): Promise<IdempotencyRecord | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: idempotencyKeys.pk(scope, key), sk: idempotencyKeys.sk },
        ConsistentRead: true,
      }),
    );
    // TTL deletion is lazy: an expired record is treated as gone.
    if (!Item || (typeof Item.expiresAt === 'number' && Item.expiresAt * 1000 < now.getTime()))
      return undefined;
    return { requestHash: String(Item.requestHash), response: Item.response as StoredResponse };
  }
}
