/**
 * A bench table without a stream, for the sections that read none (the scale run, the site
 * builds): DynamoDB Local keeps a record of every write on a stream, and a bulk load without
 * one took half the time (40,000 petitions: 77 s → 34 s on this machine, load average 22).
 */
import { CreateTableCommand, type DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { putAll } from '../../functions/lib/statistics/rebuild.ts';
import { createTableInput } from '../../infra/local/create-table.ts';

export async function createTableWithoutStream(client: DynamoDBClient, tableName: string): Promise<void> {
  const { StreamSpecification: _, ...input } = createTableInput(tableName);
  await client.send(new CreateTableCommand(input));
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
}

/** putAll (BatchWriteItem, 25 a call, unprocessed items retried) from `concurrency` writers at once. */
export async function putAllConcurrently(
  repos: Repositories,
  items: readonly Record<string, unknown>[],
  concurrency = 6,
): Promise<void> {
  const chunk = Math.ceil(items.length / concurrency);
  await Promise.all(
    Array.from({ length: concurrency }, (_, i) => putAll(repos, items.slice(i * chunk, (i + 1) * chunk))),
  );
}
