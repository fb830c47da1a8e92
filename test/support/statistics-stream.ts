/**
 * Delivers everything the test table's stream holds to a stream consumer, as Lambda does on
 * AWS: a poller from the stream's start (TRIM_HORIZON), stopped once a quiet pass has read
 * every change. Records delivered by an earlier call come again, and the consumer must make
 * them change nothing.
 */
import { createStatisticsAggregator } from '../../functions/statistics/aggregator.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { localStreamsClient, startStreamPoller } from '../../infra/local/stream-poller.ts';
import { localClient, type TestDatabase } from './database.ts';

export async function deliverStreamFromStart(
  database: TestDatabase,
  handler: Parameters<typeof startStreamPoller>[0]['handler'],
): Promise<void> {
  const admin = localClient(database.endpoint);
  const streams = localStreamsClient(database.endpoint);
  try {
    const poller = await startStreamPoller({
      client: streams,
      streamArn: await streamArnOf(admin, database.tableName),
      from: 'trim_horizon',
      pollIntervalMs: 20,
      handler,
      log: () => undefined,
    });
    await poller.settled();
    await poller.stop();
  } finally {
    streams.destroy();
    admin.destroy();
  }
}

/** Counts the stream into the statistics aggregates, as the statistics function does. */
export async function countStreamIntoStatistics(database: TestDatabase): Promise<void> {
  await deliverStreamFromStart(database, createStatisticsAggregator({ repos: database.repos }));
}
