/**
 * The notifier on three channels under faults: answered petitions reach it through the
 * real DynamoDB stream (the local poller), every batch is delivered twice at once, and on
 * each channel 20% of calls fail for a moment and 5% are refused for good — SES (mocked
 * client), SMS and Zalo (the local stand-ins, speaking each provider's protocol and
 * errors). Each petition must end, on each channel, with exactly one message or one
 * recorded failure. The Zalo token has expired when the run starts: it is refreshed once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localPhoneChannels, localZaloTokens } from '../../infra/local/phone-channels.ts';
import { freePort } from '../../infra/local/ports.ts';
import { type LocalSmsGateway, startSmsGateway } from '../../infra/local/sms-gateway.ts';
import { type LocalZaloGateway, startZaloGateway } from '../../infra/local/zalo-gateway.ts';
import { useSesMock } from '../support/ses-mock.ts';
import {
  answeredPetitions,
  answerSesWith,
  deliveryRecords,
  type NotifierOnStream,
  seededFaults,
  startNotifierOnStream,
} from './notifier-harness.ts';

const PETITIONS = 40;
const SEED = 20_261_201;
const TEMPORARY_RATE = 0.2;
const REFUSE_RATE = 0.05;
const NO_WAIT = { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 2, sleep: async () => undefined };

const RATES = { temporary: TEMPORARY_RATE, refused: REFUSE_RATE };
/** One sequence per recipient and channel: the faults do not depend on call order. */
const faults = {
  email: seededFaults(SEED, RATES),
  sms: seededFaults(SEED, RATES),
  zalo: seededFaults(SEED, RATES),
};
const decide = (channel: keyof typeof faults, key: string) => faults[channel].faultFor(`${channel}:${key}`);

const ses = useSesMock();
const emailed = answerSesWith(ses, (to) => decide('email', to));
let notifier: NotifierOnStream;
let sms: LocalSmsGateway;
let zalo: LocalZaloGateway;
let refreshesBefore = 0;

beforeAll(async () => {
  sms = await startSmsGateway({
    port: await freePort(),
    fault: ({ to }) =>
      (({ temporary: 'throttle', refused: 'reject' }) as const)[decide('sms', to) ?? ('none' as never)],
  });
  zalo = await startZaloGateway({
    port: await freePort(),
    fault: ({ phone }) =>
      (({ temporary: 'busy', refused: 'no_zalo_account' }) as const)[
        decide('zalo', phone) ?? ('none' as never)
      ],
  });

  const tokens = localZaloTokens(zalo);
  await tokens.accessToken();
  // The token the notifier holds is dead before the first send.
  zalo.expireTokens();
  refreshesBefore = zalo.refreshes();

  notifier = await startNotifierOnStream(
    'load-channels',
    localPhoneChannels({ sms, zalo, tokens, region: 'ap-southeast-1', retry: NO_WAIT }),
  );
});

afterAll(async () => {
  await notifier?.poller.stop();
  await sms?.stop();
  await zalo?.stop();
  await notifier?.t.drop();
});

describe('the notifier on email, SMS and Zalo, each with 20% temporary failures and 5% refusals', () => {
  it(`each of ${PETITIONS} answered petitions ends with one message or one failure per channel`, async () => {
    const { t, poller, pollerLog } = notifier;
    const emailOf = (i: number) => `cu-tri-${i}@example.com`;
    const phoneOf = (i: number) => `09${String(10_000_000 + i).slice(-8)}`;
    const e164Of = (i: number) => `+84${phoneOf(i).slice(1)}`;
    const petitions = await answeredPetitions(t, PETITIONS, (i) => ({
      email: emailOf(i),
      phone: phoneOf(i),
    }));

    await expect
      .poll(async () => (await deliveryRecords(t)).settled, { timeout: 120_000, interval: 500 })
      .toBe(PETITIONS * 3);
    await poller.settled();

    const smsTo = new Map<string, number>();
    for (const m of sms.messages()) smsTo.set(m.to, (smsTo.get(m.to) ?? 0) + 1);
    const zaloTo = new Map<string, number>();
    for (const m of zalo.messages()) zaloTo.set(m.phone, (zaloTo.get(m.phone) ?? 0) + 1);
    const deliveries = (await deliveryRecords(t)).all;
    expect(deliveries).toHaveLength(PETITIONS * 3);
    for (const [i, petition] of petitions.entries()) {
      const record = await t.repos.petitions.getWithContact(petition.code);
      const failures = record!.events.filter((e) => e.type === 'notify_failed');
      const failedOn = (channel: string) => failures.filter((e) => e.note?.includes(`· ${channel} `)).length;
      const outcome = {
        petition: i,
        email: (emailed.get(emailOf(i)) ?? 0) + failedOn('email'),
        sms: (smsTo.get(e164Of(i)) ?? 0) + failedOn('sms'),
        zalo: (zaloTo.get(e164Of(i).slice(1)) ?? 0) + failedOn('zalo'),
      };
      expect(outcome).toEqual({ petition: i, email: 1, sms: 1, zalo: 1 });
      for (const channel of ['email', 'sms', 'zalo']) {
        const delivery = deliveries.find((d) => d.code === petition.code && d.channel === channel);
        expect(delivery?.state).toBe(failedOn(channel) === 1 ? 'failed' : 'sent');
      }
    }
    for (const channel of ['email', 'sms', 'zalo'] as const) {
      expect(faults[channel].counts.temporary).toBeGreaterThan(0);
      expect(faults[channel].counts.refused).toBeGreaterThan(0);
    }
    // The expired token was refreshed once, for every concurrent send that found it dead.
    expect(zalo.refreshes()).toBe(refreshesBefore + 1);
    expect(pollerLog.filter((line) => line.startsWith('giving up'))).toEqual([]);
  }, 180_000);
});
