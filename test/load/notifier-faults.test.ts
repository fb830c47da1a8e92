/**
 * The notifier under SES faults: answered petitions reach the notifier through the real
 * DynamoDB stream (the local poller, as Lambda's event source mapping does), every batch
 * is delivered twice at once (Lambda may run a redelivery beside a slow first attempt),
 * and SES throttles 20% of calls and refuses 5% for good. Each answered petition must
 * end with exactly one email sent or exactly one failure recorded: none lost, none twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSesMock } from '../support/ses-mock.ts';
import {
  answeredPetitions,
  answerSesWith,
  deliveryRecords,
  type NotifierOnStream,
  seededFaults,
  startNotifierOnStream,
} from './notifier-harness.ts';

const PETITIONS = 80;
const SEED = 20_261_121;
const THROTTLE_RATE = 0.2;
const REFUSE_RATE = 0.05;

const faults = seededFaults(SEED, { temporary: THROTTLE_RATE, refused: REFUSE_RATE });
const ses = useSesMock();
const accepted = answerSesWith(ses, faults.faultFor);
let notifier: NotifierOnStream;

beforeAll(async () => {
  notifier = await startNotifierOnStream('load-notifier');
});

afterAll(async () => {
  await notifier?.poller.stop();
  await notifier?.t.drop();
});

describe(`the notifier, ${THROTTLE_RATE * 100}% of SES calls throttled and ${REFUSE_RATE * 100}% refused`, () => {
  it(`each of ${PETITIONS} answered petitions ends with exactly one email sent or one failure recorded`, async () => {
    const { t, poller, pollerLog } = notifier;
    const emailOf = (i: number) => `cu-tri-${i}@example.com`;
    const petitions = await answeredPetitions(t, PETITIONS, (i) => ({ email: emailOf(i) }));

    // Seconds on an idle machine; minutes when other tests and processes share its cores (the
    // stream is read one batch at a time): the guarantee checked does not depend on speed.
    await expect
      .poll(async () => (await deliveryRecords(t)).settled, { timeout: 240_000, interval: 500 })
      .toBe(PETITIONS);
    await poller.settled();

    const deliveries = (await deliveryRecords(t)).all;
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
    expect(faults.counts.temporary).toBeGreaterThan(0);
    expect(faults.counts.refused).toBeGreaterThan(0);
    expect(pollerLog.filter((line) => line.startsWith('giving up'))).toEqual([]);
  }, 300_000);
});
