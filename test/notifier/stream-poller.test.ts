import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../functions/notifier/stream-event.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { localStreamsClient, startStreamPoller } from '../../infra/local/stream-poller.ts';
import { createTestDatabase, localClient, type TestDatabase } from '../support/database.ts';

let t: TestDatabase;
let checkpoints: string;
beforeAll(async () => {
  t = await createTestDatabase('poller');
  checkpoints = mkdtempSync(join(tmpdir(), 'hdnd-poller-'));
});
afterAll(async () => {
  await t.drop();
  rmSync(checkpoints, { recursive: true, force: true });
});

async function put(pk: string, n: number) {
  await t.db.doc.send(new PutCommand({ TableName: t.tableName, Item: { pk, sk: `ITEM#${n}`, n } }));
}

async function streamArn() {
  const admin = localClient(t.endpoint);
  try {
    return await streamArnOf(admin, t.tableName);
  } finally {
    admin.destroy();
  }
}

describe('local stream poller', () => {
  it("delivers Lambda's event shape and, after a batch item failure, delivers again from that record", async () => {
    // Written first and read from the start of the stream, so the three come as one batch.
    await put('A', 1);
    await put('A', 2);
    await put('A', 3);
    const batches: StreamEvent['Records'][] = [];
    const poller = await startStreamPoller({
      client: localStreamsClient(t.endpoint),
      streamArn: await streamArn(),
      from: 'trim_horizon',
      pollIntervalMs: 20,
      log: () => undefined,
      handler: async (event) => {
        batches.push(event.Records);
        // The first time, the second record fails.
        const failed = batches.length === 1 ? event.Records[1]?.dynamodb?.SequenceNumber : undefined;
        return { batchItemFailures: failed ? [{ itemIdentifier: failed }] : [] };
      },
    });
    try {
      await expect
        .poll(() => batches.flat().filter((r) => r.dynamodb?.NewImage?.n?.N === '3').length, {
          timeout: 10_000,
        })
        .toBe(2);
      await poller.settled();
    } finally {
      await poller.stop();
    }

    const all = batches.flat();
    const first = all[0]!;
    expect(first).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      dynamodb: { Keys: { pk: { S: 'A' }, sk: { S: 'ITEM#1' } }, NewImage: { n: { N: '1' } } },
    });
    expect(typeof first.eventID).toBe('string');
    expect(typeof first.dynamodb?.ApproximateCreationDateTime).toBe('number');
    // Each record reached the handler once, except the failed one and those after it, twice.
    const deliveries = (n: string) => all.filter((r) => r.dynamodb?.NewImage?.n?.N === n).length;
    expect([deliveries('1'), deliveries('2'), deliveries('3')]).toEqual([1, 2, 2]);
    const retry = batches.find((b) => b[0]?.dynamodb?.NewImage?.n?.N === '2' && batches.indexOf(b) > 0);
    expect(retry?.map((r) => r.dynamodb?.NewImage?.n?.N)).toEqual(['2', '3']);
  });

  it('gives up on a record that keeps failing after the last attempt, and goes on', async () => {
    const log: string[] = [];
    const seen: string[] = [];
    const poller = await startStreamPoller({
      client: localStreamsClient(t.endpoint),
      streamArn: await streamArn(),
      pollIntervalMs: 10,
      maxAttempts: 3,
      log: (message) => log.push(message),
      handler: async (event) => {
        const failures = [];
        for (const r of event.Records) {
          seen.push(r.dynamodb?.NewImage?.pk?.S ?? '');
          if (r.dynamodb?.NewImage?.pk?.S === 'POISON')
            failures.push({ itemIdentifier: r.dynamodb.SequenceNumber! });
        }
        return { batchItemFailures: failures };
      },
    });
    try {
      await put('POISON', 1);
      await expect
        .poll(() => log.some((m) => m.startsWith('giving up after 3 attempts')), { timeout: 10_000 })
        .toBe(true);
      await put('AFTER', 1);
      await expect.poll(() => seen.includes('AFTER'), { timeout: 10_000 }).toBe(true);
    } finally {
      await poller.stop();
    }
    expect(seen.filter((pk) => pk === 'POISON')).toHaveLength(3);
  });

  describe('with a checkpoint folder (npm start -- --persist)', () => {
    /** Every record of partition `pk` the handler saw, as its n, in order. */
    function recorder(pk: string, failing: (n: string) => boolean = () => false) {
      const seen: string[] = [];
      const handler = async (event: StreamEvent) => {
        const failures = [];
        for (const r of event.Records) {
          if (r.dynamodb?.NewImage?.pk?.S !== pk) continue;
          const n = r.dynamodb.NewImage.n?.N ?? '';
          seen.push(n);
          if (failing(n)) failures.push({ itemIdentifier: r.dynamodb.SequenceNumber! });
        }
        return { batchItemFailures: failures };
      };
      return { seen, handler };
    }

    async function poller(
      dir: string,
      handler: (event: StreamEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>,
    ) {
      return startStreamPoller({
        client: localStreamsClient(t.endpoint),
        streamArn: await streamArn(),
        handler,
        checkpointDir: dir,
        pollIntervalMs: 20,
        log: () => undefined,
      });
    }

    it('hands a new poller what was written while none ran, each record once, and nothing older', async () => {
      const dir = join(checkpoints, 'resume');
      const { seen, handler } = recorder('RESUME');
      await put('RESUME', 0); // before the first start: never delivered, as with no checkpoint

      const first = await poller(dir, handler);
      await put('RESUME', 1);
      await expect.poll(() => [...seen], { timeout: 10_000 }).toEqual(['1']);
      await first.settled();
      await first.stop();

      // The stack is down (it crashed): these wait in the stream.
      await put('RESUME', 2);
      await put('RESUME', 3);
      const second = await poller(dir, handler);
      await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(3);
      await second.settled();
      await second.stop();

      const third = await poller(dir, handler);
      await third.settled();
      await third.stop();
      expect(seen).toEqual(['1', '2', '3']);
    });

    it('resumes from the first record that had not succeeded when the poller stopped', async () => {
      const dir = join(checkpoints, 'failing');
      const before = recorder('FAILING', (n) => n === '2');
      const first = await poller(dir, before.handler);
      await put('FAILING', 1);
      await put('FAILING', 2);
      await put('FAILING', 3);
      await expect.poll(() => before.seen.includes('2'), { timeout: 10_000 }).toBe(true);
      await first.stop();

      const after = recorder('FAILING');
      const second = await poller(dir, after.handler);
      await expect.poll(() => after.seen.includes('3'), { timeout: 10_000 }).toBe(true);
      await second.settled();
      await second.stop();
      expect(before.seen.filter((n) => n === '1')).toEqual(['1']);
      expect(after.seen).toEqual(['2', '3']);
    });
  });
});
