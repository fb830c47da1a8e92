/**
 * The published statistics as pure functions (shared/statistics.ts, shared/publication.ts):
 * what counts as answered, on time, overdue and reopened.
 */
import { describe, expect, it } from 'vitest';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { answeredOnTime, publishedResultOf } from '../../shared/publication.ts';
import { ReferenceData } from '../../shared/reference-data.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { computeStatistics } from '../../shared/statistics.ts';
import { newPetition } from '../support/petitions.ts';

const now = new Date('2026-11-20T03:00:00Z');
const activity = demoActivity(now);
const reference = new ReferenceData(demoReference(activity.sessions));
const day = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

/** A received petition, with its code, two months old and changed yesterday unless `extra` says otherwise. */
const petition = (code: string, extra: Partial<Petition>): Petition =>
  newPetition({ code, receivedAt: day(-60), updatedAt: day(-1), ...extra });

const answer = (answeredAt: string) => ({
  text: 'Đã đưa vào kế hoạch sửa chữa.',
  documentNumber: '1/UBND',
  documentDate: answeredAt.slice(0, 10),
  result: 'resolved' as const,
  answeredAt,
  agencyId: 'ubnd-huu-lung',
});

/** Answered on time (day -40, deadline day -30), then the submitter was not satisfied (day -5). */
const reopened = petition('REOPENED0001', {
  status: 'in_progress',
  unsatisfied: true,
  agencyId: 'ubnd-huu-lung',
  answer: answer(day(-40)),
  answeredAt: day(-40),
  deadline: day(25),
  publishedAt: day(-39),
});
const answeredOnTimeOnce = petition('ANSWERED0001', {
  status: 'answered',
  agencyId: 'ubnd-huu-lung',
  answer: answer(day(-40)),
  answeredAt: day(-40),
  deadline: day(-30),
});

const statistics = (petitions: Petition[]) =>
  computeStatistics(petitions, { reference, meetings: new Map(), now, councilId: 'huu-lung' });

describe('a petition reopened because its submitter was not satisfied', () => {
  it('is counted as reopened, and neither as answered nor answered on time', () => {
    const { totals } = statistics([reopened, answeredOnTimeOnce]);
    expect(totals).toEqual({ received: 2, answered: 1, answeredOnTime: 1, overdue: 0, reopened: 1 });
  });

  it('is overdue once the deadline its reopening set has passed', () => {
    const late = { ...reopened, deadline: day(-1) };
    expect(statistics([late]).totals).toMatchObject({ answered: 0, overdue: 1, reopened: 1 });
  });

  it('counts on time again when it is answered anew by the deadline its reopening set', () => {
    const answeredAgain: Petition = {
      ...reopened,
      status: 'answered',
      unsatisfied: undefined,
      answer: answer(day(-2)),
      answeredAt: day(-2),
      deadline: day(-1),
    };
    expect(statistics([answeredAgain]).totals).toMatchObject({ answered: 1, answeredOnTime: 1, reopened: 0 });
  });

  it('is published as reopened, with no "answered on time" for an answer that did not settle it', () => {
    expect(answeredOnTime(reopened)).toBeUndefined();
    const result = publishedResultOf(reopened, reference, undefined);
    expect(result.reopened).toBe(true);
    expect(result.answeredOnTime).toBeUndefined();
    expect(result.answer?.text).toBe('Đã đưa vào kế hoạch sửa chữa.');
    expect(publishedResultOf(answeredOnTimeOnce, reference, undefined)).toMatchObject({
      answeredOnTime: true,
    });
    expect(publishedResultOf(answeredOnTimeOnce, reference, undefined).reopened).toBeUndefined();
  });
});

describe('statistics of a period', () => {
  const inYear = (code: string, receivedAt: string) => petition(code, { receivedAt });
  const petitions = [
    inYear('Y2025000001', '2025-12-31T16:59:00Z'), // 31/12/2025, 23:59 in Vietnam
    inYear('Y2026000001', '2025-12-31T17:00:00Z'), // 01/01/2026, 00:00 in Vietnam
    inYear('Y2026000002', '2026-06-01T03:00:00Z'),
  ];
  const of = (period: Parameters<typeof computeStatistics>[1]['period']) =>
    computeStatistics(petitions, { reference, meetings: new Map(), now, councilId: 'huu-lung', period });

  it('counts a year by the Vietnam day each petition was received, and says which year', () => {
    expect(of({ kind: 'year', year: 2026 })).toMatchObject({
      period: { kind: 'year', year: 2026 },
      totals: { received: 2 },
    });
    expect(of({ kind: 'year', year: 2025 }).totals.received).toBe(1);
    expect(of(undefined).totals.received).toBe(3);
    expect(of(undefined).period).toBeUndefined();
  });

  it('counts a session by the session each petition is reported to, and names it', () => {
    const session = activity.sessions.find((s) => s.id === 'huu-lung-kh12')!;
    const result = of({ kind: 'session', id: session.id });
    // Received before the session opens: all three go to it.
    expect(result.period).toEqual({ kind: 'session', id: session.id, name: session.name });
    expect(result.totals.received).toBe(3);
    expect(result.bySession.map((r) => r.id)).toEqual([session.id]);
  });
});
