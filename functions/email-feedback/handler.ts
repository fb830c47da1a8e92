/**
 * The email-feedback function on Lambda, subscribed to the SNS topic where the SES
 * configuration set publishes bounces and complaints (infra/lib/constructs/notification-email.ts).
 * Its role may only put items in the table.
 */
import { databaseFromConfig } from '../lib/data/client.ts';
import { RecipientRepository } from '../lib/data/recipient-repository.ts';
import { readEmailFeedbackConfig } from './config.ts';
import { createEmailFeedbackHandler } from './feedback.ts';

const config = readEmailFeedbackConfig();

export const handler = createEmailFeedbackHandler({
  recipients: new RecipientRepository(databaseFromConfig(config)),
  salt: config.RECIPIENT_HASH_SALT,
});
