/**
 * The notification channels (DESIGN §10): one interface, three adapters.
 *
 *   email: emailChannel(createEmailSender(...))                   SES (functions/lib/email)
 *   sms:   createSmsChannel({ client: createSmsClient(...), originationIdentity, configurationSet })
 *   zalo:  createZaloChannel({ apiUrl, tokens: new ZaloTokens({ oauthUrl, store }) })
 *
 *   await channel.send(to, content, idempotencyKey)
 *     → { messageId }                   accepted
 *     → PermanentChannelError (reason)  refused for good: record it, never retry
 *     → TemporaryChannelError           retries used up: try again later
 *     → anything else                   an operator's problem: keep the work
 */
export {
  type Channel,
  type ChannelDelivery,
  type ChannelRefusal,
  type NotifyChannel,
  PermanentChannelError,
  TemporaryChannelError,
} from './channel.ts';
export { type EmailContent, emailChannel } from './email-channel.ts';
export { createSmsChannel, type SmsChannelOptions, type SmsContent } from './sms-channel.ts';
export { createSmsClient, type SmsClientOptions } from './sms-client.ts';
export { createZaloChannel, type ZaloChannelOptions, type ZaloContent } from './zalo-channel.ts';
export {
  memoryCredentials,
  secretsManagerCredentials,
  type ZaloCredentialStore,
  ZaloCredentials,
} from './zalo-credentials.ts';
export { ZaloTokenError, ZaloTokens } from './zalo-tokens.ts';
