/**
 * Deadline reminders: the agency 3 days before the deadline and once it has passed, the
 * delegates of the petition's electoral unit once it is overdue; each reminder once,
 * however often the run repeats. SES is mocked; the table is the real DynamoDB Local.
 */
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { remindersDue } from '../../functions/deadlines/plan.ts';
import { sendDeadlineReminders } from '../../functions/deadlines/reminders.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { testEmailSender } from '../support/email-sender.ts';
import { useSesMock } from '../support/ses-mock.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const ses = useSesMock();
const sender = testEmailSender('HĐND <nhac-han@hdnd.example.vn>', { maxAttempts: 2 });

const DAY = 86_400_000;
// 10:00 in Vietnam.
const NOW = new Date('2026-11-20T03:00:00.000Z');
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

const bed = useStaffTestbed({ now: NOW, meetings: false });
const petitions: Record<string, Petition> = {};

beforeAll(async () => {
  petitions.dueSoon = await makePetition(bed, 'routed', { deadline: at(2) });
  petitions.overdue = await makePetition(bed, 'in_progress', { deadline: at(-5) });
  petitions.later = await makePetition(bed, 'routed', { deadline: at(10) });
  petitions.answered = await makePetition(bed, 'answered', { deadline: at(-5) });
  petitions.sonDong = await makePetition(bed, 'routed', {
    councilId: 'son-dong',
    communeId: 'an-ba',
    localityId: 'an-ba',
    agencyId: 'hat-kiem-lam-son-dong',
    deadline: at(-1),
  });
});
beforeEach(() => {
  ses.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
});

const sentTo = () =>
  ses
    .commandCalls(SendEmailCommand)
    .map((call) => ({
      to: call.args[0].input.Destination?.ToAddresses?.[0] ?? '',
      subject: call.args[0].input.Message?.Subject?.Data ?? '',
    }))
    .sort((a, b) => a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject));

const reminderEvents = async (code: string) =>
  ((await bed.database.repos.petitions.getWithContact(code))?.events ?? []).filter(
    (e) => e.type === 'reminder',
  );

describe('deadline reminders', () => {
  it('run twice on the same day: each reminder is sent once, to the right people', async () => {
    const deps = { repos: bed.database.repos, sender };
    bed.database.resetSent();
    const first = await sendDeadlineReminders(deps, NOW);
    const afterFirst = sentTo();
    const second = await sendDeadlineReminders(deps, new Date(NOW.getTime() + 2 * 3600_000));

    expect(first.sent).toEqual({ 'due-soon': 1, 'overdue-agency': 2, 'overdue-delegates': 2 });
    expect(second.sent).toEqual({ 'due-soon': 0, 'overdue-agency': 0, 'overdue-delegates': 0 });
    // Nothing new was sent by the second run.
    expect(sentTo()).toEqual(afterFirst);
    const recipients = afterFirst.map((m) => m.to);
    expect(recipients).toEqual(
      [
        'phong-tnmt-huu-lung@cong-vu.example.vn', // due soon
        'phong-tnmt-huu-lung@cong-vu.example.vn', // overdue
        'to-huu-lung-dv6-db1@dai-bieu.example.vn',
        'to-huu-lung-dv6-db2@dai-bieu.example.vn',
        'to-huu-lung-dv6-db3@dai-bieu.example.vn',
        'hat-kiem-lam-son-dong@cong-vu.example.vn',
        'to-son-dong-dv1-db1@dai-bieu.example.vn',
        'to-son-dong-dv1-db2@dai-bieu.example.vn',
        'to-son-dong-dv1-db3@dai-bieu.example.vn',
      ].sort(),
    );
    expect(afterFirst.filter((m) => m.subject.startsWith('Nhắc hạn'))).toHaveLength(1);

    // One reminder event per reminder sent; none for petitions that were not due.
    expect(await reminderEvents(petitions.dueSoon!.code)).toHaveLength(1);
    expect(await reminderEvents(petitions.overdue!.code)).toHaveLength(2);
    expect(await reminderEvents(petitions.later!.code)).toHaveLength(0);
    expect(await reminderEvents(petitions.answered!.code)).toHaveLength(0);
    // Found through the deadline index: no Scan.
    expect(bed.database.sent.some((c) => c.name === 'ScanCommand')).toBe(false);
    expect(bed.database.sent.some((c) => c.name === 'QueryCommand' && c.input.IndexName === 'gsi3')).toBe(
      true,
    );
  });

  it('a petition due soon is reminded again when its deadline passes', async () => {
    const later = new Date(NOW.getTime() + 3 * DAY);
    await sendDeadlineReminders({ repos: bed.database.repos, sender }, later);
    const aboutIt = sentTo().filter((m) => m.subject.includes(petitions.dueSoon!.code.slice(0, 4)));
    expect(aboutIt.map((m) => [m.to.split('@')[0], m.subject.split(':')[0]])).toEqual([
      ['phong-tnmt-huu-lung', 'Quá hạn'],
      ['to-huu-lung-dv6-db1', 'Đôn đốc'],
      ['to-huu-lung-dv6-db2', 'Đôn đốc'],
      ['to-huu-lung-dv6-db3', 'Đôn đốc'],
    ]);
    expect(await reminderEvents(petitions.dueSoon!.code)).toHaveLength(3);
  });

  it('when SES is throttled the reminder is not marked, and the next run sends it', async () => {
    const fresh = await makePetition(bed, 'routed', { agencyId: 'ubnd-huu-lung', deadline: at(1) });
    ses.reset();
    ses
      .on(SendEmailCommand)
      .rejects(Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling' }));
    bed.database.resetSent();
    const throttled = await sendDeadlineReminders({ repos: bed.database.repos, sender }, NOW);
    expect(throttled.deferred).toBe(1);
    expect(await reminderEvents(fresh.code)).toHaveLength(0);
    // The deadlines function's role may not delete (infra/lib/table-access.ts): the claim is
    // given back with an update, or on AWS the reminder would stay claimed and never be sent.
    expect(bed.database.sent.map((c) => c.name).filter((name) => name.startsWith('Delete'))).toEqual([]);

    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    const retried = await sendDeadlineReminders({ repos: bed.database.repos, sender }, NOW);
    expect(retried.sent['due-soon']).toBe(1);
    expect(sentTo().map((m) => m.to)).toEqual(['ubnd-huu-lung@cong-vu.example.vn']);
  });

  it('the emails are Vietnamese, escape stored text in HTML and never name the submitter', async () => {
    const odd = await makePetition(bed, 'routed', {
      agencyId: 'cong-an-huu-lung',
      deadline: at(1),
      title: 'Đèn đường <script>alert(1)</script> & an toàn',
    });
    await sendDeadlineReminders({ repos: bed.database.repos, sender }, NOW);
    const call = ses
      .commandCalls(SendEmailCommand)
      .find((c) => c.args[0].input.Destination?.ToAddresses?.[0] === 'cong-an-huu-lung@cong-vu.example.vn');
    const message = call!.args[0].input.Message!;
    expect(message.Subject?.Data).toContain('Nhắc hạn');
    expect(message.Body?.Text?.Data).toContain('Kính gửi: Công an huyện Hữu Lũng');
    expect(message.Body?.Text?.Data).toContain(odd.title);
    expect(message.Body?.Html?.Data).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; an toàn');
    expect(message.Body?.Html?.Data).not.toContain('<script>');
    for (const personal of ['Trần Văn Bình', 'binh.tran@example.com', '0912345678'])
      expect(JSON.stringify(message)).not.toContain(personal);
  });
});

describe('which reminders a petition is due', () => {
  it.each([
    ['deadline in 10 days', 'routed', 10, []],
    ['deadline in 4 days', 'routed', 4, []],
    ['deadline in 3 days', 'routed', 3, ['due-soon']],
    ['deadline later today', 'in_progress', 0.4, ['due-soon']],
    ['deadline passed', 'in_progress', -1, ['overdue-agency', 'overdue-delegates']],
    ['answered after its deadline', 'answered', -1, []],
  ] as const)('%s (%s)', (_name, status, days, expected) => {
    expect(remindersDue({ status, deadline: at(days) }, NOW)).toEqual(expected);
  });

  it('no deadline, no reminder', () => {
    expect(remindersDue({ status: 'received' }, NOW)).toEqual([]);
  });
});
