/**
 * Open311 API keys: one item per key in one partition, so that checking a key is a GetItem
 * by its hash and the admin's list is one Query. Only the SHA-256 of a key is stored.
 *
 *   pk API_KEYS   sk KEY#<sha256 hex of the key>   the key's integrator, limit, issue and revocation
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DuplicateError, NotFoundError } from '../../../shared/errors.ts';
import type { ApiKey } from '../../../shared/schemas/index.ts';
import { apiKeyKeys } from './api-key-keys.ts';
import { queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';

export { apiKeyKeys };

/** The public id of a key: the first 16 hex digits of its hash (the sort key begins with it). */
export const apiKeyIdOf = (keyHash: string) => keyHash.slice(0, 16);

function toApiKey(item: Record<string, unknown>): ApiKey {
  const { pk: _pk, sk: _sk, entity: _entity, keyHash: _hash, ...key } = item;
  return key as ApiKey;
}

export class ApiKeyRepository extends TableRepository {
  async create(keyHash: string, key: ApiKey): Promise<void> {
    try {
      await this.db.doc.send(
        new PutCommand({
          TableName: this.db.tableName,
          Item: { pk: apiKeyKeys.pk, sk: apiKeyKeys.sk(keyHash), entity: 'api-key', keyHash, ...key },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw new DuplicateError('entity.duplicate', {}, { cause: error });
      throw error;
    }
  }

  /** The key with this hash, revoked or not. */
  async findByHash(keyHash: string): Promise<ApiKey | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: apiKeyKeys.pk, sk: apiKeyKeys.sk(keyHash) },
      }),
    );
    return Item ? toApiKey(Item) : undefined;
  }

  /** Every key, newest first (a handful per integrator: one paged Query). */
  async list(): Promise<ApiKey[]> {
    const items = await queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': apiKeyKeys.pk, ':prefix': apiKeyKeys.prefix },
    });
    return items.map(toApiKey).sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
  }

  /** Revokes the key with this id; revoking a revoked key keeps its first revocation. */
  async revoke(id: string, by: string, at: Date): Promise<ApiKey> {
    const { Items = [] } = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': apiKeyKeys.pk, ':prefix': `${apiKeyKeys.prefix}${id}` },
      }),
    );
    const item = Items[0];
    if (!item) throw new NotFoundError('apiKey.notFound');
    try {
      const { Attributes } = await this.db.doc.send(
        new UpdateCommand({
          TableName: this.db.tableName,
          Key: { pk: apiKeyKeys.pk, sk: item.sk },
          UpdateExpression: 'SET revokedAt = :at, revokedBy = :by',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
          ExpressionAttributeValues: { ':at': at.toISOString(), ':by': by },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toApiKey(Attributes ?? item);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return toApiKey(item);
      throw error;
    }
  }
}
