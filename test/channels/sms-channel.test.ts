/** The SMS channel against the local SMS endpoint, which speaks the service's JSON protocol and errors. */
import { describe, expect, it } from 'vitest';
import {
  createSmsChannel,
  createSmsClient,
  PermanentChannelError,
  TemporaryChannelError,
} from '../../functions/lib/channels/index.ts';
import { startSmsGateway } from '../../infra/local/sms-gateway.ts';
import { useStandIn } from './stand-in.ts';

const SENDER = 'arn:aws:sms-voice:ap-southeast-1:111111111111:sender-id/HDND/VN';
const standIn = useStandIn(startSmsGateway);

const channel = () =>
  createSmsChannel({
    client: createSmsClient({ region: 'ap-southeast-1', endpoint: standIn.gateway.url }),
    originationIdentity: SENDER,
    configurationSet: 'notifications',
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2, sleep: async () => undefined },
  });

describe('the local SMS stand-in', () => {
  it('lists what it received at /store, shows it escaped at its root and forgets it on /clear-store', async () => {
    await channel().send('+84912345678', { text: 'Kiến nghị <b>7KQM</b>', kind: 'received' }, 'k-store');
    const store = (await (await fetch(`${standIn.gateway.url}/store`)).json()) as {
      messages: { body: string }[];
    };
    expect(store.messages.map((m) => m.body)).toEqual(['Kiến nghị <b>7KQM</b>']);
    const viewer = await fetch(`${standIn.gateway.url}/`);
    expect(viewer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await viewer.text();
    expect(page).toContain('Kiến nghị &lt;b&gt;7KQM&lt;/b&gt;');
    expect(page).toContain('<title>SMS (local)</title>');
    expect((await fetch(`${standIn.gateway.url}/clear-store`, { method: 'POST' })).status).toBe(200);
    expect(standIn.gateway.messages()).toEqual([]);
  });
});

describe('the SMS channel', () => {
  it('sends a transactional text from the sender id, with the delivery key in its context', async () => {
    const sent = await channel().send(
      '+84912345678',
      { text: 'Kien nghi 7KQM-3HXT-9PAR', kind: 'received' },
      'k-1',
    );
    expect(sent.messageId).not.toBe('');
    expect(standIn.gateway.messages()).toEqual([
      expect.objectContaining({
        messageId: sent.messageId,
        to: '+84912345678',
        from: SENDER,
        body: 'Kien nghi 7KQM-3HXT-9PAR',
        messageType: 'TRANSACTIONAL',
        configurationSet: 'notifications',
        context: { kind: 'received', delivery: 'k-1' },
      }),
    ]);
  });

  it('retries throttling and server errors, and sends once', async () => {
    standIn.faults = ['throttle', 'server_error'];
    await channel().send('+84912345678', { text: 'x', kind: 'received' }, 'k-2');
    expect(standIn.gateway.messages()).toHaveLength(1);
  });

  it('gives up on throttling after its tries with a temporary error', async () => {
    standIn.faults = ['throttle', 'throttle', 'throttle'];
    await expect(
      channel().send('+84912345678', { text: 'x', kind: 'received' }, 'k-3'),
    ).rejects.toBeInstanceOf(TemporaryChannelError);
    expect(standIn.gateway.messages()).toEqual([]);
  });

  it.each([
    ['reject', 'invalid_recipient'],
    ['opted_out', 'recipient_opted_out'],
  ] as const)('calls a %s answer permanent (%s), without retrying', async (fault, reason) => {
    standIn.faults = [fault, fault, fault];
    const error = await channel()
      .send('+84912345678', { text: 'x', kind: 'received' }, 'k-4')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentChannelError);
    expect((error as PermanentChannelError).reason).toBe(reason);
    expect(standIn.faults).toHaveLength(2);
  });

  it('refuses a number that is not E.164 before any call', async () => {
    const error = await channel()
      .send('0912345678', { text: 'x', kind: 'received' }, 'k-5')
      .catch((e: unknown) => e);
    expect((error as PermanentChannelError).reason).toBe('invalid_recipient');
    expect(standIn.gateway.messages()).toEqual([]);
  });
});
