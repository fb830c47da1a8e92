/**
 * Through the real stream: DynamoDB Local's stream, the local poller, the notifier and
 * the local SES mailbox, with nothing mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSender, createSesClient } from '../../functions/lib/email/index.ts';
import { isFeedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { type LocalMailbox, startMailbox } from '../../infra/local/mailbox.ts';
import { freePort } from '../../infra/local/ports.ts';
import { localStreamsClient, type StreamPoller, startStreamPoller } from '../../infra/local/stream-poller.ts';
import type { Petition, SubmitterContact } from '../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { createTestDatabase, localClient, type TestDatabase } from '../support/database.ts';
import {
  AGENCY,
  contactOf,
  eventOf,
  FEEDBACK_SECRET,
  newPetition,
  SITE_URL,
  seedReference,
  testNotifier,
} from './fixtures.ts';

let t: TestDatabase;
let mailbox: LocalMailbox;
let poller: StreamPoller;
const pollerLog: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase('stream');
  await seedReference(t.repos);
  mailbox = await startMailbox({ port: await freePort() });
  await mailbox.clear();
  const admin = localClient(t.endpoint);
  const streamArn = await streamArnOf(admin, t.tableName);
  admin.destroy();
  const handler = testNotifier(t.repos, {
    sender: createEmailSender({
      client: createSesClient({ region: 'ap-southeast-1', endpoint: mailbox.url }),
      sender: 'HĐND huyện Hữu Lũng <thong-bao@hdnd.example.vn>',
      configurationSet: 'local',
      retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
    }),
    consoleUrl: SITE_URL,
  });
  poller = await startStreamPoller({
    client: localStreamsClient(t.endpoint),
    streamArn,
    handler,
    pollIntervalMs: 50,
    log: (message) => pollerLog.push(message),
  });
});

afterAll(async () => {
  await poller?.stop();
  await mailbox?.stop();
  await t?.drop();
});

/** A routed petition and its submitter, written as the submission and routing would. */
async function routedPetition(person: { name: string; email: string }, title: string) {
  const petition: Petition = newPetition({
    title,
    status: 'routed',
    agencyId: AGENCY.id,
    routedAt: '2026-11-30T17:30:00.000Z',
    deadline: '2026-12-30T16:59:59.999Z',
  });
  const contact: SubmitterContact = {
    ...contactOf(petition.code, person),
    address: `Nhà của ${person.name}`,
  };
  await t.repos.petitions.create({ petition, contact, events: [] });
  return { petition, contact };
}

/** What the staff API does when an agency answers: the petition and its event in one transaction. */
async function answer(petition: Petition, text: string) {
  const event = eventOf(petition.code, 'answered', {
    at: new Date().toISOString(),
    actor: { id: 'can-bo', role: 'agency' },
  });
  await t.repos.petitions.save([
    {
      before: petition,
      after: {
        ...petition,
        status: 'answered',
        // The retention a use case decides (functions/lib/petitions/retention.ts).
        contactExpiresAt: '2027-11-30T03:00:00.000Z',
        answeredAt: event.at,
        answer: {
          text,
          documentNumber: '245/UBND-KT',
          documentDate: '2026-11-30',
          result: 'resolved',
          answeredAt: event.at,
          agencyId: AGENCY.id,
        },
      },
      events: [event],
    },
  ]);
}

describe('notifications through the DynamoDB stream', () => {
  it('answering a petition puts exactly one Vietnamese email with the code and the answer in the mailbox', async () => {
    const mine = await routedPetition(
      { name: 'Hoàng Văn Minh', email: 'minh@example.com' },
      'Sửa đường liên xã',
    );
    const other = await routedPetition(
      { name: 'Trần Thị Lan', email: 'lan@example.com' },
      'Lắp đèn chiếu sáng',
    );
    await poller.settled();
    await mailbox.clear();

    const answerText = 'UBND huyện đã bố trí kinh phí sửa chữa đường liên xã trong quý I năm 2027.';
    await answer(mine.petition, answerText);
    await expect.poll(() => mailbox.emails(), { timeout: 15_000 }).toHaveLength(1);
    await poller.settled();

    const emails = await mailbox.emails();
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email!.destination.to).toEqual(['minh@example.com']);
    const code = formatTrackingCode(mine.petition.code);
    expect(email!.subject).toBe(`Kiến nghị ${code} đã có kết quả trả lời`);
    const body = `${email!.body.text}\n${email!.body.html}`;
    expect(email!.body.text).toContain('Kính gửi Ông/Bà Hoàng Văn Minh,');
    expect(email!.body.text).toContain(answerText);
    expect(email!.body.html).toContain(answerText);
    expect(email!.body.text).toContain(`${SITE_URL}/tra-cuu?ma=${code}`);
    const token = new URL(email!.body.text!.match(/https:\S+phan-hoi=\S+/)![0]).searchParams.get('phan-hoi');
    expect(isFeedbackToken(FEEDBACK_SECRET, mine.petition.code, token)).toBe(true);
    // Nothing of the other submitter, nor the submitter's own contact details.
    for (const leak of [
      other.contact.name,
      'lan@example.com',
      other.contact.address,
      other.petition.title,
      other.petition.code,
      formatTrackingCode(other.petition.code),
      mine.contact.address,
      mine.contact.phone!,
    ]) {
      expect(body).not.toContain(leak);
    }
  });

  it('retries through the stream when SES is down, and sends once it is back', async () => {
    const { petition } = await routedPetition(
      { name: 'Lê Văn Hùng', email: 'hung@example.com' },
      'Nạo vét kênh',
    );
    await poller.settled();
    await mailbox.clear();
    const port = mailbox.port;
    await mailbox.stop();

    await answer(petition, 'Huyện sẽ nạo vét kênh trước mùa mưa năm 2027.');
    // The poller hands the record back and forth while the mailbox is down.
    await expect.poll(() => pollerLog.length, { timeout: 15_000 }).toBeGreaterThan(0);
    mailbox = await startMailbox({ port });

    await expect.poll(() => mailbox.emails(), { timeout: 20_000 }).toHaveLength(1);
    await poller.settled();
    const emails = await mailbox.emails();
    expect(emails.map((e) => e.destination.to[0])).toEqual(['hung@example.com']);
  });
});
