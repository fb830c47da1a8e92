/**
 * The similar-petitions word index follows the stream: a new petition item (an INSERT of
 * `PUB#PETITION`) gets its word items (similar-repository.ts). Idempotent Puts, so a
 * redelivered record changes nothing; a failure fails the record and Lambda retries it.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { Petition } from '../../shared/schemas/index.ts';
import { petitionKeys } from '../lib/data/petition-keys.ts';
import type { StreamRecord } from './stream-event.ts';

/** The petition a record inserted, or undefined for any other record. */
export function insertedPetition(record: StreamRecord): Petition | undefined {
  if (record.eventName !== 'INSERT') return undefined;
  if (record.dynamodb?.Keys?.sk?.S !== petitionKeys.petitionSk) return undefined;
  const image = record.dynamodb?.NewImage;
  const parsed = image ? Petition.safeParse(unmarshall(image)) : undefined;
  return parsed?.success ? parsed.data : undefined;
}
