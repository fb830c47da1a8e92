/**
 * The demo data in a test file's table, copied from a template instead of seeded anew.
 *
 * Seeding the demo data goes through the repositories: about 1,035 requests one after the other
 * (transactions, read-before-writes, the statistics rebuild, the staff search's postings), and
 * some forty test files did it, each for its own table. The first file to ask for the demo
 * data of a given `now` seeds a template table with `seedDemoData` itself, its writes gathered
 * into parallel BatchWriteItem calls (`bufferWrites`, buffered-writes.ts: about 200 requests,
 * the same items); every other file waits for that seed alone (while its heartbeat goes on),
 * then copies the table's items (one Scan, BatchWriteItem in four lanes). The data is exactly
 * what `seedDemoData(repos, now)` writes, so a test sees no difference except that its table's
 * stream holds one INSERT per item rather than the seed's sequence of writes.
 *
 * Without a `now`, the demo data is that of the current five-minute window's start (the same
 * calendar day in Việt Nam, as every window starts on a multiple of five minutes), so the files
 * of one run share a template; the time it is returned, for a test that runs its app at it.
 */
import { createHash } from 'node:crypto';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { createDatabase, createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { ensureTable } from '../../infra/local/create-table.ts';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { demoSessions } from '../../infra/local/demo/sessions.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import type { ReferenceRecords } from '../../shared/reference-data.ts';
import { batchPut, bufferWrites } from './buffered-writes.ts';
import { localClient, type TestDatabase } from './database.ts';

const WINDOW_MS = 5 * 60_000;
/** How often the file seeding a template says it is still at it. */
const HEARTBEAT_MS = 1_000;
/** How long a waiting file takes a template's silence (no heartbeat, no marker) to mean its seed stopped. */
const SILENCE_MS = 30_000;

/** The `now` of the demo data a file gets when it gives none: the start of the current window. */
export function demoSeedTime(at = Date.now()): Date {
  return new Date(Math.floor(at / WINDOW_MS) * WINDOW_MS);
}

const templateName = (now: Date) => `demo-template-${now.getTime()}`;

/**
 * The marker of a complete seed (seedDemoData writes SEED/DEMO last, `seedFromTemplate`
 * SEED/TEMPLATE), and the seeding file's heartbeat (SEED/LEASE), which no copy takes.
 */
const marker = (sk: 'DEMO' | 'TEMPLATE' | 'LEASE') => ({ pk: { S: 'SEED' }, sk: { S: sk } });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True once the template's seed is complete: its marker is written last. */
async function seeded(admin: DynamoDBClient, tableName: string, sk: 'DEMO' | 'TEMPLATE'): Promise<boolean> {
  const { Item } = await admin.send(new GetItemCommand({ TableName: tableName, Key: marker(sk) }));
  return Item !== undefined;
}

/**
 * Seeds the template through the repositories with their writes batched (`bufferWrites`: the
 * same items, a fifth of the requests), beating SEED/LEASE every second until it is done, or
 * marking it failed if the seed throws.
 */
async function seedTemplate(
  admin: DynamoDBClient,
  endpoint: string,
  tableName: string,
  seed: (repos: Repositories) => Promise<void>,
  sk: 'DEMO' | 'TEMPLATE',
): Promise<void> {
  let beats = 0;
  const beat = (state: 'seeding' | 'failed') => {
    beats += 1;
    return admin.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { ...marker('LEASE'), state: { S: state }, beats: { N: String(beats) } },
      }),
    );
  };
  await beat('seeding');
  let last: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(() => {
    last = beat('seeding').catch(() => undefined);
  }, HEARTBEAT_MS);
  try {
    const db = createDatabase({ tableName, endpoint });
    // The markers go to the server last, after every item the seed wrote.
    const writes = bufferWrites(db, endpoint, { direct: ({ pk }) => pk === 'SEED' });
    await seed(createRepositories(db));
    await writes.flush();
    if (sk === 'TEMPLATE') await admin.send(new PutItemCommand({ TableName: tableName, Item: marker(sk) }));
  } catch (error) {
    clearInterval(heartbeat);
    await last;
    await beat('failed').catch(() => undefined);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * The name of a template table that holds what `seed` writes, once it does; undefined if
 * another file's seed stopped before it completed. The first file to ask for `tableName`
 * seeds it and writes the marker item last; the others wait for that marker as long as the
 * seed goes on (its heartbeat moves), and no longer: once it failed, or fell silent for
 * SILENCE_MS (its file's worker ended), they seed their own tables at once.
 */
async function template(
  admin: DynamoDBClient,
  endpoint: string,
  tableName: string,
  seed: (repos: Repositories) => Promise<void>,
  sk: 'DEMO' | 'TEMPLATE',
): Promise<string | undefined> {
  if (await ensureTable(admin, tableName)) {
    await seedTemplate(admin, endpoint, tableName, seed, sk);
    return tableName;
  }
  let beats: string | undefined;
  let heard = Date.now();
  for (;;) {
    if (await seeded(admin, tableName, sk)) return tableName;
    const { Item } = await admin.send(
      new GetItemCommand({ TableName: tableName, Key: marker('LEASE'), ConsistentRead: true }),
    );
    if (Item?.state?.S === 'failed') return undefined;
    if (Item?.beats?.N !== beats) {
      beats = Item?.beats?.N;
      heard = Date.now();
    } else if (Date.now() - heard > SILENCE_MS) {
      return undefined;
    }
    await sleep(200);
  }
}

/** Every item of `source` but its lease written into `target` (one Scan, BatchWriteItem in four lanes). */
async function copyTable(
  admin: DynamoDBClient,
  source: string,
  target: string,
  skip?: 'TEMPLATE',
): Promise<void> {
  const requests: Record<string, AttributeValue>[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await admin.send(
      new ScanCommand({ TableName: source, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    for (const Item of page.Items ?? []) {
      if (Item.pk?.S === 'SEED' && (Item.sk?.S === 'LEASE' || Item.sk?.S === skip)) continue;
      requests.push(Item);
    }
    start = page.LastEvaluatedKey as typeof start;
  } while (start);
  await batchPut(
    (RequestItems) => admin.send(new BatchWriteItemCommand({ RequestItems: RequestItems as never })),
    target,
    requests,
  );
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
