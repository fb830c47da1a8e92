/**
 * Supporters of a petition (keys in supporter-keys.ts; the layout beside the petition's in
 * petition-repository.ts). Adding one is one transaction: the petition's voter count (on
 * the version read, so no staff change is overwritten), a uniqueness key per contact, the
 * supporter, and the caller's idempotency and rate-limit steps.
 */
import { createHmac } from 'node:crypto';
import { ConflictError, DuplicateError } from '../../../shared/errors.ts';
import { ttlSecondsOf } from '../../../shared/retention.ts';
import type { Petition } from '../../../shared/schemas/petition.ts';
import { StoredSupporter } from '../../../shared/schemas/supporter.ts';
import { withoutKeys } from './items.ts';
import { petitionKeys } from './petition-keys.ts';
import { queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';
import { supporterKeys } from './supporter-keys.ts';
import { type TransactStep, transactWrite } from './transactions.ts';

/** The uniqueness key of one contact: nothing readable is stored, and the same contact always gives the same key. */
export function supporterContactHash(kind: 'email' | 'phone', normalised: string, salt: string): string {
  return createHmac('sha256', salt).update(`supporter:${kind}:${normalised}`).digest('base64url');
}

export class SupporterRepository extends TableRepository {
  async add(
    petition: Pick<Petition, 'code' | 'contactExpiresAt' | 'version'>,
    supporter: StoredSupporter,
    contactHashes: readonly string[],
    now: Date,
    extra: TransactStep[] = [],
  ): Promise<void> {
    const pk = petitionKeys.pk(petition.code);
    const TableName = this.db.tableName;
    // Kept like the submitter's contact: once the petition's retention has started, it ends with it.
    const ttl = petition.contactExpiresAt ? { expiresAt: ttlSecondsOf(petition.contactExpiresAt) } : {};
    await transactWrite(this.db, [
      {
        item: {
          Update: {
            TableName,
            Key: { pk, sk: petitionKeys.petitionSk },
            UpdateExpression:
              'SET voterCount = voterCount + :one, version = version + :one, updatedAt = :now',
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':one': 1, ':version': petition.version, ':now': now.toISOString() },
          },
        },
        onConditionFailed: () => new ConflictError('status.conflict'),
      },
      ...contactHashes.map((hash) => ({
        item: {
          Put: {
            TableName,
            Item: { pk, sk: supporterKeys.uniqueSk(hash), entity: 'supporter-key', ...ttl },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DuplicateError('supporter.duplicate'),
      })),
      {
        item: {
          Put: {
            TableName,
            Item: {
              pk,
              sk: supporterKeys.supporterSk(supporter.supporterId),
              entity: 'supporter',
              ...supporter,
              ...ttl,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DuplicateError('entity.duplicate'),
      },
      ...extra,
    ]);
  }

  /** Every supporter of a petition (the notifier's recipients), a page at a time. */
  async list(code: string): Promise<StoredSupporter[]> {
    const items = await queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': petitionKeys.pk(code), ':prefix': supporterKeys.supporterPrefix },
    });
    return items.map((item) => StoredSupporter.parse(withoutKeys(item)));
  }
}
