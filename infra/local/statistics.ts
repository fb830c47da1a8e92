/**
 * The statistics aggregator (and the staff search index) on the local stack: a poller on the
 * table's stream calling the same createPetitionChangeConsumer() the Lambda handler exports.
 * Started after the seed (which counts and indexes the demo data at once, infra/local/seed.ts),
 * reading only new changes; with a data folder its stream position is kept in its own
 * subfolder, so a restart counts what it missed, and what it counted already counts nothing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { createPetitionChangeConsumer } from '../../functions/statistics/petition-changes.ts';
import { localStreamsClient, type StreamPoller, startStreamPoller } from './stream-poller.ts';

export interface LocalStatisticsOptions {
  repos: Repositories;
  endpoint: string;
  region: string;
  streamArn: string;
  dataDir?: string;
}

export async function startLocalStatistics(options: LocalStatisticsOptions): Promise<StreamPoller> {
  const streams = localStreamsClient(options.endpoint, options.region);
  const checkpointDir = options.dataDir ? join(options.dataDir, 'statistics-stream') : undefined;
  if (checkpointDir) mkdirSync(checkpointDir, { recursive: true });
  const poller = await startStreamPoller({
    client: streams,
    streamArn: options.streamArn,
    ...(checkpointDir ? { checkpointDir } : {}),
    handler: createPetitionChangeConsumer({ repos: options.repos }),
    log: (message) => console.error(`[statistics] ${message}`),
  });
  return {
    settled: () => poller.settled(),
    stop: async () => {
      await poller.stop();
      streams.destroy();
    },
  };
}
