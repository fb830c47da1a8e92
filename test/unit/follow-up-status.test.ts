import { describe, expect, it } from 'vitest';
import {
  completedOnTime,
  FOLLOW_UP_ACTIONS,
  FOLLOW_UP_STATUSES,
  type FollowUpAction,
  type FollowUpStatus,
  followUpActionsFrom,
  followUpTransition,
  isFollowUpOverdue,
} from '../../shared/follow-up-status.ts';

/** The whole machine of DESIGN §9, written out: (status, action) → next status, or refused. */
const EXPECTED: Record<FollowUpStatus, Partial<Record<FollowUpAction, FollowUpStatus>>> = {
  open: { report: 'in_progress', reportDone: 'reported_done' },
  in_progress: { report: 'in_progress', reportDone: 'reported_done' },
  reported_done: { accept: 'accepted', resupervise: 'in_progress' },
  accepted: {},
};

describe('follow-up item status machine', () => {
  const pairs = FOLLOW_UP_STATUSES.flatMap((status) =>
    FOLLOW_UP_ACTIONS.map((action) => [status, action] as const),
  );

  it('covers all 16 (status, action) pairs: 4 statuses and 4 actions', () => {
    expect([...FOLLOW_UP_STATUSES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(new Set(pairs.map(([s, a]) => `${s}/${a}`)).size).toBe(16);
  });

  it.each(pairs)('from %s, %s is allowed exactly when the design says so', (status, action) => {
    const result = followUpTransition(status, action);
    const expected = EXPECTED[status][action];
    if (expected) expect(result).toEqual({ ok: true, from: status, to: expected });
    else expect(result).toEqual({ ok: false, from: status, reason: 'followUp.illegalTransition' });
  });

  it('lists the legal actions of each status, and leaves an accepted item final', () => {
    for (const status of FOLLOW_UP_STATUSES)
      expect(followUpActionsFrom(status).sort()).toEqual(Object.keys(EXPECTED[status]).sort());
    expect(followUpActionsFrom('accepted')).toEqual([]);
  });
});

describe('overdue and on time (derived)', () => {
  const deadline = '2026-11-20T16:59:59.999Z';
  const after = new Date('2026-11-21T10:00:00Z');
  it('an open or in-progress item past its deadline is overdue; a reported or accepted one is not', () => {
    expect(isFollowUpOverdue({ status: 'open', deadline }, after)).toBe(true);
    expect(isFollowUpOverdue({ status: 'in_progress', deadline }, after)).toBe(true);
    expect(isFollowUpOverdue({ status: 'reported_done', deadline }, after)).toBe(false);
    expect(isFollowUpOverdue({ status: 'accepted', deadline }, after)).toBe(false);
    expect(isFollowUpOverdue({ status: 'open', deadline }, new Date('2026-11-20T10:00:00Z'))).toBe(false);
  });
  it('an item is done on time when the report the council accepted came by the deadline', () => {
    expect(completedOnTime({ status: 'accepted', deadline, reportedDoneAt: '2026-11-20T09:00:00Z' })).toBe(
      true,
    );
    expect(completedOnTime({ status: 'accepted', deadline, reportedDoneAt: '2026-11-21T09:00:00Z' })).toBe(
      false,
    );
    expect(
      completedOnTime({ status: 'reported_done', deadline, reportedDoneAt: '2026-11-20T09:00:00Z' }),
    ).toBe(undefined);
  });
});
