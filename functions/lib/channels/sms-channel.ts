/**
 * SMS through AWS End User Messaging SMS SendTextMessage: the council's registered sender
 * id (the origination identity), a configuration set that records deliveries and spend,
 * TRANSACTIONAL (a notice the citizen asked for). The service has no idempotency token;
 * the key goes into Context, which the configuration set's events carry, so a duplicate
 * is visible in the event log. The notifier's delivery record is the guard.
 */
import { type PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, sendWithRetry } from '../email/backoff.ts';
import { type Channel, PermanentChannelError, TemporaryChannelError } from './channel.ts';
import { isRetryableSmsError, smsRefusal } from './sms-failures.ts';

export interface SmsContent {
  /** The text as it is sent (sms-text.ts chooses GSM-7 or UCS-2 and keeps it short). */
  text: string;
  /** Which notice this is, for the configuration set's events. */
  kind: string;
}

export interface SmsChannelOptions {
  client: PinpointSMSVoiceV2Client;
  /** The sender id's (or pool's) ARN: the notifier may send from this one only. */
  originationIdentity: string;
  configurationSet?: string;
  retry?: RetryPolicy;
}

const E164 = /^\+[1-9]\d{6,14}$/;

export function createSmsChannel(options: SmsChannelOptions): Channel<SmsContent> {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  return {
    name: 'sms',
    async send(to, content, idempotencyKey) {
      if (!E164.test(to)) throw new PermanentChannelError('sms', 'invalid_recipient');
      if (!content.text.isWellFormed()) throw new PermanentChannelError('sms', 'message_invalid');
      const command = new SendTextMessageCommand({
        DestinationPhoneNumber: to,
        OriginationIdentity: options.originationIdentity,
        MessageBody: content.text,
        MessageType: 'TRANSACTIONAL',
        ...(options.configurationSet ? { ConfigurationSetName: options.configurationSet } : {}),
        Context: { kind: content.kind, delivery: idempotencyKey },
      });
      const output = await sendWithRetry(
        () => options.client.send(command),
        {
          isRetryable: isRetryableSmsError,
          permanent: (error) => {
            const refusal = smsRefusal(error);
            return refusal ? new PermanentChannelError('sms', refusal, { cause: error }) : undefined;
          },
          temporary: (attempts, error) => new TemporaryChannelError('sms', attempts, { cause: error }),
        },
        policy,
      );
      return { messageId: output.MessageId ?? '' };
    },
  };
}
