/**
 * What the repositories of staff-edited entities (meetings, oversight activities and items,
 * interpellations, resolutions, sessions) do alike: read one item by its key, write a new one
 * only where none is, replace one only at the version it was read at, and read an index's
 * partition a page at a time. Keys stay with each entity (`<entity>-keys.ts`); this builds
 * the requests around them.
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, DuplicateError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { IndexName } from '../../../shared/table.ts';
import type { Database } from './client.ts';
import { withoutKeys } from './items.ts';
import { decodeCursor, encodeCursor, type Page, type QueryScope } from './pagination.ts';
import type { PageRequest } from './petition-repository.ts';
import { conditional, type TransactStep } from './transactions.ts';

type Item = Record<string, unknown>;

/** The item at `key` (one GetItem) as its domain type: keys and entity tag removed, and `also`. */
export async function readItem<T>(
  db: Database,
  key: { pk: string; sk: string },
  also: readonly string[] = [],
): Promise<T | undefined> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: key }));
  return Item ? withoutKeys<T>(Item, also) : undefined;
}

/** A Put of a new item: a DuplicateError when its key is taken. */
export function putNew(db: Database, item: Item): TransactStep {
  return {
    item: { Put: { TableName: db.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
    onConditionFailed: () => new DuplicateError('entity.duplicate'),
  };
}

/**
 * A Put that replaces the item read when its `attribute` (`version`, or a meeting's and an
 * activity's `sequence`) was `expected`: a ConflictError when somebody saved since.
 */
export function putAtVersion(
  db: Database,
  item: Item,
  read: { attribute: 'version' | 'sequence'; expected: number; conflict?: MessageKey },
): TransactStep {
  return {
    item: {
      Put: {
        TableName: db.tableName,
        Item: item,
        ConditionExpression: `#${read.attribute} = :${read.attribute}`,
        ExpressionAttributeNames: { [`#${read.attribute}`]: read.attribute },
        ExpressionAttributeValues: { [`:${read.attribute}`]: read.expected },
      },
    },
    onConditionFailed: () => new ConflictError(read.conflict ?? 'entity.conflict'),
  };
}

/**
 * One Put step written on its own (a PutItem, not a transaction of one: half the write units),
 * its failed condition turned into the step's domain error as in a transaction.
 */
export async function writeAlone(db: Database, step: TransactStep): Promise<void> {
  const put = step.item.Put;
  const onConditionFailed = step.onConditionFailed;
  if (!put || !onConditionFailed) throw new Error('writeAlone takes a conditional Put');
  await conditional(() => db.doc.send(new PutCommand(put)), onConditionFailed);
}

/** One page of an index's partition, within `sortKey`'s bounds. */
export interface IndexPageQuery {
  index: IndexName;
  partition: string;
  sortKey?: QueryScope['sortKey'];
  /** Highest sort key first. */
  newestFirst?: boolean;
  /** Its `limit` is kept within 1 to 200, 50 when not given. */
  page: PageRequest;
}

/** The key condition on `index` for `partition` and the sort key's bounds. */
function keyCondition({ index, partition, sortKey = {} }: IndexPageQuery) {
  const conditions = [`${index}pk = :pk`];
  const values: Record<string, string> = { ':pk': partition };
  const { atLeast, atMost, below } = sortKey;
  if (atLeast !== undefined && atMost !== undefined) {
    conditions.push(`${index}sk BETWEEN :from AND :to`);
    Object.assign(values, { ':from': atLeast, ':to': atMost });
  } else if (atLeast !== undefined) {
    conditions.push(`${index}sk >= :from`);
    values[':from'] = atLeast;
  } else if (atMost !== undefined) {
    conditions.push(`${index}sk <= :to`);
    values[':to'] = atMost;
  }
  if (below !== undefined) {
    conditions.push(`${index}sk < :below`);
    values[':below'] = below;
  }
  return { KeyConditionExpression: conditions.join(' AND '), ExpressionAttributeValues: values };
}

/** One Query of a page, the cursor checked against the query it continues; the items as stored. */
export async function queryIndexPage(db: Database, query: IndexPageQuery): Promise<Page<Item>> {
  const { index, partition, sortKey, page } = query;
  const result = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: index,
      ...keyCondition(query),
      ...(query.newestFirst ? { ScanIndexForward: false } : {}),
      Limit: Math.min(Math.max(page.limit ?? 50, 1), 200),
      ExclusiveStartKey: decodeCursor(page.cursor, { index, partition, sortKey }),
    }),
  );
  const nextCursor = encodeCursor(result.LastEvaluatedKey);
  return { items: result.Items ?? [], ...(nextCursor ? { nextCursor } : {}) };
}

/** How many items an index's partition holds: a COUNT Query, page after page (each page is read capacity). */
export async function countIndexPartition(
  db: Database,
  index: IndexName,
  partition: string,
): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk`,
        ExpressionAttributeValues: { ':pk': partition },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += result.Count ?? 0;
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return count;
}
