/**
 * The notifier on three channels under faults: answered petitions reach it through the
 * real DynamoDB stream (the local poller), every batch is delivered twice at once, and on
 * each channel 20% of calls fail for a moment and 5% are refused for good — SES (mocked
 * client), SMS and Zalo (the local stand-ins, speaking each provider's protocol and
 * errors). Each petition must end, on each channel, with exactly one message or one
 * recorded failure. The Zalo token has expired when the run starts: it is refreshed once.
 */
import { MessageRejected, SESClient, SESServiceException, SendEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSmsChannel,
  createSmsClient,
  createZaloChannel,
  memoryCredentials,
  ZaloTokens,
} from '../../functions/lib/channels/index.ts';
import { answerPetition } from '../../functions/lib/petitions/actions.ts';
import { createNotifier } from '../../functions/notifier/notifier.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { demoStaff } from '../../infra/local/demo/staff.ts';
import { freePort } from '../../infra/local/ports.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { type LocalSmsGateway, startSmsGateway } from '../../infra/local/sms-gateway.ts';
import { localStreamsClient, type StreamPoller, startStreamPoller } from '../../infra/local/stream-poller.ts';
import { LOCAL_ZALO_APP, type LocalZaloGateway, startZaloGateway } from '../../infra/local/zalo-gateway.ts';
import { deadlineAfter } from '../../shared/time.ts';
import { contactOf, FEEDBACK_SECRET, newPetition, SITE_URL, testSender } from '../notifier/fixtures.ts';
import { createTestDatabase, localClient, type TestDatabase } from '../support/database.ts';
import { deliveredTwiceAtOnce, scanAll } from './support.ts';

const PETITIONS = 40;
const SEED = 20_261_201;
const TEMPORARY_RATE = 0.2;
const REFUSE_RATE = 0.05;
const NO_WAIT = { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 2, sleep: async () => undefined };

/** mulberry32, one sequence per recipient and channel: the faults do not depend on call order. */
function faultsFor(key: string): () => number {
  let state = SEED;
  for (const char of key) state = Math.imul(state ^ char.charCodeAt(0), 16_777_619);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const draws = new Map<string, () => number>();
const roll = (key: string) => {
  if (!draws.has(key)) draws.set(key, faultsFor(key));
  return draws.get(key)!();
};
const faults = {
  email: { temporary: 0, refused: 0 },
  sms: { temporary: 0, refused: 0 },
  zalo: { temporary: 0, refused: 0 },
};
function decide(channel: keyof typeof faults, key: string): 'temporary' | 'refused' | undefined {
  const r = roll(`${channel}:${key}`);
  if (r < TEMPORARY_RATE) {
    faults[channel].temporary++;
    return 'temporary';
  }
  if (r < TEMPORARY_RATE + REFUSE_RATE) {
    faults[channel].refused++;
    return 'refused';
  }
  return undefined;
}

const ses = mockClient(SESClient);
const emailed = new Map<string, number>();
let t: TestDatabase;
let poller: StreamPoller;
let sms: LocalSmsGateway;
let zalo: LocalZaloGateway;
let refreshesBefore = 0;
const pollerLog: string[] = [];

beforeAll(async () => {
  ses.on(SendEmailCommand).callsFake((input: { Destination?: { ToAddresses?: string[] } }) => {
    const to = input.Destination?.ToAddresses?.[0] ?? '';
    const fault = decide('email', to);
    if (fault === 'temporary')
      throw new SESServiceException({
        name: 'Throttling',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'Maximum sending rate exceeded.',
      });
    if (fault === 'refused')
      throw new MessageRejected({ message: 'Email address is not verified.', $metadata: {} });
    emailed.set(to, (emailed.get(to) ?? 0) + 1);
    return { MessageId: `message-${to}-${emailed.get(to)}` };
  });
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

  t = await createTestDatabase('load-channels');
  await seedDemoData(t.repos);
  const admin = localClient(t.endpoint);
  const streamArn = await streamArnOf(admin, t.tableName);
  admin.destroy();

  const tokens = new ZaloTokens({
    oauthUrl: zalo.url,
    store: memoryCredentials({ ...LOCAL_ZALO_APP, refreshToken: zalo.initialRefreshToken }),
  });
  await tokens.accessToken();
  // The token the notifier holds is dead before the first send.
  zalo.expireTokens();
  refreshesBefore = zalo.refreshes();

  const notify = createNotifier({
    repos: t.repos,
    sender: testSender(),
    sms: createSmsChannel({
      client: createSmsClient({ region: 'ap-southeast-1', endpoint: sms.url }),
      originationIdentity: 'arn:aws:sms-voice:ap-southeast-1:111111111111:sender-id/HDND/VN',
      retry: NO_WAIT,
    }),
    zalo: createZaloChannel({ apiUrl: zalo.url, tokens, retry: NO_WAIT }),
    siteUrl: SITE_URL,
    consoleUrl: SITE_URL,
    feedbackSecret: FEEDBACK_SECRET,
    leaseSeconds: 120,
  });
  poller = await startStreamPoller({
    client: localStreamsClient(t.endpoint),
    streamArn,
    handler: deliveredTwiceAtOnce(notify),
    pollIntervalMs: 50,
    log: (message) => pollerLog.push(message),
  });
});

afterAll(async () => {
  await poller?.stop();
  await sms?.stop();
  await zalo?.stop();
  await t?.drop();
  ses.restore();
});

describe('the notifier on email, SMS and Zalo, each with 20% temporary failures and 5% refusals', () => {
  it(`each of ${PETITIONS} answered petitions ends with one message or one failure per channel`, async () => {
    const now = new Date();
    const routedAt = now.toISOString();
    const petitions = Array.from({ length: PETITIONS }, () =>
      newPetition({
        status: 'in_progress',
        agencyId: 'ubnd-huu-lung',
        routedAt,
        deadline: deadlineAfter(routedAt, 30),
      }),
    );
    const emailOf = (i: number) => `cu-tri-${i}@example.com`;
    const phoneOf = (i: number) => `09${String(10_000_000 + i).slice(-8)}`;
    const e164Of = (i: number) => `+84${phoneOf(i).slice(1)}`;
    await Promise.all(
      petitions.map((p, i) =>
        t.repos.petitions.create({
          petition: p,
          contact: { ...contactOf(p.code, { name: `Cử tri ${i}`, email: emailOf(i) }), phone: phoneOf(i) },
          events: [],
        }),
      ),
    );
    const officer = { repos: t.repos, user: demoStaff('can-bo-ubnd-huu-lung').user, now };
    await Promise.all(
      petitions.map((p) =>
        answerPetition(officer, p.code, {
          text: 'UBND huyện đã bố trí kinh phí sửa chữa đường liên xã trong quý I.',
          documentNumber: '245/UBND-KT',
          documentDate: '2026-11-20',
          result: 'resolved',
        }),
      ),
    );

    const settled = async () =>
      (await scanAll(t.db)).filter(
        (i) => i.entity === 'notification' && (i.state === 'sent' || i.state === 'failed'),
      ).length;
    await expect.poll(settled, { timeout: 120_000, interval: 500 }).toBe(PETITIONS * 3);
    await poller.settled();

    const smsTo = new Map<string, number>();
    for (const m of sms.messages()) smsTo.set(m.to, (smsTo.get(m.to) ?? 0) + 1);
    const zaloTo = new Map<string, number>();
    for (const m of zalo.messages()) zaloTo.set(m.phone, (zaloTo.get(m.phone) ?? 0) + 1);
    const deliveries = (await scanAll(t.db)).filter((i) => i.entity === 'notification');
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
      expect(faults[channel].temporary).toBeGreaterThan(0);
      expect(faults[channel].refused).toBeGreaterThan(0);
    }
    // The expired token was refreshed once, for every concurrent send that found it dead.
    expect(zalo.refreshes()).toBe(refreshesBefore + 1);
    expect(pollerLog.filter((line) => line.startsWith('giving up'))).toEqual([]);
  }, 180_000);
});
