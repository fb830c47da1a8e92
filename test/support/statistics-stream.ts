/**
 * Counts everything the test table's stream holds into the statistics aggregates, as the
 * statistics function does on AWS: a poller from the stream's start (TRIM_HORIZON) calling
 * the aggregator, stopped once a quiet pass has read every change. Records counted by an
 * earlier call come again and count nothing, which the aggregator must ensure.
 */
import { createStatisticsAggregator } from '../../functions/statistics/aggregator.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { localStreamsClient, startStreamPoller } from '../../infra/local/stream-poller.ts';
import { localClient, type TestDatabase } from './database.ts';

export async function countStreamIntoStatistics(database: TestDatabase): Promise<void> {
  const admin = localClient(database.endpoint);
  const streams = localStreamsClient(database.endpoint);
  try {
    const poller = await startStreamPoller({
      client: streams,
      streamArn: await streamArnOf(admin, database.tableName),
      from: 'trim_horizon',
      pollIntervalMs: 20,
      handler: createStatisticsAggregator({ repos: database.repos }),
      log: () => undefined,
    });
    await poller.settled();
    await poller.stop();
  } finally {
    streams.destroy();
    admin.destroy();
  }
}
