/**
 * The AWS End User Messaging SMS client (pinpoint-sms-voice-v2): on AWS the default
 * credentials; locally the SMS stand-in (infra/local/sms-gateway.ts). Only the client and
 * SendTextMessageCommand are imported, so the notifier's bundle carries nothing else.
 */
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';

export interface SmsClientOptions {
  region: string;
  /** The local stand-in; absent on AWS. */
  endpoint?: string;
}

export function createSmsClient(options: SmsClientOptions): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    region: options.region,
    // One try per call: the channel's own backoff (with jitter) is the single retry policy.
    maxAttempts: 1,
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
}
