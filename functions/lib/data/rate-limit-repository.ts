/**
 * Fixed-window rate limits: one counter item per client and window, removed by TTL, counted
 * inside the transaction of what it limits (so a refused or repeated request counts nothing).
 * The client is identified by a salted hash of its network: no IP is stored.
 */
import { createHash } from 'node:crypto';
import { RateLimitedError } from '../../../shared/errors.ts';
import { rateLimitKeys } from './rate-limit-keys.ts';
import { TableRepository } from './repository-base.ts';
import type { TransactStep } from './transactions.ts';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export function hashClient(address: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${address}`).digest('base64url').slice(0, 22);
}

export class RateLimitRepository extends TableRepository {
  /**
   * The transaction step that counts one request, for the same TransactWriteItems as what
   * it guards: its condition fails past the limit (RateLimitedError, with Retry-After), and
   * a transaction cancelled for any other reason — a key already used — counts nothing.
   */
  countStep(scope: string, clientHash: string, rule: RateLimit, now = new Date()): TransactStep {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % rule.windowSeconds);
    const windowEnd = windowStart + rule.windowSeconds;
    return {
      item: {
        Update: {
          TableName: this.db.tableName,
          Key: { pk: rateLimitKeys.pk(scope, clientHash, windowStart), sk: rateLimitKeys.sk },
          UpdateExpression: 'ADD #count :one SET expiresAt = :expires, entity = :entity',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': rule.limit,
            ':expires': windowEnd + 60,
            ':entity': 'rate-limit',
          },
        },
      },
      onConditionFailed: () => new RateLimitedError(Math.max(1, windowEnd - nowSeconds)),
    };
  }
}
