/**
 * Every item of one Query, page after page: DynamoDB answers at most 1 MB a page, so a
 * read that needs the whole partition (a petition's supporters, a session's views…) follows
 * LastEvaluatedKey to the end. One Query, however many pages; never a Scan.
 */
import { QueryCommand, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Database } from './client.ts';

export type QueryAllInput = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>;
type Item = NonNullable<QueryCommandOutput['Items']>[number];

export async function queryAll(db: Database, input: QueryAllInput): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({ ...input, TableName: db.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
