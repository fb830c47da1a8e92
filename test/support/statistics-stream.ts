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
  const follower = await followStream(database, handler);
  try {
    await follower.delivered();
  } finally {
    await follower.stop();
  }
}

/**
 * Follows the test table's stream for a whole file, as the deployed consumer does: one poller
 * from the stream's start, each record delivered once. `delivered()` resolves once every change
 * made before the call has been handled. Where a file delivers after each test, this keeps each
 * delivery to that test's own changes (deliverStreamFromStart reads the whole stream again, so
 * its cost grows with every test before it).
 */
export async function followStream(
  database: TestDatabase,
  handler: Parameters<typeof startStreamPoller>[0]['handler'],
): Promise<{ delivered(): Promise<void>; stop(): Promise<void> }> {
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
    return {
      delivered: () => poller.settled(),
      stop: async () => {
        try {
          await poller.stop();
        } finally {
          streams.destroy();
        }
      },
    };
  } catch (error) {
    streams.destroy();
    throw error;
  } finally {
    admin.destroy();
  }
}

/** Counts the stream into the statistics aggregates, as the statistics function does. */
export async function countStreamIntoStatistics(database: TestDatabase): Promise<void> {
  await deliverStreamFromStart(database, createStatisticsAggregator({ repos: database.repos }));
}
