/**
 * Follow-up items' reminders, by the same daily run as petitions': the agency 3 days before
 * the deadline and once it has passed, the standing committee's office once it has passed;
 * each once per (item, kind, deadline) however often the run repeats, tested with the clock
 * moved. SES is mocked; the table is the real DynamoDB Local.
 */
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendDeadlineReminders } from '../../functions/deadlines/reminders.ts';
import { oversightRepository } from '../../functions/lib/data/oversight-repository.ts';
import type { FollowUpItem } from '../../shared/schemas/index.ts';
import { useStaffTestbed } from '../staff/support.ts';
import { testEmailSender } from '../support/email-sender.ts';
import { useSesMock } from '../support/ses-mock.ts';
import { makeItem } from './support.ts';

const ses = useSesMock();
const sender = testEmailSender('HĐND <nhac-han@hdnd.example.vn>', { maxAttempts: 2 });

const DAY = 86_400_000;
// 10:00 in Vietnam.
const NOW = new Date('2026-11-20T03:00:00.000Z');

const bed = useStaffTestbed({ now: NOW, meetings: false });
const items: Record<string, FollowUpItem> = {};

beforeAll(async () => {
  items.dueSoon = await makeItem(bed, 'open', {}, 2);
  items.overdue = await makeItem(bed, 'in_progress', {}, -5);
  items.later = await makeItem(bed, 'open', {}, 10);
  items.reported = await makeItem(bed, 'reported_done', {}, -5);
  items.accepted = await makeItem(bed, 'accepted', {}, -5);
});
beforeEach(() => {
  ses.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
});

const sent = () =>
  ses.commandCalls(SendEmailCommand).map((call) => ({
    to: call.args[0].input.Destination?.ToAddresses?.[0] ?? '',
    subject: call.args[0].input.Message?.Subject?.Data ?? '',
    body: call.args[0].input.Message?.Body?.Text?.Data ?? '',
  }));

const reminderKinds = async (item: FollowUpItem) =>
  ((await oversightRepository(bed.database.db).getItemRecord(item.id, { notes: true }))?.events ?? [])
    .filter((e) => e.type === 'reminder')
    .map((e) => e.note)
    .sort();

describe('follow-up reminders', () => {
  it('run twice on the same day: each reminder goes once, to the agency and to the secretariat', async () => {
    const deps = { repos: bed.database.repos, sender, consoleUrl: 'https://hdnd.example.vn' };
    const first = await sendDeadlineReminders(deps, NOW);
    const afterFirst = sent();
    const second = await sendDeadlineReminders(deps, new Date(NOW.getTime() + 2 * 3600_000));

    expect(first.followUps.sent).toEqual({ 'due-soon': 1, 'overdue-agency': 1, 'overdue-secretariat': 1 });
    expect(second.followUps.sent).toEqual({ 'due-soon': 0, 'overdue-agency': 0, 'overdue-secretariat': 0 });
    expect(sent()).toEqual(afterFirst);
    expect(afterFirst.map((m) => m.to).sort()).toEqual([
      'phong-tnmt-huu-lung@cong-vu.example.vn',
      'phong-tnmt-huu-lung@cong-vu.example.vn',
      'van-phong-hdnd-huu-lung@cong-vu.example.vn',
    ]);
    const toOffice = afterFirst.find((m) => m.to.startsWith('van-phong'));
    expect(toOffice?.subject).toContain('quá hạn');
    expect(toOffice?.body).toContain(`/quan-ly/giam-sat/hang-muc/?id=${items.overdue?.id}`);
    expect(await reminderKinds(items.overdue!)).toEqual(['overdue-agency', 'overdue-secretariat']);
    expect(await reminderKinds(items.dueSoon!)).toEqual(['due-soon']);
    for (const quiet of [items.later, items.reported, items.accepted])
      expect(await reminderKinds(quiet!)).toEqual([]);
  });

  it('with the clock moved past a deadline, the overdue reminders follow once, and the due-soon one is not repeated', async () => {
    const deps = { repos: bed.database.repos, sender };
    const later = new Date(NOW.getTime() + 4 * DAY);
    const report = await sendDeadlineReminders(deps, later);
    expect(report.followUps.sent).toEqual({ 'due-soon': 0, 'overdue-agency': 1, 'overdue-secretariat': 1 });
    await sendDeadlineReminders(deps, new Date(later.getTime() + DAY));
    expect(await reminderKinds(items.dueSoon!)).toEqual([
      'due-soon',
      'overdue-agency',
      'overdue-secretariat',
    ]);
    // Eight days on, the 10-day item is due soon: its first reminder, once.
    const eightDays = await sendDeadlineReminders(deps, new Date(NOW.getTime() + 8 * DAY));
    expect(eightDays.followUps.sent['due-soon']).toBe(1);
  });

  it('a reminder that could not be sent is tried again by the next run', async () => {
    const item = await makeItem(bed, 'open', { agencyId: 'ubnd-huu-lung' }, 1);
    ses.reset();
    ses
      .on(SendEmailCommand)
      .rejects(
        Object.assign(new Error('Throttling'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } }),
      );
    const throttled = await sendDeadlineReminders({ repos: bed.database.repos, sender }, NOW);
    expect(throttled.followUps.deferred).toBeGreaterThanOrEqual(1);
    expect(await reminderKinds(item)).toEqual([]);
    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    await sendDeadlineReminders({ repos: bed.database.repos, sender }, NOW);
    expect(await reminderKinds(item)).toEqual(['due-soon']);
  });
});
