/**
 * Reads items back from the table by key, in the order asked: what a list does after a Query
 * on an index that carries only keys (shared/table.ts, INDEX_PROJECTIONS). BatchGetItem, 100
 * keys a call, the unprocessed keys asked again; an item deleted in between is left out.
 */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../../../shared/table.ts';
import type { Database } from './client.ts';

type Item = Record<string, unknown>;

const BATCH = 100;
const MAX_ATTEMPTS = 8;

const keyOf = (item: Item): Item => ({
  [TABLE.partitionKey.name]: item[TABLE.partitionKey.name],
  [TABLE.sortKey.name]: item[TABLE.sortKey.name],
});
const idOf = (item: Item) => `${item[TABLE.partitionKey.name]}\u0000${item[TABLE.sortKey.name]}`;

export async function readItems(db: Database, keys: readonly Item[]): Promise<Item[]> {
  const found = new Map<string, Item>();
  for (let start = 0; start < keys.length; start += BATCH) {
    let pending: Item[] = keys.slice(start, start + BATCH).map(keyOf);
    for (let attempt = 1; pending.length; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error('BatchGetItem left keys unprocessed after retries');
      const result = await db.doc.send(
        new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: pending } } }),
      );
      for (const item of result.Responses?.[db.tableName] ?? []) found.set(idOf(item), item);
      pending = (result.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Item[];
      if (pending.length) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 10));
    }
  }
  return keys.flatMap((key) => {
    const item = found.get(idOf(key));
    return item ? [item] : [];
  });
}
