import { MessageRejected, SESServiceException, SendEmailCommand } from '@aws-sdk/client-ses';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import type { NotifierDependencies } from '../../functions/notifier/notifier.ts';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { useSesMock } from '../support/ses-mock.ts';
import {
  AGENCY,
  contactOf,
  eventOf,
  eventRecord,
  newPetition,
  deliveryRecord as recordOf,
  streamRecordOf,
  testNotifier,
  useNotifierDatabase,
} from './fixtures.ts';

const ses = useSesMock();
const t = useNotifierDatabase('notifier');

beforeEach(() => ses.reset());

const throttled = () =>
  new SESServiceException({
    name: 'Throttling',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: 'Maximum sending rate exceeded.',
  });

const notifier = (overrides: Partial<NotifierDependencies> = {}) => testNotifier(t.repos, overrides);

/** The event's record handled twice, as a redelivery would: what it sends must still go once. */
async function deliveredTwice(event: TimelineEvent): Promise<void> {
  const handle = notifier();
  await handle({ Records: [eventRecord(event)] });
  await handle({ Records: [eventRecord(event)] });
}

async function petitionWith(email: string | undefined, overrides: Partial<Petition> = {}) {
  const petition = newPetition(overrides);
  await t.repos.petitions.create({
    petition,
    contact: contactOf(petition.code, { name: 'Hoàng Văn Minh', ...(email ? { email } : {}) }),
    events: [],
  });
  return petition;
}

const sentTo = () =>
  ses.commandCalls(SendEmailCommand).map((c) => c.args[0].input.Destination?.ToAddresses?.[0]);

const deliveryRecord = (code: string, eventId: string, recipient?: string) =>
  recordOf(t, code, eventId, recipient);

/** Saves `primary` answered (with its "answered" event): the event and the petition saved. */
async function answer(primary: Petition) {
  const answered = eventOf(primary.code, 'answered');
  const [saved] = await t.repos.petitions.save([
    {
      before: primary,
      after: {
        ...primary,
        status: 'answered',
        // The retention a use case decides (functions/lib/petitions/retention.ts).
        contactExpiresAt: '2027-11-30T03:00:00.000Z',
        answeredAt: answered.at,
        answer: {
          text: 'UBND huyện đã bố trí kinh phí sửa chữa trong quý I.',
          documentNumber: '245/UBND-KT',
          documentDate: '2026-11-30',
          result: 'resolved',
          answeredAt: answered.at,
          agencyId: AGENCY.id,
        },
      },
      events: [answered],
    },
  ]);
  return { answered, saved: saved! };
}

/** A petition already merged into `into`, with its "merged" event unless `event` is false. */
async function mergedPetition(email: string, into: string, event = true) {
  const petition = newPetition({ title: 'Đường liên xã sạt lở' });
  await t.repos.petitions.create({
    petition: { ...petition, status: 'merged', mergedInto: into },
    contact: contactOf(petition.code, { name: 'Vi Thị Thu', email }),
    events: event ? [eventOf(petition.code, 'merged', { mergedInto: into })] : [],
  });
  return petition;
}

describe('notifier', () => {
  it('sends once when SES throttles and then accepts', async () => {
    ses.on(SendEmailCommand).rejectsOnce(throttled()).resolves({ MessageId: 'm-1' });
    const petition = await petitionWith('minh@example.com');
    const received = eventOf(petition.code, 'received');

    const result = await notifier()({ Records: [eventRecord(received)] });

    expect(result.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(2);
    expect(sentTo()).toEqual(['minh@example.com', 'minh@example.com']);
    expect(await deliveryRecord(petition.code, received.id)).toMatchObject({
      state: 'sent',
      messageId: 'm-1',
    });
  });

  it('sends nothing when a record is delivered again', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-2' });
    const petition = await petitionWith('minh@example.com');
    const record = eventRecord(eventOf(petition.code, 'received'));
    const handle = notifier();

    await handle({ Records: [record] });
    const again = await handle({ Records: [record] });

    expect(again.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('records a permanent refusal on the timeline and does not retry it', async () => {
    ses.on(SendEmailCommand).rejects(new MessageRejected({ message: 'Address blacklisted.', $metadata: {} }));
    const petition = await petitionWith('bounce@example.com');
    const rejected = eventOf(petition.code, 'rejected', { reason: 'Không phải kiến nghị' });
    const handle = notifier();

    const first = await handle({ Records: [eventRecord(rejected)] });
    const redelivered = await handle({ Records: [eventRecord(rejected)] });

    expect(first.batchItemFailures).toEqual([]);
    expect(redelivered.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    const record = await t.repos.petitions.getWithContact(petition.code);
    const failures = record!.events.filter((e) => e.type === 'notify_failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ reason: 'message_rejected', actor: { role: 'system' } });
    expect(JSON.stringify(failures[0])).not.toContain('bounce@example.com');
    expect(await deliveryRecord(petition.code, rejected.id)).toMatchObject({ state: 'failed' });
  });

  it('fails only the poison record of a batch', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-3' });
    const a = await petitionWith('a@example.com');
    const b = await petitionWith('b@example.com');
    const poison = streamRecordOf({
      pk: petitionKeys.pk(a.code),
      sk: `${petitionKeys.eventPrefix}2026-11-30T00:00:00.000Z#broken`,
      type: 'no-such-type',
    });

    const result = await notifier()({
      Records: [eventRecord(eventOf(a.code, 'received')), poison, eventRecord(eventOf(b.code, 'received'))],
    });

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: poison.dynamodb.SequenceNumber }]);
    expect(sentTo().sort()).toEqual(['a@example.com', 'b@example.com']);
  });

  it('fails the record when throttling outlasts the retries, and sends on the redelivery', async () => {
    ses.on(SendEmailCommand).rejects(throttled());
    const petition = await petitionWith('minh@example.com');
    const received = eventOf(petition.code, 'received');
    const record = eventRecord(received);
    const handle = notifier();

    t.resetSent();
    const first = await handle({ Records: [record] });
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb?.SequenceNumber }]);
    // The claim was given back (its lease ended at once), so the retry is free to send; and
    // with an UpdateItem, since the notifier's role has no DeleteItem (infra/lib/table-access.ts).
    expect(await deliveryRecord(petition.code, received.id)).toMatchObject({ state: 'sending' });
    expect(t.sent.map((c) => c.name).filter((name) => name.startsWith('Delete'))).toEqual([]);

    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-4' });
    const retried = await handle({ Records: [record] });
    expect(retried.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('fails a record whose delivery another attempt holds, and takes it over once the lease ran out', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-5' });
    const petition = await petitionWith('minh@example.com');
    const received = eventOf(petition.code, 'received');
    const record = eventRecord(received);
    const start = Date.parse('2026-12-01T08:00:00Z');
    // An attempt that claimed the delivery and then died without a word.
    const crashed = notifier({
      now: () => new Date(start),
      sender: { send: () => new Promise(() => undefined) },
    });
    void crashed({ Records: [record] });
    await expect.poll(() => deliveryRecord(petition.code, received.id)).toMatchObject({ state: 'sending' });

    const early = await notifier({ now: () => new Date(start + 60_000) })({ Records: [record] });
    expect(early.batchItemFailures).toHaveLength(1);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);

    const late = await notifier({ now: () => new Date(start + 121_000) })({ Records: [record] });
    expect(late.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('sends no email and reports no error for a submitter without an email address', async () => {
    const petition = await petitionWith(undefined);
    const result = await notifier()({ Records: [eventRecord(eventOf(petition.code, 'received'))] });
    expect(result.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('ignores changes that are not new timeline events', async () => {
    const petition = await petitionWith('minh@example.com');
    const result = await notifier()({
      Records: [
        streamRecordOf(
          { pk: petitionKeys.pk(petition.code), sk: petitionKeys.petitionSk, ...petition },
          'MODIFY',
        ),
        streamRecordOf({ pk: petitionKeys.pk(petition.code), sk: petitionKeys.contactSk, name: 'x' }),
        streamRecordOf({
          ...eventOf(petition.code, 'acknowledged'),
          pk: petitionKeys.pk(petition.code),
          sk: `${petitionKeys.eventPrefix}x`,
        }),
      ],
    });
    expect(result.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it("tells the submitter and the agency's mailbox about a new assignment, each once", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-6' });
    const petition = await petitionWith('minh@example.com', { status: 'routed', agencyId: AGENCY.id });
    const routed = eventOf(petition.code, 'routed', {
      agencyId: AGENCY.id,
      deadline: '2026-12-30T16:59:59.999Z',
    });
    await deliveredTwice(routed);

    expect(sentTo().sort()).toEqual([AGENCY.email, 'minh@example.com'].sort());
    const toAgency = ses
      .commandCalls(SendEmailCommand)
      .find((c) => c.args[0].input.Destination?.ToAddresses?.[0] === AGENCY.email)!.args[0].input;
    const agencyText = `${toAgency.Message?.Body?.Text?.Data}${toAgency.Message?.Body?.Html?.Data}`;
    expect(agencyText).toContain(petition.title);
    expect(agencyText).not.toContain('Hoàng Văn Minh');
    expect(agencyText).not.toContain('minh@example.com');
    expect(toAgency.Message?.Body?.Text?.Data).toContain(
      `https://can-bo.example.vn/quan-ly/kien-nghi/?ma=${petition.code}`,
    );
  });

  const bodyTo = (address: string) =>
    ses
      .commandCalls(SendEmailCommand)
      .filter((c) => c.args[0].input.Destination?.ToAddresses?.[0] === address)
      .map((c) => {
        const m = c.args[0].input.Message;
        return `${m?.Subject?.Data}\n${m?.Body?.Text?.Data}\n${m?.Body?.Html?.Data}`;
      });

  it("tells the agency holding a reopened petition, once, with the console link and none of the submitter's words", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-8' });
    const petition = await petitionWith('minh@example.com', { status: 'in_progress', agencyId: AGENCY.id });
    const reopened = eventOf(petition.code, 'reopened', {
      actor: { id: 'citizen', role: 'citizen' },
      reason: 'Tôi là Hoàng Văn Minh, gọi 0912345678: đường vẫn chưa sửa',
    });
    await deliveredTwice(reopened);

    expect(sentTo().sort()).toEqual([AGENCY.email, 'minh@example.com'].sort());
    const [toAgency, ...more] = bodyTo(AGENCY.email!);
    expect(more).toEqual([]);
    expect(toAgency).toContain('chưa hài lòng');
    expect(toAgency).toContain(`https://can-bo.example.vn/quan-ly/kien-nghi/?ma=${petition.code}`);
    for (const personal of ['Hoàng Văn Minh', 'minh@example.com', '0912345678', 'Làng Ngõa']) {
      expect(toAgency).not.toContain(personal);
    }
    expect(await deliveryRecord(petition.code, reopened.id, `agency#${AGENCY.id}`)).toMatchObject({
      state: 'sent',
    });
  });

  it("tells the agency holding a petition of a delegate's follow-up, once, and not the submitter", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-9' });
    const petition = await petitionWith('minh@example.com', { status: 'routed', agencyId: AGENCY.id });
    const followUp = eventOf(petition.code, 'follow_up', {
      actor: { id: 'dai-bieu', role: 'delegate' },
      note: 'Đề nghị báo cáo tiến độ trước kỳ họp.',
    });
    await deliveredTwice(followUp);

    expect(sentTo()).toEqual([AGENCY.email]);
    const [toAgency] = bodyTo(AGENCY.email!);
    expect(toAgency).toContain('đôn đốc');
    expect(toAgency).toContain(`https://can-bo.example.vn/quan-ly/kien-nghi/?ma=${petition.code}`);
    expect(toAgency).not.toContain('Hoàng Văn Minh');
  });

  it('tells no agency of a follow-up on a petition that no agency holds yet', async () => {
    const petition = await petitionWith('minh@example.com', { status: 'received' });
    const result = await notifier()({
      Records: [eventRecord(eventOf(petition.code, 'follow_up', { note: 'Đề nghị xem xét sớm.' }))],
    });
    expect(result.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it("tells each merged petition's submitter when the primary is answered", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-7' });
    const primary = await petitionWith('primary@example.com', { status: 'routed', agencyId: AGENCY.id });
    const duplicate = newPetition({ title: 'Đường liên xã sạt lở' });
    await t.repos.petitions.create({
      petition: { ...duplicate, status: 'merged', mergedInto: primary.code },
      contact: contactOf(duplicate.code, { name: 'Vi Thị Thu', email: 'thu@example.com' }),
      events: [eventOf(duplicate.code, 'merged', { mergedInto: primary.code })],
    });
    const { answered, saved } = await answer(primary);
    expect(saved.status).toBe('answered');

    await notifier()({ Records: [eventRecord(answered)] });

    expect(sentTo().sort()).toEqual(['primary@example.com', 'thu@example.com']);
    const toFollower = ses
      .commandCalls(SendEmailCommand)
      .find((c) => c.args[0].input.Destination?.ToAddresses?.[0] === 'thu@example.com')!.args[0].input;
    const body = `${toFollower.Message?.Subject?.Data}${toFollower.Message?.Body?.Text?.Data}${toFollower.Message?.Body?.Html?.Data}`;
    expect(body).toContain('UBND huyện đã bố trí kinh phí sửa chữa trong quý I.');
    expect(body).toContain('Vi Thị Thu');
    expect(body).not.toContain('Hoàng Văn Minh');
    expect(body).not.toContain('primary@example.com');
    expect(body).not.toContain(primary.title);
  });

  it('follows merges transitively: A merged into B, B into C, C answered tells A and B once each', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-8' });
    const c = await petitionWith('c@example.com', { status: 'routed', agencyId: AGENCY.id });
    const b = await mergedPetition('b@example.com', c.code);
    // A still points at B: the merge of B into C missed A's link (the index lags a little).
    await mergedPetition('a@example.com', b.code);
    const { answered } = await answer(c);

    await notifier()({ Records: [eventRecord(answered)] });

    expect(sentTo().sort()).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
  });

  it('tells a petition linked before the merged events carried the link (a SYSTEM#MERGED# item)', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-9' });
    const primary = await petitionWith('primary@example.com', { status: 'routed', agencyId: AGENCY.id });
    const old = await mergedPetition('old@example.com', primary.code, false);
    await t.db.doc.send(
      new PutCommand({
        TableName: t.tableName,
        Item: {
          pk: petitionKeys.pk(primary.code),
          sk: `${petitionKeys.mergedPetitionPrefix}${old.code}`,
          entity: 'merge-link',
          code: primary.code,
          mergedCode: old.code,
        },
      }),
    );
    const { answered } = await answer(primary);

    await notifier()({ Records: [eventRecord(answered)] });

    expect(sentTo().sort()).toEqual(['old@example.com', 'primary@example.com']);
  });
});
