/**
 * Meetings: the meeting item, plus one small item per commune it covers so that a
 * commune's schedule is one Query on an index.
 *
 *   pk MEETING#<id>   sk MEETING              the meeting; gsi2 = its council, by start time
 *                     sk COMMUNE#<communeId>  a copy per commune; gsi4 = that commune, by start time
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, DuplicateError } from '../../../shared/errors.ts';
import type { Meeting } from '../../../shared/schemas/index.ts';
import type { Database } from './client.ts';
import { withoutKeys } from './items.ts';
import { meetingKeys } from './meeting-keys.ts';
import { decodeCursor, encodeCursor, type Page, type QueryScope } from './pagination.ts';
import type { PageRequest } from './petition-repository.ts';
import { type TransactStep, transactWrite } from './transactions.ts';

/** A commune copy carries the commune it is for; the meeting itself lists them all. */
const strip = (item: Record<string, unknown>) => withoutKeys<Meeting>(item, ['communeId']);

export interface DateRange {
  /** ISO instant: meetings starting at or after. */
  from?: string;
  /** ISO instant: meetings starting before. */
  to?: string;
}

export class MeetingRepository {
  private readonly db: Database;
  constructor(db: Database) {
    this.db = db;
  }

  private communeSteps(meeting: Meeting): TransactStep[] {
    return meeting.communeIds.map((communeId) => ({
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: {
            ...meeting,
            pk: meetingKeys.pk(meeting.id),
            sk: meetingKeys.communeSk(communeId),
            entity: 'meeting-commune',
            communeId,
            gsi4pk: meetingKeys.commune(communeId),
            gsi4sk: meetingKeys.startSk(meeting),
          },
        },
      },
    }));
  }

  private meetingItem(meeting: Meeting) {
    return {
      ...meeting,
      pk: meetingKeys.pk(meeting.id),
      sk: meetingKeys.meetingSk,
      entity: 'meeting',
      gsi2pk: meetingKeys.council(meeting.councilId),
      gsi2sk: meetingKeys.startSk(meeting),
    };
  }

  async create(meeting: Meeting): Promise<void> {
    await transactWrite(this.db, [
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: this.meetingItem(meeting),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DuplicateError('entity.duplicate'),
      },
      ...this.communeSteps(meeting),
    ]);
  }

  /**
   * Replaces a meeting read at `before`: conditional on its sequence, so two editors
   * cannot overwrite each other; commune copies are rewritten and dropped ones deleted.
   */
  async save(before: Meeting, after: Meeting): Promise<void> {
    const dropped = before.communeIds.filter((c) => !after.communeIds.includes(c));
    await transactWrite(this.db, [
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: this.meetingItem(after),
            ConditionExpression: '#sequence = :sequence',
            ExpressionAttributeNames: { '#sequence': 'sequence' },
            ExpressionAttributeValues: { ':sequence': before.sequence },
          },
        },
        onConditionFailed: () => new ConflictError('entity.conflict'),
      },
      ...this.communeSteps(after),
      ...dropped.map((communeId) => ({
        item: {
          Delete: {
            TableName: this.db.tableName,
            Key: { pk: meetingKeys.pk(before.id), sk: meetingKeys.communeSk(communeId) },
          },
        },
      })),
    ]);
  }

  async get(id: string): Promise<Meeting | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: meetingKeys.pk(id), sk: meetingKeys.meetingSk },
      }),
    );
    return Item ? strip(Item) : undefined;
  }

  /** A council's meetings by start time. */
  listByCouncil(councilId: string, range: DateRange = {}, page: PageRequest = {}) {
    return this.query('gsi2', meetingKeys.council(councilId), range, page);
  }

  /** A commune's meetings by start time, through its index (no Scan). */
  listByCommune(communeId: string, range: DateRange = {}, page: PageRequest = {}) {
    return this.query('gsi4', meetingKeys.commune(communeId), range, page);
  }

  private async query(
    index: 'gsi2' | 'gsi4',
    partition: string,
    range: DateRange,
    page: PageRequest,
  ): Promise<Page<Meeting>> {
    const conditions = [`${index}pk = :pk`];
    const values: Record<string, string> = { ':pk': partition };
    const sortKey: QueryScope['sortKey'] = {};
    if (range.from && range.to) {
      conditions.push(`${index}sk BETWEEN :from AND :to`);
      values[':from'] = sortKey.atLeast = range.from;
      values[':to'] = sortKey.atMost = range.to;
    } else if (range.from) {
      conditions.push(`${index}sk >= :from`);
      values[':from'] = sortKey.atLeast = range.from;
    } else if (range.to) {
      conditions.push(`${index}sk < :to`);
      values[':to'] = sortKey.below = range.to;
    }
    const result = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        IndexName: index,
        KeyConditionExpression: conditions.join(' AND '),
        ExpressionAttributeValues: values,
        Limit: Math.min(Math.max(page.limit ?? 50, 1), 200),
        ExclusiveStartKey: decodeCursor(page.cursor, { index, partition, sortKey }),
      }),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    return { items: (result.Items ?? []).map(strip), ...(nextCursor ? { nextCursor } : {}) };
  }
}
