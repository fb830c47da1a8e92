/**
 * The similar-petitions index is written by the notifier from the stream: these tests hand
 * it the record DynamoDB's stream would carry for each new petition, as Lambda does.
 */

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { createNotifier } from '../../functions/notifier/notifier.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { streamRecordOf } from '../notifier/fixtures.ts';
import type { PetitionTestApi } from '../petitions/support.ts';
import { testEmailSender } from '../support/email-sender.ts';

export async function indexThroughStream(api: PetitionTestApi, code: string): Promise<void> {
  const canonical = parseTrackingCode(code) ?? code;
  const { Item } = await api.repos.db.doc.send(
    new GetCommand({
      TableName: api.database.tableName,
      Key: { pk: petitionKeys.pk(canonical), sk: petitionKeys.petitionSk },
    }),
  );
  const notifier = createNotifier({
    repos: api.repos,
    // Indexing sends nothing: a sender that is never reached.
    sender: testEmailSender('unused <unused@example.com>'),
    siteUrl: api.config.PUBLIC_SITE_URL,
    consoleUrl: api.config.PUBLIC_SITE_URL,
    feedbackSecret: api.config.FEEDBACK_TOKEN_SECRET,
    leaseSeconds: 120,
  });
  const { batchItemFailures } = await notifier({ Records: [streamRecordOf(Item!)] });
  if (batchItemFailures.length) throw new Error('the word index was not written');
}
