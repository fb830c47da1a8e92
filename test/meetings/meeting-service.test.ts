/** Scheduling and changing meetings: references checked, sequence raised, transitions guarded. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cancelMeeting,
  editMeeting,
  loadMeeting,
  markMeetingHeld,
  postponeMeeting,
  publishMeeting,
} from '../../functions/lib/meetings/change-meeting.ts';
import { scheduleMeeting } from '../../functions/lib/meetings/schedule-meeting.ts';
import {
  ConflictError,
  IllegalTransitionError,
  NotFoundError,
  ValidationError,
} from '../../shared/errors.ts';
import { MeetingEdit, MeetingInput } from '../../shared/schemas/index.ts';
import { NOW, useSeededDatabase } from './support.ts';

const t = useSeededDatabase('meeting-service');
let deps: Parameters<typeof scheduleMeeting>[0];
let clock = NOW;

beforeAll(async () => {
  deps = { repos: t.repos, now: () => clock };
});

const dongTien = () =>
  MeetingInput.parse({
    councilId: 'huu-lung',
    sessionId: 'huu-lung-kh12',
    kind: 'before_session',
    title: 'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Đồng Tiến',
    groupId: 'to-huu-lung-dv6',
    delegateIds: ['to-huu-lung-dv6-db2'],
    communeIds: ['dong-tien'],
    venue: { name: 'Nhà văn hóa xã Đồng Tiến', address: 'Xã Đồng Tiến, huyện Hữu Lũng' },
    startsAt: '2026-06-18T08:00',
    endsAt: '2026-06-18T11:00',
  });

const communeIds = async (communeId: string) =>
  (await t.repos.meetings.listByCommune(communeId)).items.map((m) => m.id);

describe('scheduling', () => {
  it('stores a new meeting at sequence 0, unpublished, with Vietnam wall-clock times in UTC', async () => {
    const m = await scheduleMeeting(deps, dongTien());
    expect(m).toMatchObject({ status: 'planned', published: false, sequence: 0 });
    expect(m.startsAt).toBe('2026-06-18T01:00:00.000Z');
    expect(m.id).toMatch(/^2026-06-18-[0-9a-f]{8}$/);
    expect(await loadMeeting(deps, m.id)).toEqual(m);
    expect(await communeIds('dong-tien')).toContain(m.id);
  });

  it('refuses a session, group, delegate or commune of another council, naming each field', async () => {
    const input = {
      ...dongTien(),
      sessionId: 'son-dong-kh9',
      groupId: 'to-son-dong-dv1',
      delegateIds: ['to-huu-lung-dv6-db1', 'to-son-dong-dv1-db1', 'khong-co'],
      communeIds: ['dong-tien', 'an-ba', 'huu-lung'],
    };
    const error = await scheduleMeeting(deps, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({
      sessionId: { key: 'field.otherCouncil' },
      groupId: { key: 'field.otherCouncil' },
      'delegateIds.1': { key: 'field.otherCouncil' },
      'delegateIds.2': { key: 'field.unknownDelegate' },
      'communeIds.1': { key: 'field.communeOutsideCouncil' },
      'communeIds.2': { key: 'field.unknownCommune' },
    });
    const noSession = await scheduleMeeting(deps, { ...dongTien(), sessionId: undefined }).catch((e) => e);
    expect((noSession as ValidationError).fields).toEqual({ sessionId: { key: 'field.sessionRequired' } });
  });
});

describe('changing a meeting', () => {
  it('raises the sequence on each edit and moves the commune index with the communes', async () => {
    const m = await scheduleMeeting(deps, dongTien());
    const edited = await editMeeting(
      deps,
      m,
      MeetingEdit.parse({ communeIds: ['thanh-son'], agenda: 'Nội dung' }),
    );
    expect(edited.sequence).toBe(1);
    expect(await communeIds('dong-tien')).not.toContain(m.id);
    expect(await communeIds('thanh-son')).toContain(m.id);
    const published = await publishMeeting(deps, edited);
    expect(published).toMatchObject({ published: true, sequence: 2 });
    const cleared = await editMeeting(deps, published, MeetingEdit.parse({ agenda: null, groupId: '' }));
    expect(cleared.sequence).toBe(3);
    expect(cleared).not.toHaveProperty('agenda');
    expect(cleared).not.toHaveProperty('groupId');
  });

  it('does not raise the sequence when nothing changes', async () => {
    const m = await scheduleMeeting(deps, dongTien());
    const same = await editMeeting(deps, m, MeetingEdit.parse({ title: m.title }));
    expect(same.sequence).toBe(0);
    expect((await loadMeeting(deps, m.id)).sequence).toBe(0);
  });

  it('refuses an edit made from an older sequence, and a save that lost the race', async () => {
    const m = await scheduleMeeting(deps, dongTien());
    await editMeeting(deps, m, MeetingEdit.parse({ title: 'Tiêu đề mới của buổi tiếp xúc' }));
    await expect(
      editMeeting(deps, await loadMeeting(deps, m.id), { title: 'x', sequence: 0 }),
    ).rejects.toThrow(ConflictError);
    // `m` is stale (sequence 0 stored as 1): the conditional write refuses it.
    await expect(editMeeting(deps, m, { title: 'Ghi đè' })).rejects.toThrow(ConflictError);
    expect((await loadMeeting(deps, m.id)).title).toBe('Tiêu đề mới của buổi tiếp xúc');
  });

  it('refuses an end before the start once the edit is merged', async () => {
    const m = await scheduleMeeting(deps, dongTien());
    await expect(editMeeting(deps, m, MeetingEdit.parse({ endsAt: '2026-06-18T07:00' }))).rejects.toThrow(
      ValidationError,
    );
  });

  it('postpones with a reason, re-plans, then cancels; a cancelled meeting stays cancelled', async () => {
    const m = await scheduleMeeting(deps, dongTien());
    const postponed = await postponeMeeting(deps, m, { reason: 'Mưa lũ' });
    expect(postponed).toMatchObject({ status: 'postponed', statusReason: 'Mưa lũ', sequence: 1 });
    const replanned = await editMeeting(
      deps,
      postponed,
      MeetingEdit.parse({ status: 'confirmed', startsAt: '2026-06-25T08:00', endsAt: '2026-06-25T11:00' }),
    );
    expect(replanned).toMatchObject({
      status: 'confirmed',
      startsAt: '2026-06-25T01:00:00.000Z',
      sequence: 2,
    });
    expect(replanned).not.toHaveProperty('statusReason');
    const cancelled = await cancelMeeting(deps, replanned, { reason: 'Trùng lịch' });
    expect(cancelled).toMatchObject({ status: 'cancelled', statusReason: 'Trùng lịch', sequence: 3 });
    await expect(cancelMeeting(deps, cancelled, { reason: 'x' })).rejects.toThrow(IllegalTransitionError);
    await expect(editMeeting(deps, cancelled, { title: 'x' })).rejects.toThrow(IllegalTransitionError);
    await expect(postponeMeeting(deps, cancelled, { reason: 'x' })).rejects.toThrow(IllegalTransitionError);
    clock = new Date('2026-06-26T00:00:00Z');
    await expect(markMeetingHeld(deps, cancelled, { attendance: 10 })).rejects.toThrow(
      IllegalTransitionError,
    );
    clock = NOW;
  });

  it('records a meeting as held only once it has started, with attendance and notes', async () => {
    const m = await scheduleMeeting(deps, dongTien());
    await expect(markMeetingHeld(deps, m, { attendance: 80 })).rejects.toThrow(IllegalTransitionError);
    clock = new Date('2026-06-18T04:30:00Z');
    const held = await markMeetingHeld(deps, m, { attendance: 80, notes: '12 ý kiến' });
    expect(held).toMatchObject({ status: 'held', attendance: 80, notes: '12 ý kiến', sequence: 1 });
    const corrected = await markMeetingHeld(deps, held, { attendance: 82 });
    expect(corrected).toMatchObject({ attendance: 82, notes: '12 ý kiến', sequence: 2 });
    await expect(postponeMeeting(deps, corrected, { reason: 'x' })).rejects.toThrow(IllegalTransitionError);
    clock = NOW;
  });

  it('answers 404 for a meeting that does not exist', async () => {
    await expect(loadMeeting(deps, 'khong-co')).rejects.toThrow(NotFoundError);
  });
});
