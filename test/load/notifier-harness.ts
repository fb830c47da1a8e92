/**
 * What the notifier fault tests share: faults drawn from one seeded sequence per recipient
 * (so they do not depend on the order of calls), SES answering with those faults, the notifier
 * fed by the table's real stream (the local poller) with every batch delivered twice at once,
 * and the answered petitions whose messages the tests count.
 */
import { MessageRejected, SESServiceException, SendEmailCommand } from '@aws-sdk/client-ses';
import { answerPetition } from '../../functions/lib/petitions/actions.ts';
import type { NotifierDependencies } from '../../functions/notifier/notifier.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { demoStaff } from '../../infra/local/demo/staff.ts';
import { seededRandom } from '../../infra/local/demo/year.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { localStreamsClient, type StreamPoller, startStreamPoller } from '../../infra/local/stream-poller.ts';
import type { Petition, SubmitterContact } from '../../shared/schemas/index.ts';
import { deadlineAfter } from '../../shared/time.ts';
import { contactOf, newPetition, SITE_URL, testNotifier } from '../notifier/fixtures.ts';
import { createTestDatabase, localClient, type TestDatabase } from '../support/database.ts';
import type { useSesMock } from '../support/ses-mock.ts';
import { deliveredTwiceAtOnce, scanAll } from './support.ts';

/** A draw in [0, 1) for `key`, from that key's own sequence of the seeded generator. */
export function seededDraws(seed: number): (key: string) => number {
  const sequences = new Map<string, () => number>();
  return (key) => {
    if (!sequences.has(key)) {
      let hash = seed;
      for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
      sequences.set(key, seededRandom(hash));
    }
    return sequences.get(key)!();
  };
}

export type SesFault = 'temporary' | 'refused' | undefined;

/**
 * Faults at `rates`: a draw below `temporary` is a temporary fault, one below `temporary +
 * refused` a refusal. `counts` tallies the faults given, so a test can check they happened.
 */
export function seededFaults(seed: number, rates: { temporary: number; refused: number }) {
  const draw = seededDraws(seed);
  const counts = { temporary: 0, refused: 0 };
  const faultFor = (key: string): SesFault => {
    const r = draw(key);
    if (r < rates.temporary) {
      counts.temporary++;
      return 'temporary';
    }
    if (r < rates.temporary + rates.refused) {
      counts.refused++;
      return 'refused';
    }
    return undefined;
  };
  return { faultFor, counts };
}

/**
 * SES as the mock answers: a throttle for a temporary fault, MessageRejected for a refusal,
 * otherwise a message id; `accepted` counts the messages sent to each address.
 */
export function answerSesWith(
  ses: ReturnType<typeof useSesMock>,
  faultFor: (to: string) => SesFault,
): Map<string, number> {
  const accepted = new Map<string, number>();
  ses.on(SendEmailCommand).callsFake((input: { Destination?: { ToAddresses?: string[] } }) => {
    const to = input.Destination?.ToAddresses?.[0] ?? '';
    const fault = faultFor(to);
    if (fault === 'temporary')
      throw new SESServiceException({
        name: 'Throttling',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'Maximum sending rate exceeded.',
      });
    if (fault === 'refused')
      throw new MessageRejected({ message: 'Email address is not verified.', $metadata: {} });
    accepted.set(to, (accepted.get(to) ?? 0) + 1);
    return { MessageId: `message-${to}-${accepted.get(to)}` };
  });
  return accepted;
}

export interface NotifierOnStream {
  t: TestDatabase;
  poller: StreamPoller;
  /** What the poller logged (a line starting "giving up" is a record it dropped). */
  pollerLog: string[];
}

/**
 * A table of its own with the demo data, and the notifier (with `channels`, beside email)
 * reading its stream through the local poller, every batch delivered twice at once.
 */
export async function startNotifierOnStream(
  name: string,
  channels: Pick<NotifierDependencies, 'sms' | 'zalo'> = {},
): Promise<NotifierOnStream> {
  const t = await createTestDatabase(name);
  await seedDemoData(t.repos);
  const admin = localClient(t.endpoint);
  const streamArn = await streamArnOf(admin, t.tableName);
  admin.destroy();
  const notify = testNotifier(t.repos, { ...channels, consoleUrl: SITE_URL });
  const pollerLog: string[] = [];
  const poller = await startStreamPoller({
    client: localStreamsClient(t.endpoint),
    streamArn,
    handler: deliveredTwiceAtOnce(notify),
    pollIntervalMs: 50,
    log: (message) => pollerLog.push(message),
  });
  return { t, poller, pollerLog };
}

/**
 * `count` petitions routed to UBND Hữu Lũng, the i-th submitted by `contact(i)` (an email
 * and perhaps a phone), then all answered at once: each answer is a message to its submitter.
 */
export async function answeredPetitions(
  t: TestDatabase,
  count: number,
  contact: (i: number) => Pick<SubmitterContact, 'email' | 'phone'>,
): Promise<Petition[]> {
  const now = new Date();
  const routedAt = now.toISOString();
  const petitions = Array.from({ length: count }, () =>
    newPetition({
      status: 'in_progress',
      agencyId: 'ubnd-huu-lung',
      routedAt,
      deadline: deadlineAfter(routedAt, 30),
    }),
  );
  await Promise.all(
    petitions.map((p, i) =>
      t.repos.petitions.create({
        petition: p,
        contact: { ...contactOf(p.code, { name: `Cử tri ${i}` }), ...contact(i) },
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
  return petitions;
}

/** The table's delivery records, and how many of them have settled (sent or failed for good). */
export async function deliveryRecords(t: TestDatabase) {
  const all = (await scanAll(t.db)).filter((i) => i.entity === 'notification');
  return { all, settled: all.filter((i) => i.state === 'sent' || i.state === 'failed').length };
}
