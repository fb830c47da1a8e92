/**
 * The notifier on Lambda: DynamoDB Stream (NEW_AND_OLD_IMAGES) → SES, with
 * ReportBatchItemFailures enabled on the event source mapping. Locally, the stream
 * poller (infra/local/stream-poller.ts) calls the same createNotifier().
 */
import { createDatabase, createRepositories } from '../lib/data/index.ts';
import { createEmailSender, createSesClient } from '../lib/email/index.ts';
import { readNotifierConfig } from './config.ts';
import { createNotifier } from './notifier.ts';

const config = readNotifierConfig();

export const handler = createNotifier({
  repos: createRepositories(
    createDatabase({
      tableName: config.TABLE_NAME,
      region: config.AWS_REGION,
      endpoint: config.DYNAMODB_ENDPOINT,
    }),
  ),
  sender: createEmailSender({
    client: createSesClient({ region: config.AWS_REGION, endpoint: config.SES_ENDPOINT }),
    sender: config.SES_SENDER,
    configurationSet: config.SES_CONFIGURATION_SET,
  }),
  siteUrl: config.PUBLIC_SITE_URL,
  feedbackSecret: config.FEEDBACK_TOKEN_SECRET,
  leaseSeconds: config.NOTIFY_LEASE_SECONDS,
  recipients: { salt: config.RECIPIENT_HASH_SALT, maxPerDay: config.NOTIFY_MAX_PER_RECIPIENT_PER_DAY },
});
