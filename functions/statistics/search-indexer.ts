/**
 * The staff search index follows the same stream records as the statistics (petition items
 * only, in order, NEW_AND_OLD_IMAGES): each change is indexed once by
 * functions/lib/search/staff-index.ts. Like the aggregator, the first record that fails is
 * reported with the ones after it, so a petition's changes are never indexed out of order.
 */
import type { Repositories } from '../lib/data/index.ts';
import { errorFields, log } from '../lib/log.ts';
import { indexPetitionChange } from '../lib/search/staff-index.ts';
import type { StreamBatchResponse, StreamEvent } from '../notifier/stream-event.ts';
import { petitionChangeOf } from './aggregator.ts';

export function createStaffSearchIndexer(options: { repos: Repositories }) {
  const deps = { db: options.repos.db, reference: () => options.repos.reference.load() };
  return async (event: StreamEvent): Promise<StreamBatchResponse> => {
    const records = event.Records ?? [];
    for (const [index, record] of records.entries()) {
      try {
        const change = petitionChangeOf(record);
        if (change) await indexPetitionChange(deps, change);
      } catch (error) {
        log.error('staff search: record failed', {
          eventID: record.eventID,
          sequenceNumber: record.dynamodb?.SequenceNumber,
          ...errorFields(error),
        });
        return {
          batchItemFailures: records
            .slice(index)
            .flatMap((r) =>
              r.dynamodb?.SequenceNumber ? [{ itemIdentifier: r.dynamodb.SequenceNumber }] : [],
            ),
        };
      }
    }
    return { batchItemFailures: [] };
  };
}
