/**
 * The statistics aggregator: reads the table's stream (NEW_AND_OLD_IMAGES) and counts every
 * change of a petition item into its council's aggregates, once (functions/lib/statistics/
 * count-change.ts). Records of other items are skipped. Records are taken in order; the first
 * that fails is reported with the ones after it (Lambda resumes the shard from it), so a
 * petition's changes are never counted out of order. A redelivered record counts nothing.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Petition } from '../../shared/schemas/index.ts';
import type { Repositories } from '../lib/data/index.ts';
import { withoutKeys } from '../lib/data/items.ts';
import { petitionKeys } from '../lib/data/petition-keys.ts';
import { errorFields, log } from '../lib/log.ts';
import { countPetitionChange } from '../lib/statistics/count-change.ts';
import type { StreamBatchResponse, StreamEvent, StreamRecord } from '../notifier/stream-event.ts';

/** The petition change a record carries, or undefined for any other item. */
export function petitionChangeOf(
  record: StreamRecord,
): { code: string; version: number; petition: Petition | undefined } | undefined {
  const keys = record.dynamodb?.Keys;
  const pk = keys?.pk?.S;
  if (keys?.sk?.S !== petitionKeys.petitionSk || !pk?.startsWith(petitionKeys.pk(''))) return undefined;
  const code = pk.slice(petitionKeys.pk('').length);
  const image = (i: Record<string, AttributeValue> | undefined) =>
    i ? withoutKeys<Petition>(unmarshall(i)) : undefined;
  if (record.eventName === 'REMOVE') {
    const old = image(record.dynamodb?.OldImage);
    return { code, version: (old?.version ?? 0) + 1, petition: undefined };
  }
  const petition = image(record.dynamodb?.NewImage);
  if (!petition) return undefined;
  return { code, version: petition.version, petition };
}

export function createStatisticsAggregator(options: { repos: Repositories }) {
  return async (event: StreamEvent): Promise<StreamBatchResponse> => {
    const records = event.Records ?? [];
    for (const [index, record] of records.entries()) {
      try {
        const change = petitionChangeOf(record);
        if (change) await countPetitionChange(options.repos, change);
      } catch (error) {
        log.error('statistics: record failed', {
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
