/**
 * The similar-petitions word index follows the stream: a new petition item (an INSERT of
 * `PUB#PETITION`) gets its word items (similar-repository.ts). Idempotent Puts, so a
 * redelivered record changes nothing; a failure fails the record and Lambda retries it.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { petitionKeys } from '../lib/data/petition-keys.ts';
import type { StreamRecord } from './stream-event.ts';

/**
 * The code of the petition a record inserted, or undefined for any other record. The image
 * holds no texts (functions/lib/data/petition-texts.ts): the indexer reads the petition by it.
 */
export function insertedPetitionCode(record: StreamRecord): string | undefined {
  if (record.eventName !== 'INSERT') return undefined;
  if (record.dynamodb?.Keys?.sk?.S !== petitionKeys.petitionSk) return undefined;
  const image = record.dynamodb?.NewImage;
  const code = image ? unmarshall(image).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
