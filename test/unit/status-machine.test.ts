import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  isOverdue,
  PETITION_ACTIONS,
  PETITION_STATUSES,
  type PetitionAction,
  type PetitionStatus,
  transition,
} from '../../shared/status-machine.ts';

/** The whole machine of DESIGN §3, written out: (status, action) → next status, or refused. */
const EXPECTED: Record<PetitionStatus, Partial<Record<PetitionAction, PetitionStatus>>> = {
  received: { route: 'routed', reject: 'rejected', merge: 'merged', withdraw: 'withdrawn' },
  routed: {
    route: 'routed',
    acknowledge: 'in_progress',
    answer: 'answered',
    return: 'received',
    merge: 'merged',
    withdraw: 'withdrawn',
  },
  in_progress: { answer: 'answered', return: 'received', withdraw: 'withdrawn' },
  answered: { close: 'closed', reopen: 'in_progress' },
  closed: { reopen: 'in_progress' },
  rejected: {},
  merged: {},
  withdrawn: {},
};

describe('petition status machine', () => {
  const pairs = PETITION_STATUSES.flatMap((status) =>
    PETITION_ACTIONS.map((action) => [status, action] as const),
  );

  it('covers all 72 (status, action) pairs of the design: its 8 statuses and 9 actions', () => {
    expect([...PETITION_STATUSES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...PETITION_ACTIONS].sort()).toEqual(
      ['route', 'acknowledge', 'answer', 'return', 'reject', 'merge', 'close', 'reopen', 'withdraw'].sort(),
    );
    expect(new Set(pairs.map(([status, action]) => `${status}/${action}`)).size).toBe(72);
  });

  it.each(pairs)('from %s, %s is allowed exactly when the design says so', (status, action) => {
    const result = transition(status, action);
    const expected = EXPECTED[status][action];
    if (expected) {
      expect(result).toEqual({ ok: true, from: status, to: expected });
    } else {
      expect(result).toEqual({ ok: false, from: status, reason: 'status.illegalTransition' });
    }
  });

  it('lists the legal actions of each status', () => {
    for (const status of PETITION_STATUSES) {
      expect(actionsFrom(status).sort()).toEqual(Object.keys(EXPECTED[status]).sort());
    }
  });

  it('leaves rejected, merged and withdrawn petitions final', () => {
    expect(actionsFrom('rejected')).toEqual([]);
    expect(actionsFrom('merged')).toEqual([]);
    expect(actionsFrom('withdrawn')).toEqual([]);
  });

  it('lets the submitter withdraw only a petition that is not yet answered', () => {
    for (const status of PETITION_STATUSES)
      expect(transition(status, 'withdraw').ok).toBe(['received', 'routed', 'in_progress'].includes(status));
  });
});

describe('overdue (derived, never stored)', () => {
  const now = new Date('2026-11-21T10:00:00Z');
  it('is true for an open petition past its deadline', () => {
    for (const status of ['received', 'routed', 'in_progress'] as const) {
      expect(isOverdue({ status, deadline: '2026-11-20T16:59:59.999Z' }, now)).toBe(true);
    }
  });
  it('is false before the deadline, without a deadline, or once answered', () => {
    expect(isOverdue({ status: 'routed', deadline: '2026-11-22T16:59:59.999Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'routed' }, now)).toBe(false);
    for (const status of ['answered', 'closed', 'rejected', 'merged', 'withdrawn'] as const) {
      expect(isOverdue({ status, deadline: '2026-01-01T00:00:00Z' }, now)).toBe(false);
    }
  });
});
