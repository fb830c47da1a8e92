/** The Zalo ZNS channel and its OAuth tokens against the local Zalo stand-in. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createZaloChannel,
  memoryCredentials,
  PermanentChannelError,
  TemporaryChannelError,
  ZaloTokens,
} from '../../functions/lib/channels/index.ts';
import { LOCAL_ZALO_APP, startZaloGateway } from '../../infra/local/zalo-gateway.ts';
import { useStandIn } from './stand-in.ts';

const standIn = useStandIn(startZaloGateway);

/** A store holding what an operator puts in the secret, and a channel over it. */
async function setUp(options: { now?: () => Date } = {}) {
  // The stand-in rotates on each refresh: start from the refresh token it accepts now.
  const store = memoryCredentials({ ...LOCAL_ZALO_APP, refreshToken: standIn.gateway.initialRefreshToken });
  const tokens = new ZaloTokens({ oauthUrl: standIn.gateway.url, store, ...options });
  const channel = createZaloChannel({
    apiUrl: standIn.gateway.url,
    tokens,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2, sleep: async () => undefined },
  });
  await tokens.accessToken();
  return { store, tokens, channel };
}

const content = {
  templateId: '231677',
  params: {
    code: '7KQM-3HXT-9PAR',
    status: 'đã được tiếp nhận',
    link: 'https://x.vn/tra-cuu',
    council: 'HĐND',
  },
};

let shared: Awaited<ReturnType<typeof setUp>>;
beforeAll(async () => {
  shared = await setUp();
});

describe('the Zalo channel', () => {
  it('sends the approved template with its parameters to 84… with a tracking id', async () => {
    const sent = await shared.channel.send('+84912345678', content, 'petition#event#submitter#zalo');
    const [message] = standIn.gateway.messages();
    expect(message).toMatchObject({
      msgId: sent.messageId,
      phone: '84912345678',
      templateId: '231677',
      templateData: content.params,
    });
    expect(message?.trackingId).toMatch(/^[\w-]{32}$/);
    expect(message?.trackingId).not.toContain('submitter');
  });

  it('stores the rotated refresh token: the old one is spent', async () => {
    const stored = shared.store.current();
    expect(stored.refreshToken).not.toBe(standIn.gateway.initialRefreshToken);
    expect(stored.accessToken).toBeDefined();
  });

  it('refreshes an expired token once, and the send succeeds', async () => {
    const before = standIn.gateway.refreshes();
    const oldRefresh = shared.store.current().refreshToken;
    standIn.gateway.expireTokens();
    await shared.channel.send('+84912345678', content, 'k-expired');
    expect(standIn.gateway.refreshes()).toBe(before + 1);
    expect(standIn.gateway.messages()).toHaveLength(1);
    expect(shared.store.current().refreshToken).not.toBe(oldRefresh);
  });

  it('refreshes before the token expires, without a refused send', async () => {
    const before = standIn.gateway.refreshes();
    const expiresAt = Date.parse(shared.store.current().accessTokenExpiresAt!);
    const early = new ZaloTokens({
      oauthUrl: standIn.gateway.url,
      store: shared.store,
      now: () => new Date(expiresAt - 60_000),
    });
    const old = shared.store.current().accessToken;
    const fresh = await early.accessToken();
    expect(fresh).not.toBe(old);
    expect(standIn.gateway.refreshes()).toBe(before + 1);
  });

  it('retries a "try again later" answer and sends once', async () => {
    standIn.faults = ['busy'];
    await shared.channel.send('+84912345678', content, 'k-busy');
    expect(standIn.gateway.messages()).toHaveLength(1);
  });

  it('gives up on repeated "try again later" with a temporary error', async () => {
    standIn.faults = ['busy', 'busy', 'busy'];
    await expect(shared.channel.send('+84912345678', content, 'k-busy-2')).rejects.toBeInstanceOf(
      TemporaryChannelError,
    );
  });

  it('calls a number without a Zalo account a permanent refusal', async () => {
    standIn.faults = ['no_zalo_account'];
    const error = await shared.channel.send('+84912345678', content, 'k-none').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentChannelError);
    expect((error as PermanentChannelError).reason).toBe('invalid_recipient');
  });

  it('calls a template Zalo does not know a misconfigured sender, written off', async () => {
    const error = await shared.channel
      .send('+84912345678', { ...content, templateId: 'not-digits' }, 'k-tpl')
      .catch((e: unknown) => e);
    expect((error as PermanentChannelError).reason).toBe('sender_misconfigured');
  });
});
