/**
 * The notifier on Lambda: DynamoDB Stream (NEW_AND_OLD_IMAGES) → SES, SMS and Zalo, with
 * ReportBatchItemFailures enabled on the event source mapping. Locally, the stream
 * poller (infra/local/stream-poller.ts) calls the same createNotifier().
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  createSmsChannel,
  createSmsClient,
  createZaloChannel,
  secretsManagerCredentials,
  ZaloTokens,
} from '../lib/channels/index.ts';
import { createRepositories, databaseFromConfig } from '../lib/data/index.ts';
import { createEmailSender, createSesClient } from '../lib/email/index.ts';
import { readNotifierConfig } from './config.ts';
import { createNotifier } from './notifier.ts';

const config = readNotifierConfig();

const sms = config.SMS_ORIGINATION_IDENTITY
  ? createSmsChannel({
      client: createSmsClient({ region: config.AWS_REGION, endpoint: config.SMS_ENDPOINT }),
      originationIdentity: config.SMS_ORIGINATION_IDENTITY,
      configurationSet: config.SMS_CONFIGURATION_SET,
    })
  : undefined;

const zalo = config.ZALO_SECRET_ID
  ? createZaloChannel({
      apiUrl: config.ZALO_API_URL,
      tokens: new ZaloTokens({
        oauthUrl: config.ZALO_OAUTH_URL,
        store: secretsManagerCredentials(
          new SecretsManagerClient({ region: config.AWS_REGION }),
          config.ZALO_SECRET_ID,
        ),
      }),
    })
  : undefined;

export const handler = createNotifier({
  repos: createRepositories(databaseFromConfig(config)),
  sender: createEmailSender({
    client: createSesClient({ region: config.AWS_REGION, endpoint: config.SES_ENDPOINT }),
    sender: config.SES_SENDER,
    configurationSet: config.SES_CONFIGURATION_SET,
  }),
  ...(sms ? { sms } : {}),
  ...(zalo ? { zalo } : {}),
  siteUrl: config.PUBLIC_SITE_URL,
  consoleUrl: config.STAFF_CONSOLE_URL,
  feedbackSecret: config.FEEDBACK_TOKEN_SECRET,
  leaseSeconds: config.NOTIFY_LEASE_SECONDS,
  recipients: { salt: config.RECIPIENT_HASH_SALT, maxPerDay: config.NOTIFY_MAX_PER_RECIPIENT_PER_DAY },
});
