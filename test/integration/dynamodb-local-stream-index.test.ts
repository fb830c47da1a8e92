/**
 * The launcher indexes DynamoDB Local's stream records (infra/local/java/LoopbackDynamoDbLocal.java):
 * without the index, every write to a table with a stream scanned every record the server had
 * streamed, for as long as it lived, so each test file on a worker's server paid for all the
 * files before it. This proves the index is made, on a fresh in-memory server and on a data
 * folder opened again, and that a stream still reads back every write in order, from the
 * first table and from one made after another table was deleted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureTable, streamArnOf } from '../../infra/local/create-table.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { freePort } from '../../infra/local/ports.ts';
import { localClient } from '../support/database.ts';

const started: DynamoDbLocal[] = [];
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function start(dataDir?: string): Promise<DynamoDbLocal> {
  const server = await startDynamoDbLocal({ port: await freePort(), ...(dataDir ? { dataDir } : {}) });
  started.push(server);
  return server;
}

/** Every key the table's stream holds, in the order of its records. */
async function streamedKeys(endpoint: string, tableName: string): Promise<string[]> {
  const admin = localClient(endpoint);
  const streams = new DynamoDBStreamsClient({
    endpoint,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const StreamArn = await streamArnOf(admin, tableName);
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn }));
    const keys: string[] = [];
    for (const shard of StreamDescription?.Shards ?? []) {
      let { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({ StreamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
      );
      while (ShardIterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator }));
        for (const record of page.Records ?? []) keys.push(record.dynamodb?.Keys?.sk?.S ?? '?');
        if ((page.Records ?? []).length === 0) break;
        ShardIterator = page.NextShardIterator;
      }
    }
    return keys;
  } finally {
    admin.destroy();
    streams.destroy();
  }
}

async function writeAndRead(server: DynamoDbLocal, tableName: string, count: number): Promise<string[]> {
  const admin = localClient(server.endpoint);
  try {
    await ensureTable(admin, tableName);
    for (let i = 0; i < count; i += 1) {
      await admin.send(
        new PutItemCommand({ TableName: tableName, Item: { pk: { S: 'P' }, sk: { S: `item-${i}` } } }),
      );
    }
    return await streamedKeys(server.endpoint, tableName);
  } finally {
    admin.destroy();
  }
}

describe("DynamoDB Local's stream records", { timeout: 120_000 }, () => {
  it('are indexed in a fresh in-memory server, and its streams read back every write in order', async () => {
    const server = await start();
    expect(server.streamRecordsIndexed).toBe(true);
    const expected = Array.from({ length: 30 }, (_, i) => `item-${i}`);
    expect(await writeAndRead(server, 'first-table', 30)).toEqual(expected);
    const admin = localClient(server.endpoint);
    await admin.send(new DeleteTableCommand({ TableName: 'first-table' }));
    admin.destroy();
    expect(await writeAndRead(server, 'second-table', 30)).toEqual(expected);
  });

  it('are indexed again, with nothing lost, when a data folder is opened a second time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hdnd-stream-index-'));
    folders.push(folder);
    const first = await start(folder);
    expect(first.streamRecordsIndexed).toBe(true);
    await writeAndRead(first, 'kept-table', 5);
    await first.stop();
    const second = await start(folder);
    expect(second.streamRecordsIndexed).toBe(true);
    expect(await writeAndRead(second, 'kept-table', 0)).toEqual(
      Array.from({ length: 5 }, (_, i) => `item-${i}`),
    );
  });
});
