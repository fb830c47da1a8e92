/**
 * The notifier under SES faults: answered petitions reach the notifier through the real
 * DynamoDB stream (the local poller, as Lambda's event source mapping does), every batch
 * is delivered twice at once (Lambda may run a redelivery beside a slow first attempt),
 * and SES throttles 20% of calls and refuses 5% for good. Each answered petition must
 * end with exactly one email sent or exactly one failure recorded: none lost, none twice.
 */
import { MessageRejected, SESClient, SESServiceException, SendEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerPetition } from '../../functions/lib/petitions/actions.ts';
import { createNotifier } from '../../functions/notifier/notifier.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { demoStaff } from '../../infra/local/demo/staff.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { localStreamsClient, type StreamPoller, startStreamPoller } from '../../infra/local/stream-poller.ts';
import { deadlineAfter } from '../../shared/time.ts';
import { contactOf, FEEDBACK_SECRET, newPetition, SITE_URL, testSender } from '../notifier/fixtures.ts';
import { createTestDatabase, localClient, type TestDatabase } from '../support/database.ts';
import { deliveredTwiceAtOnce, scanAll } from './support.ts';

const PETITIONS = 80;
const SEED = 20_261_121;
const THROTTLE_RATE = 0.2;
const REFUSE_RATE = 0.05;

/** A small seeded generator (mulberry32): the same seed gives the same faults. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Each recipient draws from its own seeded sequence, so the faults do not depend on call order. */
function faultsFor(address: string): () => number {
  let hash = SEED;
  for (const char of address) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return seeded(hash);
}

const ses = mockClient(SESClient);
const accepted = new Map<string, number>();
const calls = { throttled: 0, refused: 0 };
let t: TestDatabase;
let poller: StreamPoller;
const pollerLog: string[] = [];

beforeAll(async () => {
  const draws = new Map<string, () => number>();
  ses.on(SendEmailCommand).callsFake((input: { Destination?: { ToAddresses?: string[] } }) => {
    const to = input.Destination?.ToAddresses?.[0] ?? '';
    if (!draws.has(to)) draws.set(to, faultsFor(to));
    const roll = draws.get(to)!();
    if (roll < THROTTLE_RATE) {
      calls.throttled++;
      throw new SESServiceException({
        name: 'Throttling',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'Maximum sending rate exceeded.',
      });
    }
    if (roll < THROTTLE_RATE + REFUSE_RATE) {
      calls.refused++;
      throw new MessageRejected({ message: 'Email address is not verified.', $metadata: {} });
    }
    accepted.set(to, (accepted.get(to) ?? 0) + 1);
    return { MessageId: `message-${to}-${accepted.get(to)}` };
  });

  t = await createTestDatabase('load-notifier');
  await seedDemoData(t.repos);
  const admin = localClient(t.endpoint);
  const streamArn = await streamArnOf(admin, t.tableName);
  admin.destroy();
  const notify = createNotifier({
    repos: t.repos,
    sender: testSender(),
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
  await t?.drop();
  ses.restore();
});

describe(`the notifier, ${THROTTLE_RATE * 100}% of SES calls throttled and ${REFUSE_RATE * 100}% refused`, () => {
  it(`each of ${PETITIONS} answered petitions ends with exactly one email sent or one failure recorded`, async () => {
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
    await Promise.all(
      petitions.map((p, i) =>
        t.repos.petitions.create({
          petition: p,
          contact: contactOf(p.code, { name: `Cử tri ${i}`, email: emailOf(i) }),
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

    const settledDeliveries = async () =>
      (await scanAll(t.db)).filter(
        (i) => i.entity === 'notification' && (i.state === 'sent' || i.state === 'failed'),
      ).length;
    // Seconds on an idle machine; minutes when other tests and processes share its cores (the
    // stream is read one batch at a time): the guarantee checked does not depend on speed.
    await expect.poll(settledDeliveries, { timeout: 240_000, interval: 500 }).toBe(PETITIONS);
    await poller.settled();

    const deliveries = (await scanAll(t.db)).filter((i) => i.entity === 'notification');
    expect(deliveries).toHaveLength(PETITIONS);
    for (const [i, petition] of petitions.entries()) {
      const sent = accepted.get(emailOf(i)) ?? 0;
      const record = await t.repos.petitions.getWithContact(petition.code);
      const failures = record!.events.filter((e) => e.type === 'notify_failed');
      expect({ petition: i, outcome: sent + failures.length }).toEqual({ petition: i, outcome: 1 });
      const delivery = deliveries.find((d) => d.code === petition.code);
      expect(delivery?.state).toBe(sent === 1 ? 'sent' : 'failed');
    }
    // The faults really happened, and the poller never gave a record up.
    expect(calls.throttled).toBeGreaterThan(0);
    expect(calls.refused).toBeGreaterThan(0);
    expect(pollerLog.filter((line) => line.startsWith('giving up'))).toEqual([]);
  }, 300_000);
});
