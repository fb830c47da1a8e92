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
import { createHash } from 'node:crypto';
import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { createDatabase, createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { ensureTable } from '../../infra/local/create-table.ts';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { demoSessions } from '../../infra/local/demo/sessions.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import type { ReferenceRecords } from '../../shared/reference-data.ts';
import { localClient, type TestDatabase } from './database.ts';

const WINDOW_MS = 5 * 60_000;
/** How long a file waits for another file's template before seeding its own table itself. */
const TEMPLATE_WAIT_MS = 120_000;

/** The `now` of the demo data a file gets when it gives none: the start of the current window. */
export function demoSeedTime(at = Date.now()): Date {
  return new Date(Math.floor(at / WINDOW_MS) * WINDOW_MS);
}

const templateName = (now: Date) => `demo-template-${now.getTime()}`;

/** The marker of a complete seed: seedDemoData writes SEED/DEMO last, `seedFromTemplate` SEED/TEMPLATE. */
const marker = (sk: 'DEMO' | 'TEMPLATE') => ({ pk: { S: 'SEED' }, sk: { S: sk } });

/** True once the template's seed is complete: its marker is written last. */
async function seeded(admin: DynamoDBClient, tableName: string, sk: 'DEMO' | 'TEMPLATE'): Promise<boolean> {
  const { Item } = await admin.send(new GetItemCommand({ TableName: tableName, Key: marker(sk) }));
  return Item !== undefined;
}

/**
 * The name of a template table that holds what `seed` writes, once it does; undefined if
 * another file's seed never completed. The first file to ask for `tableName` seeds it and
 * writes the marker item last; the others wait for that marker.
 */
async function template(
  admin: DynamoDBClient,
  endpoint: string,
  tableName: string,
  seed: (repos: Repositories) => Promise<void>,
  sk: 'DEMO' | 'TEMPLATE',
): Promise<string | undefined> {
  if (await ensureTable(admin, tableName)) {
    await seed(createRepositories(createDatabase({ tableName, endpoint })));
    if (sk === 'TEMPLATE') await admin.send(new PutItemCommand({ TableName: tableName, Item: marker(sk) }));
    return tableName;
  }
  const deadline = Date.now() + TEMPLATE_WAIT_MS;
  while (Date.now() < deadline) {
    if (await seeded(admin, tableName, sk)) return tableName;
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

/** Every item of `source` written into `target` (one Scan, BatchWriteItem in four lanes). */
async function copyTable(
  admin: DynamoDBClient,
  source: string,
  target: string,
  skip?: 'TEMPLATE',
): Promise<void> {
  const requests: WriteRequest[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await admin.send(
      new ScanCommand({ TableName: source, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    for (const Item of page.Items ?? []) {
      if (skip && Item.pk?.S === 'SEED' && Item.sk?.S === skip) continue;
      requests.push({ PutRequest: { Item } });
    }
    start = page.LastEvaluatedKey as typeof start;
  } while (start);
  await writeAll(admin, target, requests);
}

/**
 * The demo data of `now` (default: `demoSeedTime()`) in the test file's table, as
 * `seedDemoData(database.repos, now)` writes it; returns that `now`.
 */
export async function seedDemoCopy(
  database: Pick<TestDatabase, 'endpoint' | 'tableName' | 'repos'>,
  now: Date = demoSeedTime(),
): Promise<Date> {
  const admin = localClient(database.endpoint);
  try {
    const source = await template(
      admin,
      database.endpoint,
      templateName(now),
      async (repos) => {
        await seedDemoData(repos, now);
      },
      'DEMO',
    );
    if (!source) {
      await seedDemoData(database.repos, now);
      return now;
    }
    await copyTable(admin, source, database.tableName);
    return now;
  } finally {
    admin.destroy();
  }
}

/**
 * What `seed(database.repos)` writes, copied from a template table that the first file with
 * the same `key` seeded: for a seed that is a pure function of `key` (e.g. the JSON of the
 * records it writes), so every file of a run with the same records shares one template. The
 * copy does not pass through `database.db`, so `database.sent` does not list the seed's writes.
 */
export async function seedFromTemplate(
  database: TestDatabase,
  key: string,
  seed: (repos: Repositories) => Promise<void>,
): Promise<void> {
  const tableName = `seed-template-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
  const admin = localClient(database.endpoint);
  try {
    const source = await template(admin, database.endpoint, tableName, seed, 'TEMPLATE');
    if (!source) {
      await seed(database.repos);
      return;
    }
    await copyTable(admin, source, database.tableName, 'TEMPLATE');
  } finally {
    admin.destroy();
  }
}

/**
 * The demo data's reference records alone (councils, units, fields, agencies, sessions), as
 * `seedDemoData` writes them first, copied from a template keyed by the records: for a file
 * whose tests read the reference data and make their own petitions, and read no demo petition,
 * meeting or statistic. Its template serves a whole run (the records change with the day, not
 * every five minutes as the demo data's does), so such a file no longer seeds, or waits for,
 * the current window's demo template. Returns the `now` the records are of.
 */
export async function seedDemoReferenceCopy(
  database: TestDatabase,
  now: Date = demoSeedTime(),
): Promise<Date> {
  const reference = demoReference(demoSessions(demoActivity(now).sessions, now).sessions);
  await seedFromTemplate(database, JSON.stringify({ reference }), async (repos) => {
    for (const kind of Object.keys(reference) as (keyof ReferenceRecords)[]) {
      for (const record of reference[kind]) await repos.reference.create(kind, record as never);
    }
  });
  return now;
}
