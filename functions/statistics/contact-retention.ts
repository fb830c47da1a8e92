/**
 * The submitter's contact follows its petition's retention from the stream (DESIGN §12): when
 * a change of the petition item moves what the contact carries (its TTL, its retention entry of
 * the deadline index), the contact item is brought in step (PetitionRepository.
 * applyContactRetention), off the request path, so that a status change does not pay for it.
 *
 * Idempotent: the contact keeps the petition version it follows and takes only a later one, so
 * a redelivered or an older record changes nothing, and a tombstone (erased on request) is never
 * touched. Late or lost (the mapping retries, then sends the record to its dead-letter queue):
 * the contact item's TTL and entry lag behind, but every read of the contact checks the
 * petition's own `contactExpiresAt`, so personal data is refused from the due instant whatever
 * the contact item says. Records are taken in order; the first that fails is reported with the
 * ones after it.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Petition } from '../../shared/schemas/index.ts';
import type { Repositories } from '../lib/data/index.ts';
import { withoutKeys } from '../lib/data/items.ts';
import { contactRetentionOf, petitionKeys } from '../lib/data/petition-keys.ts';
import type { StreamRecord } from '../notifier/stream-event.ts';
import { applyRecordsInOrder } from './petition-change-stream.ts';

const image = (i: Record<string, AttributeValue> | undefined) =>
  i ? withoutKeys<Petition>(unmarshall(i)) : undefined;

/** The petition as the record leaves it, when that moves its contact's retention; else undefined. */
export function contactRetentionChangeOf(record: StreamRecord): Petition | undefined {
  const keys = record.dynamodb?.Keys;
  if (keys?.sk?.S !== petitionKeys.petitionSk || !keys.pk?.S?.startsWith(petitionKeys.pk('')))
    return undefined;
  if (record.eventName === 'REMOVE') return undefined;
  const after = image(record.dynamodb?.NewImage);
  if (!after) return undefined;
  const before = image(record.dynamodb?.OldImage);
  const was = before ? contactRetentionOf(before) : {};
  const is = contactRetentionOf(after);
  const same = was.expiresAt === is.expiresAt && was.gsi3pk === is.gsi3pk && was.gsi3sk === is.gsi3sk;
  return same ? undefined : after;
}

export function createContactRetentionFollower(options: { repos: Repositories }) {
  return applyRecordsInOrder('contact retention', async (record) => {
    const petition = contactRetentionChangeOf(record);
    if (petition) await options.repos.petitions.applyContactRetention(petition);
  });
}
