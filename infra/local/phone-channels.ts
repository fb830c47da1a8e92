/**
 * The SMS and Zalo channels pointed at the local stand-ins (sms-gateway.ts, zalo-gateway.ts),
 * as the local notifier and the notifier's load test send through them: the real channel
 * code, with the Zalo refresh token held in memory where AWS keeps it in Secrets Manager.
 */
import {
  createSmsChannel,
  createSmsClient,
  createZaloChannel,
  memoryCredentials,
  ZaloTokens,
} from '../../functions/lib/channels/index.ts';
import type { RetryPolicy } from '../../functions/lib/email/index.ts';
import type { LocalSmsGateway } from './sms-gateway.ts';
import { LOCAL_ZALO_APP, type LocalZaloGateway } from './zalo-gateway.ts';

/** The origination identity the local channels send from (any string does for the stand-in). */
export const LOCAL_SMS_SENDER = 'arn:aws:sms-voice:ap-southeast-1:000000000000:sender-id/HDND/VN';

/** The Zalo OA's tokens, refreshed at the stand-in from the refresh token it starts with. */
export function localZaloTokens(zalo: LocalZaloGateway): ZaloTokens {
  return new ZaloTokens({
    oauthUrl: zalo.url,
    store: memoryCredentials({ ...LOCAL_ZALO_APP, refreshToken: zalo.initialRefreshToken }),
  });
}

export function localPhoneChannels(options: {
  sms: LocalSmsGateway;
  zalo: LocalZaloGateway;
  region: string;
  /** The Zalo tokens, when the caller holds them too; fresh ones otherwise. */
  tokens?: ZaloTokens;
  configurationSet?: string;
  retry?: RetryPolicy;
}) {
  const retry = options.retry ? { retry: options.retry } : {};
  return {
    sms: createSmsChannel({
      client: createSmsClient({ region: options.region, endpoint: options.sms.url }),
      originationIdentity: LOCAL_SMS_SENDER,
      ...(options.configurationSet ? { configurationSet: options.configurationSet } : {}),
      ...retry,
    }),
    zalo: createZaloChannel({
      apiUrl: options.zalo.url,
      tokens: options.tokens ?? localZaloTokens(options.zalo),
      ...retry,
    }),
  };
}
