/**
 * The demo data in a test file's table, copied from a template instead of seeded anew.
 *
 * Seeding the demo data goes through the repositories: about 350 requests one after the other
 * (transactions, read-before-writes, the statistics rebuild), 1.5–4 s of DynamoDB Local's CPU,
 * and some forty test files did it, each for its own table. The first file to ask for the demo
 * data of a given `now` seeds a template table with `seedDemoData` itself; every other file
 * copies that table's items (one Scan, BatchWriteItem in four lanes): the same items, a third
 * of the work. The data is exactly what `seedDemoData(repos, now)` writes, so a test sees no
 * difference except that its table's stream holds one INSERT per item rather than the seed's
 * sequence of writes.
 *
 * Without a `now`, the demo data is that of the current five-minute window's start (the same
 * calendar day in Việt Nam, as every window starts on a multiple of five minutes), so the files
 * of one run share a template; the time it is returned, for a test that runs its app at it.
 */
import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  ScanCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { createDatabase, createRepositories } from '../../functions/lib/data/index.ts';
import { ensureTable } from '../../infra/local/create-table.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { localClient, type TestDatabase } from './database.ts';

const WINDOW_MS = 5 * 60_000;
/** How long a file waits for another file's template before seeding its own table itself. */
const TEMPLATE_WAIT_MS = 120_000;

/** The `now` of the demo data a file gets when it gives none: the start of the current window. */
export function demoSeedTime(at = Date.now()): Date {
  return new Date(Math.floor(at / WINDOW_MS) * WINDOW_MS);
}

const templateName = (now: Date) => `demo-template-${now.getTime()}`;

/** True once the template's seed is complete: seedDemoData writes its marker last. */
async function seeded(admin: DynamoDBClient, tableName: string): Promise<boolean> {
  const { Item } = await admin.send(
    new GetItemCommand({ TableName: tableName, Key: { pk: { S: 'SEED' }, sk: { S: 'DEMO' } } }),
  );
  return Item !== undefined;
}

/** The template's name once it holds the demo data of `now`; undefined if another file's never did. */
async function template(admin: DynamoDBClient, endpoint: string, now: Date): Promise<string | undefined> {
  const tableName = templateName(now);
  if (await ensureTable(admin, tableName)) {
    await seedDemoData(createRepositories(createDatabase({ tableName, endpoint })), now);
    return tableName;
  }
  const deadline = Date.now() + TEMPLATE_WAIT_MS;
  while (Date.now() < deadline) {
    if (await seeded(admin, tableName)) return tableName;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

async function writeAll(admin: DynamoDBClient, tableName: string, requests: WriteRequest[]): Promise<void> {
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += 25) batches.push(requests.slice(i, i + 25));
  await Promise.all(
    [0, 1, 2, 3].map(async (lane) => {
      for (let b = lane; b < batches.length; b += 4) {
        let pending = batches[b]!;
        for (let attempt = 1; pending.length > 0; attempt++) {
          if (attempt > 10) throw new Error('DynamoDB Local left items unprocessed after 10 attempts');
          const out = await admin.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
          pending = out.UnprocessedItems?.[tableName] ?? [];
          if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
        }
      }
    }),
  );
}

/**
 * The demo data of `now` (default: `demoSeedTime()`) in the test file's table, as
 * `seedDemoData(database.repos, now)` writes it; returns that `now`.
 */
export async function seedDemoCopy(database: TestDatabase, now: Date = demoSeedTime()): Promise<Date> {
  const admin = localClient(database.endpoint);
  try {
    const source = await template(admin, database.endpoint, now);
    if (!source) {
      await seedDemoData(database.repos, now);
      return now;
    }
    const requests: WriteRequest[] = [];
    let start: Record<string, never> | undefined;
    do {
      const page = await admin.send(
        new ScanCommand({ TableName: source, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const Item of page.Items ?? []) requests.push({ PutRequest: { Item } });
      start = page.LastEvaluatedKey as typeof start;
    } while (start);
    await writeAll(admin, database.tableName, requests);
    return now;
  } finally {
    admin.destroy();
  }
}
