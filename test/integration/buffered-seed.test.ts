/**
 * The demo-data template's seed with its writes batched (test/support/buffered-writes.ts) holds
 * exactly what the seed writes one request after the other, and a file waiting for another's
 * template waits for that seed alone (test/support/demo-template.ts).
 */
import { createHash } from 'node:crypto';
import {
  type AttributeValue,
  ConditionalCheckFailedException,
  DeleteTableCommand,
  PutItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { createRepositories } from '../../functions/lib/data/index.ts';
import { ensureTable } from '../../infra/local/create-table.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { bufferWrites } from '../support/buffered-writes.ts';
import {
  createTestDatabase,
  localClient,
  type TestDatabase,
  testDynamoDbEndpoint,
} from '../support/database.ts';
import { seedFromTemplate } from '../support/demo-template.ts';

const tables: TestDatabase[] = [];
const table = async (prefix: string) => {
  const t = await createTestDatabase(prefix);
  tables.push(t);
  return t;
};
/** Template tables a test made, dropped after it as the test tables are. */
const templates: string[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(tables.splice(0).map((t) => t.drop()));
  const endpoint = testDynamoDbEndpoint();
  if (!endpoint) return;
  const admin = localClient(endpoint);
  await Promise.all(
    templates.splice(0).map((TableName) => admin.send(new DeleteTableCommand({ TableName }))),
  );
  admin.destroy();
});

/** Every item of the table, each with its attributes in name order, sorted. */
async function contents(t: Pick<TestDatabase, 'endpoint' | 'tableName'>): Promise<string[]> {
  const admin = localClient(t.endpoint);
  const items: string[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await admin.send(new ScanCommand({ TableName: t.tableName, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      items.push(JSON.stringify(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  admin.destroy();
  return items.sort();
}

describe('a seed with its writes batched', () => {
  it('holds item for item what the demo seed writes one request after the other, in a fifth of the requests', async () => {
    // The statistics rebuild stamps its thresholds with the clock: the same clock for both seeds.
    const now = new Date('2026-11-21T03:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(now.getTime() + 1_234) });
    const plain = await table('plain');
    const batched = await table('batched');
    await seedDemoData(plain.repos, now);
    const writes = bufferWrites(batched.db, batched.endpoint, { direct: ({ pk }) => pk === 'SEED' });
    await seedDemoData(batched.repos, now);
    await writes.flush();

    const expected = await contents(plain);
    expect(expected.length).toBeGreaterThan(1_000);
    expect(await contents(batched)).toEqual(expected);
    const requests = writes.counts.sent + writes.counts.batches;
    expect(requests).toBeLessThan(plain.history.length / 4);
  }, 180_000);

  it('writes what the server would for puts, counters, transactions and reads in between', async () => {
    const direct = await table('direct');
    const batched = await table('batched');
    const writes = bufferWrites(batched.db, batched.endpoint);
    const steps = async (t: TestDatabase) => {
      const TableName = t.tableName;
      const send = (command: unknown) => t.db.doc.send(command as never) as Promise<Record<string, unknown>>;
      const count = (sk: string, delta: number) =>
        send(
          new UpdateCommand({
            TableName,
            Key: { pk: 'C', sk },
            UpdateExpression: 'SET entity = :e, #label = :l ADD postings :d',
            ExpressionAttributeNames: { '#label': 'label' },
            ExpressionAttributeValues: { ':e': 'count', ':l': `after ${delta}`, ':d': delta },
          }),
        );
      await send(new PutCommand({ TableName, Item: { pk: 'A', sk: '1', n: 1, tags: new Set(['x']) } }));
      await send(new PutCommand({ TableName, Item: { pk: 'A', sk: '1', n: 2 } }));
      await count('w', 3);
      await count('w', -1);
      await Promise.all([count('v', 1), count('u', 2)]);
      await count('u', 5);
      await send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: { TableName, Item: { pk: 'T', sk: '1' }, ConditionExpression: 'attribute_not_exists(pk)' },
            },
            {
              Update: {
                TableName,
                Key: { pk: 'C', sk: 'w' },
                UpdateExpression: 'ADD postings :d',
                ExpressionAttributeValues: { ':d': 10 },
              },
            },
          ],
        }),
      );
      const read = await send(new GetCommand({ TableName, Key: { pk: 'C', sk: 'w' }, ConsistentRead: true }));
      const query = await send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': 'C' },
        }),
      );
      // What the buffer cannot decide goes to the server: if_not_exists, then ADD on what it wrote.
      await send(
        new UpdateCommand({
          TableName,
          Key: { pk: 'C', sk: 'w' },
          UpdateExpression: 'SET firstSeen = if_not_exists(firstSeen, :f)',
          ExpressionAttributeValues: { ':f': 'yes' },
        }),
      );
      await count('w', 100);
      const refused = await send(
        new PutCommand({
          TableName,
          Item: { pk: 'A', sk: '1', n: 3 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ).catch((error: unknown) => error);
      await send(new PutCommand({ TableName, Item: { pk: 'Z', sk: 'last' } }));
      return { read: read.Item, count: (query.Items as unknown[]).length, refused };
    };

    const expected = await steps(direct);
    const seen = await steps(batched);
    await writes.flush();

    expect(expected.read).toEqual({ pk: 'C', sk: 'w', entity: 'count', label: 'after -1', postings: 12 });
    expect(seen.read).toEqual(expected.read);
    expect(seen.count).toBe(3);
    expect(expected.refused).toBeInstanceOf(ConditionalCheckFailedException);
    expect(seen.refused).toBeInstanceOf(ConditionalCheckFailedException);
    expect(await contents(batched)).toEqual(await contents(direct));
    expect(writes.counts.kept).toBeGreaterThan(writes.counts.sent);
  });
});

describe('a file waiting for another file’s template', () => {
  const records = [{ pk: 'R', sk: '1', entity: 'record' }];
  const seedRecords = (repos: ReturnType<typeof createRepositories>) =>
    repos.db.doc
      .send(new PutCommand({ TableName: repos.db.tableName, Item: records[0] }))
      .then(() => undefined);
  const templateOf = (key: string) => {
    const name = `seed-template-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
    if (!templates.includes(name)) templates.push(name);
    return name;
  };

  it('seeds its own table at once when that seed failed, rather than waiting for it', async () => {
    const t = await table('waiter');
    const key = `failed ${Math.random()}`;
    const admin = localClient(t.endpoint);
    await ensureTable(admin, templateOf(key));
    await admin.send(
      new PutItemCommand({
        TableName: templateOf(key),
        Item: { pk: { S: 'SEED' }, sk: { S: 'LEASE' }, state: { S: 'failed' }, beats: { N: '2' } },
      }),
    );
    admin.destroy();
    const started = Date.now();
    const seed = vi.fn(seedRecords);
    await seedFromTemplate(t, key, seed);

    expect(Date.now() - started).toBeLessThan(10_000);
    expect(seed).toHaveBeenCalledOnce();
    expect(seed.mock.calls[0]![0].db.tableName).toBe(t.tableName);
    expect(await contents(t)).toEqual([
      JSON.stringify([
        ['entity', { S: 'record' }],
        ['pk', { S: 'R' }],
        ['sk', { S: '1' }],
      ]),
    ]);
  });

  it('waits while the seed goes on and copies its items, never its heartbeat', async () => {
    const first = await table('first');
    const second = await table('second');
    const key = `shared ${Math.random()}`;
    const seed = vi.fn(async (repos: ReturnType<typeof createRepositories>) => {
      // Slower than a heartbeat: the waiting file sees the seed beat before its marker.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await seedRecords(repos);
    });
    await Promise.all([seedFromTemplate(first, key, seed), seedFromTemplate(second, key, seed)]);

    expect(seed).toHaveBeenCalledOnce();
    expect(seed.mock.calls[0]![0].db.tableName).toBe(templateOf(key));
    const expected = [
      JSON.stringify([
        ['entity', { S: 'record' }],
        ['pk', { S: 'R' }],
        ['sk', { S: '1' }],
      ]),
    ];
    expect(await contents(first)).toEqual(expected);
    expect(await contents(second)).toEqual(expected);
    const template = await contents({ endpoint: first.endpoint, tableName: templateOf(key) });
    expect(template.some((item) => item.includes('"LEASE"'))).toBe(true);
  });
});
