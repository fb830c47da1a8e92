/**
 * Reference data (councils, units, fields, agencies, delegates, sessions, routing rules)
 * lives in one partition: the whole set is one paged Query, cached briefly per process.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type DomainError, DuplicateError, NotFoundError } from '../../../shared/errors.ts';
import { ReferenceData, type ReferenceRecords } from '../../../shared/reference-data.ts';
import type { Database } from './client.ts';
import { queryAll } from './query-all.ts';
import { type ReferenceKind, referenceKeys } from './reference-keys.ts';
import { conditional } from './transactions.ts';

type RecordOf<K extends ReferenceKind> = ReferenceRecords[K][number];

export class ReferenceRepository {
  private cache: { data: ReferenceData; until: number } | undefined;
  private readonly db: Database;
  private readonly ttlMs: number;

  constructor(db: Database, options: { cacheSeconds?: number } = {}) {
    this.db = db;
    this.ttlMs = (options.cacheSeconds ?? 60) * 1000;
  }

  /** All reference data; cached for a minute so a hot Lambda reads it once. */
  async load(options: { fresh?: boolean } = {}): Promise<ReferenceData> {
    const now = Date.now();
    if (!options.fresh && this.cache && this.cache.until > now) return this.cache.data;
    const records: ReferenceRecords = {
      councils: [],
      units: [],
      fields: [],
      agencies: [],
      electoralUnits: [],
      delegateGroups: [],
      delegates: [],
      sessions: [],
      routingRules: [],
      holidayYears: [],
    };
    const items = await queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': referenceKeys.pk },
    });
    for (const item of items) {
      const kind = referenceKeys.kindOf(String(item.sk));
      if (kind) (records[kind] as unknown[]).push(item.data);
    }
    const data = new ReferenceData(records);
    this.cache = { data, until: now + this.ttlMs };
    return data;
  }

  async get<K extends ReferenceKind>(kind: K, id: string): Promise<RecordOf<K>> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: referenceKeys.pk, sk: referenceKeys.sk(kind, id) },
      }),
    );
    if (!Item) throw new NotFoundError('entity.notFound');
    return Item.data as RecordOf<K>;
  }

  /** Adds a record; refuses to overwrite one with the same id. */
  async create<K extends ReferenceKind>(kind: K, record: RecordOf<K>): Promise<void> {
    await this.write(kind, record, {
      expression: 'attribute_not_exists(pk)',
      refusal: () => new DuplicateError('entity.duplicate'),
    });
  }

  /** Replaces an existing record. */
  async update<K extends ReferenceKind>(kind: K, record: RecordOf<K>): Promise<void> {
    await this.write(kind, record, {
      expression: 'attribute_exists(pk)',
      refusal: () => new NotFoundError('entity.notFound'),
    });
  }

  /** Writes a record whether or not one with its id exists (a year's holiday calendar is replaced whole). */
  async put<K extends ReferenceKind>(kind: K, record: RecordOf<K>): Promise<void> {
    await this.write(kind, record);
  }

  /** One record's Put, on `condition` when given (its failure becomes its `refusal`); the cache is dropped. */
  private async write<K extends ReferenceKind>(
    kind: K,
    record: RecordOf<K>,
    condition?: { expression: string; refusal: () => DomainError },
  ): Promise<void> {
    const put = () =>
      this.db.doc.send(
        new PutCommand({
          TableName: this.db.tableName,
          Item: { pk: referenceKeys.pk, sk: referenceKeys.sk(kind, record.id), data: record },
          ...(condition ? { ConditionExpression: condition.expression } : {}),
        }),
      );
    await (condition ? conditional(put, condition.refusal) : put());
    this.cache = undefined;
  }
}
