/**
 * What the site sections of the bench build against: for each size, a fresh table on a
 * DynamoDB Local of the section's own (the stack's is full of the other sections' data by
 * then), holding the demo data plus that many published results, and a public API over it.
 */
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDatabase, createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { listen } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { createTableWithoutStream } from './bench-table.ts';
import { seedPublishedResults } from './published-results.ts';

export interface ResultsApi {
  /** The public API's base URL. */
  url: string;
  repos: Repositories;
}

/** Runs `use` against a public API over `tableName` with `results` published results, then drops the table. */
export async function withResultsApi<T>(
  stack: LocalStack,
  dynamo: DynamoDbLocal,
  tableName: string,
  results: number,
  use: (api: ResultsApi) => Promise<T>,
): Promise<T> {
  const { AWS_REGION: region } = stack.config;
  const admin = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region,
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  await createTableWithoutStream(admin, tableName);
  const repos = createRepositories(createDatabase({ tableName, region, endpoint: dynamo.endpoint }));
  await seedDemoData(repos);
  await seedPublishedResults(repos, results);
  const api = await listen(
    createPublicApp({ repos, config: { ...stack.config, TABLE_NAME: tableName } }),
    await freePort(),
  );
  try {
    return await use({ url: api.url, repos });
  } finally {
    await api.close();
    repos.db.doc.destroy();
    // DynamoDB Local keeps tables in its heap: the next, larger site gets the room.
    await admin.send(new DeleteTableCommand({ TableName: tableName }));
    admin.destroy();
  }
}

/** Measures each size in turn on a DynamoDB Local started for the section (for bulk loads), and stops it. */
export async function eachSize<T>(
  sizes: number[],
  measure: (dynamo: DynamoDbLocal, size: number) => Promise<T>,
): Promise<T[]> {
  const dynamo = await startDynamoDbLocal({ port: await freePort(), bulkLoad: true });
  const out: T[] = [];
  try {
    for (const size of sizes) out.push(await measure(dynamo, size));
  } finally {
    await dynamo.stop();
  }
  return out;
}
