/**
 * The staff search index (issue #19 §3; keys in staff-search-keys.ts), kept from the table's
 * stream by functions/lib/search/staff-index.ts and read by functions/lib/search/staff-search.ts:
 *
 *   pk STAFFSEARCH#C#<council>#<word>            sk P#<received>#<code>   a posting: what a result shows
 *   pk STAFFSEARCH#A#<council>#<agency>#<word>   sk P#<received>#<code>   (code, title, status, agency,
 *                                                                          commune, field, received) and
 *                                                                          the petition's indexed words
 *   same partitions                              sk COUNT                 how many postings the word has
 *   pk PETITION#<code>                           sk SYSTEM#STAFF_SEARCH   what the index holds of the
 *                                                                          petition, at which version
 *
 * Nothing of the submitter is in any of them. A count is a hint for choosing the rarest word
 * to read; it never decides what is found.
 */
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { PetitionStatus } from '../../../shared/vocabulary.ts';
import { TableRepository } from './repository-base.ts';
import { type SearchScope, staffSearchKeys } from './staff-search-keys.ts';

export { type SearchScope, staffSearchKeys };

/** What the index holds of one petition (and each of its postings shows). */
export interface IndexedPetition {
  code: string;
  councilId: string;
  agencyId?: string | undefined;
  status: PetitionStatus;
  title: string;
  communeId: string;
  fieldId: string;
  receivedAt: string;
  words: string[];
}

/** The record of what is indexed: the version it came from; no entry once the petition is gone. */
export interface SearchRecord {
  version: number;
  entry?: IndexedPetition;
}

export type Posting = Omit<IndexedPetition, 'councilId'>;

export interface PostingPage {
  postings: Posting[];
  /** The sort key of the last posting read, when the partition goes on. */
  lastSk?: string;
  /** Items DynamoDB read (before the status filter). */
  scanned: number;
}

const PARALLEL_WRITES = 16;

async function inBatches<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += PARALLEL_WRITES) {
    await Promise.all(items.slice(start, start + PARALLEL_WRITES).map(run));
  }
}

const postingOf = (item: Record<string, unknown>): Posting => ({
  code: String(item.code),
  title: String(item.title),
  status: item.status as PetitionStatus,
  ...(typeof item.agencyId === 'string' ? { agencyId: item.agencyId } : {}),
  communeId: String(item.communeId),
  fieldId: String(item.fieldId),
  receivedAt: String(item.receivedAt),
  words: Array.isArray(item.words) ? item.words.map(String) : [],
});

export class StaffSearchRepository extends TableRepository {
  recordKey(code: string) {
    return { pk: staffSearchKeys.recordPk(code), sk: staffSearchKeys.recordSk };
  }

  postingKey(scope: SearchScope, word: string, entry: Pick<IndexedPetition, 'receivedAt' | 'code'>) {
    return {
      pk: staffSearchKeys.pk(scope, word),
      sk: staffSearchKeys.postingSk(entry.receivedAt, entry.code),
    };
  }

  async record(code: string): Promise<SearchRecord | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: this.recordKey(code), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return { version: Number(Item.version), ...(Item.entry ? { entry: Item.entry as IndexedPetition } : {}) };
  }

  /** Puts (creates or overwrites) the postings of `entry` under each (scope, word) given. */
  async putPostings(
    entry: IndexedPetition,
    at: readonly { scope: SearchScope; word: string }[],
  ): Promise<void> {
    const { councilId: _council, ...shown } = entry;
    await inBatches(at, ({ scope, word }) =>
      this.db.doc.send(
        new PutCommand({
          TableName: this.db.tableName,
          Item: { ...this.postingKey(scope, word, entry), entity: 'staff-search-posting', ...shown },
        }),
      ),
    );
  }

  async deletePostings(
    entry: Pick<IndexedPetition, 'receivedAt' | 'code'>,
    at: readonly { scope: SearchScope; word: string }[],
  ): Promise<void> {
    await inBatches(at, ({ scope, word }) =>
      this.db.doc.send(
        new DeleteCommand({ TableName: this.db.tableName, Key: this.postingKey(scope, word, entry) }),
      ),
    );
  }

  /** Moves each word's count by its delta (an Update with ADD each). */
  async addToCounts(deltas: readonly { scope: SearchScope; word: string; delta: number }[]): Promise<void> {
    await inBatches(deltas, ({ scope, word, delta }) =>
      this.db.doc.send(
        new UpdateCommand({
          TableName: this.db.tableName,
          Key: { pk: staffSearchKeys.pk(scope, word), sk: staffSearchKeys.countSk },
          UpdateExpression: 'SET entity = :entity ADD postings :delta',
          ExpressionAttributeValues: { ':entity': 'staff-search-count', ':delta': delta },
        }),
      ),
    );
  }

  /**
   * Records what is indexed, conditioned on the record being the one read (`previous`): a
   * ConditionalCheckFailedException means another delivery got there first, and is rethrown
   * so the stream delivers the record again (and then finds it done).
   */
  async saveRecord(code: string, record: SearchRecord, previous: SearchRecord | undefined): Promise<void> {
    await this.db.doc.send(
      new PutCommand({
        TableName: this.db.tableName,
        Item: { ...this.recordKey(code), entity: 'staff-search-record', ...record },
        ...(previous
          ? {
              ConditionExpression: 'version = :previous',
              ExpressionAttributeValues: { ':previous': previous.version },
            }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      }),
    );
  }

  /** How many postings each word has in the scope (one BatchGetItem of small items; absent = 0). */
  async counts(scope: SearchScope, words: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map(words.map((w) => [w, 0]));
    if (words.length === 0) return counts;
    let pending: Record<string, unknown>[] = words.map((w) => ({
      pk: staffSearchKeys.pk(scope, w),
      sk: staffSearchKeys.countSk,
    }));
    const byPk = new Map(words.map((w) => [staffSearchKeys.pk(scope, w), w]));
    for (let attempt = 1; pending.length; attempt++) {
      if (attempt > 8) throw new Error('BatchGetItem left keys unprocessed after retries');
      const result = await this.db.doc.send(
        new BatchGetCommand({
          RequestItems: { [this.db.tableName]: { Keys: pending, ProjectionExpression: 'pk, postings' } },
        }),
      );
      for (const item of result.Responses?.[this.db.tableName] ?? []) {
        const word = byPk.get(String(item.pk));
        if (word !== undefined) counts.set(word, Math.max(0, Number(item.postings ?? 0)));
      }
      pending = (result.UnprocessedKeys?.[this.db.tableName]?.Keys ?? []) as Record<string, unknown>[];
      if (pending.length) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 10));
    }
    return counts;
  }

  /** One page of a word's postings in the scope, newest first, after `afterSk`, optionally of one status. */
  async postings(
    scope: SearchScope,
    word: string,
    options: { limit: number; afterSk?: string | undefined; status?: PetitionStatus | undefined },
  ): Promise<PostingPage> {
    const pk = staffSearchKeys.pk(scope, word);
    const result = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
        ...(options.status ? { FilterExpression: '#status = :status' } : {}),
        ExpressionAttributeNames: options.status ? { '#status': 'status' } : undefined,
        ExpressionAttributeValues: {
          ':pk': pk,
          ':first': staffSearchKeys.postingPrefix,
          ':last': staffSearchKeys.postingsBelow,
          ...(options.status ? { ':status': options.status } : {}),
        },
        ScanIndexForward: false,
        Limit: options.limit,
        ...(options.afterSk ? { ExclusiveStartKey: { pk, sk: options.afterSk } } : {}),
      }),
    );
    const last = result.LastEvaluatedKey?.sk;
    return {
      postings: (result.Items ?? []).map(postingOf),
      ...(typeof last === 'string' ? { lastSk: last } : {}),
      scanned: result.ScannedCount ?? 0,
    };
  }
}
