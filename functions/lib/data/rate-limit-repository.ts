/**
 * Fixed-window rate limits: one counter item per client and window, removed by TTL.
 * The client is identified by a salted hash of its address: no IP is stored.
 */
import { createHash } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { RateLimitedError } from '../../../shared/errors.ts';
import type { Database } from './client.ts';
import { rateLimitKeys } from './rate-limit-keys.ts';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export function hashClient(address: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${address}`).digest('base64url').slice(0, 22);
}

export class RateLimitRepository {
  private readonly db: Database;
  constructor(db: Database) {
    this.db = db;
  }

  /** Counts one request; throws RateLimitedError (with Retry-After) past the limit. */
  async hit(scope: string, clientHash: string, rule: RateLimit, now = new Date()): Promise<number> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % rule.windowSeconds);
    const windowEnd = windowStart + rule.windowSeconds;
    const { Attributes } = await this.db.doc.send(
      new UpdateCommand({
        TableName: this.db.tableName,
        Key: { pk: rateLimitKeys.pk(scope, clientHash, windowStart), sk: rateLimitKeys.sk },
        UpdateExpression: 'ADD #count :one SET expiresAt = :expires, entity = :entity',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':expires': windowEnd + 60, ':entity': 'rate-limit' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const count = Number(Attributes?.count ?? 1);
    if (count > rule.limit) throw new RateLimitedError(Math.max(1, windowEnd - nowSeconds));
    return count;
  }
}
