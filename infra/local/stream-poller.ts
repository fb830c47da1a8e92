/**
 * What Lambda's event source mapping does on AWS, for DynamoDB Local: reads the table's
 * stream shard by shard and calls the SAME handler with the same event shape (Records
 * with eventID, eventName, eventSource "aws:dynamodb", dynamodb.Keys/NewImage/OldImage/
 * SequenceNumber). It honours batchItemFailures as Lambda does: the shard resumes from
 * the lowest failed record (later records come again too), after a growing pause. After
 * `maxAttempts` deliveries a failing batch is logged and skipped, as Lambda would send
 * it to the on-failure destination.
 *
 * With `checkpointDir` (the local stack's data folder, when it persists) it keeps, as
 * Lambda does, each shard's position: the last record handled, saved after every batch
 * (stream-checkpoint.ts). A restart resumes AFTER_SEQUENCE_NUMBER, so what was written
 * while the stack was down, or not yet handled when it crashed, is delivered then; a shard
 * it never saw (or whose position was trimmed away) is read from TRIM_HORIZON. A batch
 * handled just before a crash may come again: the notifier's delivery records make that
 * send nothing.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import type {
  StreamBatchResponse,
  StreamEvent,
  StreamRecord,
} from '../../functions/notifier/stream-event.ts';
import { openStreamCheckpoint } from './stream-checkpoint.ts';

const REDISCOVER_MS = 30_000;

export interface StreamPollerOptions {
  client: DynamoDBStreamsClient;
  streamArn: string;
  handler: (event: StreamEvent) => Promise<StreamBatchResponse>;
  /**
   * Where a first start begins: "latest" (default), only changes made from now on;
   * "trim_horizon", everything the stream still holds. A start with a saved position resumes from it.
   */
  from?: 'latest' | 'trim_horizon';
  /** Keep each shard's position in this folder and resume from it (see above). */
  checkpointDir?: string;
  batchSize?: number;
  pollIntervalMs?: number;
  maxAttempts?: number;
  log?: (message: string) => void;
}

export interface StreamPoller {
  /** Resolves after a full pass that found nothing new and nothing waiting to be retried. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

interface ShardState {
  /** Where reading starts before any record was read. */
  startAt: ShardIteratorType;
  iterator: string | undefined;
  /** The last record read: where reading picks up after an expired iterator. */
  lastSequence: string | undefined;
  /** The last record handled (or given up on): the position kept in the checkpoint. */
  handled: string | undefined;
  /** Records to deliver again (from the first failed one), and when. */
  pending: StreamRecord[];
  attempts: number;
  notBefore: number;
  closed: boolean;
}

/** The streams client for DynamoDB Local (any credentials will do). */
export function localStreamsClient(endpoint: string, region = 'ap-southeast-1'): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/** The record as Lambda puts it in the event: creation time in epoch seconds, the stream's ARN. */
function toLambdaRecord(r: _Record, streamArn: string): StreamRecord {
  const d = r.dynamodb ?? {};
  const images = (image: Record<string, unknown> | undefined) =>
    image as Record<string, AttributeValue> | undefined;
  return {
    eventID: r.eventID,
    eventName: r.eventName,
    eventVersion: r.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: r.awsRegion,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(d.ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: Math.floor(d.ApproximateCreationDateTime.getTime() / 1000) }
        : {}),
      Keys: images(d.Keys),
      ...(d.NewImage ? { NewImage: images(d.NewImage) } : {}),
      ...(d.OldImage ? { OldImage: images(d.OldImage) } : {}),
      SequenceNumber: d.SequenceNumber,
      SizeBytes: d.SizeBytes,
      StreamViewType: d.StreamViewType,
    },
  };
}

export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const { client, streamArn, handler } = options;
  const batchSize = options.batchSize ?? 100;
  const interval = options.pollIntervalMs ?? 250;
  const maxAttempts = options.maxAttempts ?? 10;
  const log = options.log ?? ((message: string) => console.error(`[stream poller] ${message}`));
  const shards = new Map<string, ShardState>();
  const checkpoint = options.checkpointDir
    ? openStreamCheckpoint(options.checkpointDir, streamArn)
    : undefined;
  const keep = (shardId: string, state: ShardState) =>
    checkpoint?.set(shardId, {
      ...(state.handled ? { after: state.handled } : {}),
      ...(state.closed ? { finished: true } : {}),
    });
  /** Closed shards read to their end: never read again. */
  const finished = new Set<string>();
  let firstDiscovery = true;
  let discoveredAt = 0;
  let running = true;
  // Waiters join at the start of a pass, so a quiet pass has read every change made before settled().
  let joining: (() => void)[] = [];
  let waiting: (() => void)[] = [];

  async function iteratorFor(shardId: string, state: ShardState): Promise<string | undefined> {
    try {
      return await shardIterator(shardId, state);
    } catch (error) {
      if (!state.lastSequence) throw error;
      // The record is no longer in the stream (trimmed): everything still there is newer.
      log(`position in shard ${shardId} is gone (${(error as Error).name}); reading it from the start`);
      state.lastSequence = undefined;
      state.startAt = 'TRIM_HORIZON';
      return shardIterator(shardId, state);
    }
  }

  async function shardIterator(shardId: string, state: ShardState) {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(state.lastSequence
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.lastSequence }
          : { ShardIteratorType: state.startAt }),
      }),
    );
    return ShardIterator;
  }

  /** Reads a shard to its current end without delivering: "latest", as a position that can be kept. */
  async function skipToEnd(shardId: string, state: ShardState): Promise<void> {
    let iterator = await shardIterator(shardId, { ...state, startAt: 'TRIM_HORIZON' });
    while (iterator) {
      const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      const last = page.Records?.at(-1)?.dynamodb?.SequenceNumber;
      if (!last) return;
      state.lastSequence = last;
      state.handled = last;
      iterator = page.NextShardIterator;
    }
  }

  async function discoverShards(): Promise<void> {
    let start: string | undefined;
    do {
      const { StreamDescription } = await client.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (!shard.ShardId || shards.has(shard.ShardId) || finished.has(shard.ShardId)) continue;
        const kept = checkpoint?.saved?.get(shard.ShardId);
        if (kept?.finished) {
          finished.add(shard.ShardId);
          continue;
        }
        // Shards that appear later (or while no poller ran) are children of the ones read: read them whole.
        const latest = firstDiscovery && !checkpoint?.saved && (options.from ?? 'latest') === 'latest';
        if (latest && shard.SequenceNumberRange?.EndingSequenceNumber) continue; // closed before we began
        const state: ShardState = {
          startAt: latest ? 'LATEST' : 'TRIM_HORIZON',
          iterator: undefined,
          lastSequence: kept?.after,
          handled: kept?.after,
          pending: [],
          attempts: 0,
          notBefore: 0,
          closed: false,
        };
        if (latest && checkpoint) await skipToEnd(shard.ShardId, state);
        state.iterator = await iteratorFor(shard.ShardId, state);
        shards.set(shard.ShardId, state);
        keep(shard.ShardId, state);
      }
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    firstDiscovery = false;
    discoveredAt = Date.now();
  }

  /** Calls the handler; on failures, keeps the batch from its first failed record for another try. */
  async function deliver(shardId: string, state: ShardState, records: StreamRecord[]): Promise<void> {
    const handledUpTo = (count: number) => {
      state.handled = records[count - 1]?.dynamodb?.SequenceNumber ?? state.handled;
      keep(shardId, state);
    };
    let failedFrom = 0;
    try {
      const { batchItemFailures } = await handler({ Records: records });
      const failed = new Set(batchItemFailures.map((f) => f.itemIdentifier));
      failedFrom = records.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
    } catch (error) {
      log(`handler threw (${(error as Error).name}); the whole batch comes again`);
    }
    if (failedFrom < 0) {
      state.pending = [];
      state.attempts = 0;
      handledUpTo(records.length);
      return;
    }
    state.attempts++;
    if (state.attempts >= maxAttempts) {
      const sequences = records.slice(failedFrom).map((r) => r.dynamodb?.SequenceNumber);
      log(`giving up after ${state.attempts} attempts on records ${sequences.join(', ')}`);
      state.pending = [];
      state.attempts = 0;
      handledUpTo(records.length);
      return;
    }
    if (failedFrom > 0) handledUpTo(failedFrom);
    state.pending = records.slice(failedFrom);
    const pause = Math.min(5000, 100 * 2 ** state.attempts);
    state.notBefore = Date.now() + pause;
    log(`delivering again from record ${state.pending[0]?.dynamodb?.SequenceNumber} in ${pause} ms`);
  }

  /** One pass over every shard; true when nothing was found or waiting. */
  async function pass(): Promise<boolean> {
    let quiet = true;
    for (const [shardId, state] of shards) {
      if (state.pending.length > 0) {
        quiet = false;
        if (Date.now() >= state.notBefore) await deliver(shardId, state, state.pending);
        continue;
      }
      if (state.closed || !state.iterator) continue;
      try {
        const page = await client.send(
          new GetRecordsCommand({ ShardIterator: state.iterator, Limit: batchSize }),
        );
        state.iterator = page.NextShardIterator;
        if (!page.NextShardIterator) state.closed = true;
        const records = (page.Records ?? []).map((r) => toLambdaRecord(r, streamArn));
        if (records.length > 0) {
          quiet = false;
          state.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber ?? state.lastSequence;
          await deliver(shardId, state, records);
        }
      } catch (error) {
        quiet = false;
        // An expired iterator (or a hiccup): pick up after the last record read.
        log(`reading shard ${shardId} failed (${(error as Error).name}); resuming`);
        state.iterator = await iteratorFor(shardId, state).catch(() => state.iterator);
      }
    }
    // A closed shard has children to read; DynamoDB also opens new shards over time.
    const closedNow = [...shards.entries()].filter(([, s]) => s.closed && s.pending.length === 0);
    for (const [shardId, state] of closedNow) {
      finished.add(shardId);
      shards.delete(shardId);
      keep(shardId, state);
    }
    if (closedNow.length > 0 || Date.now() - discoveredAt > REDISCOVER_MS) await discoverShards();
    return quiet;
  }

  await discoverShards();
  const loop = (async () => {
    while (running) {
      waiting.push(...joining);
      joining = [];
      const quiet = await pass().catch((error: unknown) => {
        log(`poll failed (${(error as Error).name})`);
        return false;
      });
      if (quiet) {
        for (const resolve of waiting) resolve();
        waiting = [];
      }
      if (running) await new Promise((resolve) => setTimeout(resolve, interval));
    }
  })();

  return {
    settled: () => new Promise<void>((resolve) => joining.push(resolve)),
    async stop() {
      running = false;
      await loop;
      for (const resolve of [...waiting, ...joining]) resolve();
      waiting = [];
      joining = [];
    },
  };
}
