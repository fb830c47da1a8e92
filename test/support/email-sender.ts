/**
 * An email sender for tests: the real sender (lib/email) over an SES client with test
 * credentials, which the test mocks (aws-sdk-client-mock) or never reaches; retries do not
 * wait, so a test of throttling takes no time.
 */
import { SESClient } from '@aws-sdk/client-ses';
import {
  createEmailSender,
  DEFAULT_RETRY_POLICY,
  type EmailSender,
} from '../../functions/lib/email/index.ts';

export function testEmailSender(
  sender: string,
  options: { configurationSet?: string; maxAttempts?: number } = {},
): EmailSender {
  return createEmailSender({
    client: new SESClient({
      region: 'ap-southeast-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
    sender,
    ...(options.configurationSet ? { configurationSet: options.configurationSet } : {}),
    retry: {
      ...DEFAULT_RETRY_POLICY,
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      sleep: async () => undefined,
    },
  });
}
