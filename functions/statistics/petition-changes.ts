/**
 * What the statistics function does with each batch of petition changes from the stream: the
 * statistics aggregates, the staff search index and the contacts' retention (contact-retention.ts), side by side (one Lambda, one event
 * source mapping, one filter: no second consumer of the stream to pay for). Each keeps its
 * own record per petition and version, so a record one of them failed on, redelivered with
 * those after it, changes nothing in the other. The batch's failures are the union of both.
 */
import type { Repositories } from '../lib/data/index.ts';
import type { StreamBatchResponse, StreamEvent } from '../notifier/stream-event.ts';
import { createStatisticsAggregator } from './aggregator.ts';
import { createContactRetentionFollower } from './contact-retention.ts';
import { createStaffSearchIndexer } from './search-indexer.ts';

export function createPetitionChangeConsumer(options: { repos: Repositories }) {
  const consumers = [
    createStatisticsAggregator(options),
    createStaffSearchIndexer(options),
    createContactRetentionFollower(options),
  ];
  return async (event: StreamEvent): Promise<StreamBatchResponse> => {
    const results = await Promise.all(consumers.map((consume) => consume(event)));
    const failed = new Set(results.flatMap((r) => r.batchItemFailures.map((f) => f.itemIdentifier)));
    return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
