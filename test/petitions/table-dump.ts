/** The test table's items, read with a Scan (fine in a test: it is never on a request path). */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { TestDatabase } from '../support/database.ts';

/** Every item, or those `filter` (a FilterExpression over `values`) keeps, page after page. */
export async function scanTable(
  database: Pick<TestDatabase, 'db' | 'tableName'>,
  filter?: { expression: string; values: Record<string, unknown> },
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await database.db.doc.send(
      new ScanCommand({
        TableName: database.tableName,
        ExclusiveStartKey: start,
        ConsistentRead: true,
        ...(filter ? { FilterExpression: filter.expression, ExpressionAttributeValues: filter.values } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The whole table, sorted: to prove a request changed nothing. */
export async function dumpTable(database: TestDatabase): Promise<string> {
  const items = await scanTable(database);
  const key = (i: Record<string, unknown>) => `${String(i.pk)}\u0000${String(i.sk)}`;
  return JSON.stringify(items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
}
