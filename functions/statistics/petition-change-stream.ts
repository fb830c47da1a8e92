/**
 * The petition changes in a batch of the table's stream (NEW_AND_OLD_IMAGES), applied in
 * order by each consumer of them (the statistics aggregator, the staff search index). Records
 * of other items are skipped. The first record that fails is reported with the ones after it
 * (Lambda resumes the shard from it), so a petition's changes are never applied out of order.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Petition } from '../../shared/schemas/index.ts';
import { withoutKeys } from '../lib/data/items.ts';
import { petitionKeys } from '../lib/data/petition-keys.ts';
import { errorFields, log } from '../lib/log.ts';
import type { StreamBatchResponse, StreamEvent, StreamRecord } from '../notifier/stream-event.ts';

/** A petition as a change left it: its version, or undefined once the item is removed. */
export interface PetitionChange {
  code: string;
  version: number;
  petition: Petition | undefined;
}

/** The petition change a record carries, or undefined for any other item. */
export function petitionChangeOf(record: StreamRecord): PetitionChange | undefined {
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

/**
 * A stream consumer that applies each record of a batch in turn; `name` starts its log line.
 * The first record that fails is reported with the ones after it.
 */
export function applyRecordsInOrder(
  name: string,
  apply: (record: StreamRecord) => Promise<unknown>,
): (event: StreamEvent) => Promise<StreamBatchResponse> {
  return async (event) => {
    const records = event.Records ?? [];
    for (const [index, record] of records.entries()) {
      try {
        await apply(record);
      } catch (error) {
        log.error(`${name}: record failed`, {
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

/** A stream consumer that applies each petition change of a batch in turn; `name` starts its log line. */
export function applyPetitionChangesInOrder(
  name: string,
  apply: (change: PetitionChange) => Promise<unknown>,
): (event: StreamEvent) => Promise<StreamBatchResponse> {
  return applyRecordsInOrder(name, async (record) => {
    const change = petitionChangeOf(record);
    if (change) await apply(change);
  });
}
