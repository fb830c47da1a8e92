/** The whole test table, sorted: to prove a request changed nothing (a Scan is fine in a test). */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { TestDatabase } from '../support/database.ts';

export async function dumpTable(database: TestDatabase): Promise<string> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await database.db.doc.send(
      new ScanCommand({ TableName: database.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  const key = (i: Record<string, unknown>) => `${String(i.pk)}\u0000${String(i.sk)}`;
  return JSON.stringify(items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
}
