/**
 * The statistics kept as aggregates (shared/statistics-aggregate.ts) give what
 * computeStatistics gives from every petition, for every council and period; and a
 * petition's changes, applied as deltas, leave the aggregates of its last state.
 */
import { describe, expect, it } from 'vitest';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { sessionOf } from '../../shared/publication.ts';
import { ReferenceData } from '../../shared/reference-data.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { computeStatistics, statisticsFromAggregates } from '../../shared/statistics.ts';
import {
  type AggregateDelta,
  aggregateDeltas,
  type Contribution,
  contributionOf,
  sumContributions,
} from '../../shared/statistics-aggregate.ts';
import { isOverdue } from '../../shared/status-machine.ts';

const now = new Date('2026-06-15T03:00:00Z');
const activity = demoActivity(now);
const reference = new ReferenceData(demoReference(activity.sessions));
const meetings = new Map(activity.meetings.map((m) => [m.id, m]));
const petitions = activity.petitions.map((p) => p.petition);

const contribution = (p: Petition, overdueThreshold?: Date) =>
  contributionOf(
    p,
    sessionOf(p, p.meetingId ? meetings.get(p.meetingId) : undefined, reference.records.sessions),
    overdueThreshold?.toISOString(),
  );

/**
 * As GET /v1/statistics reads them: the rows counted with the overdue threshold (none: no
 * overdue in the rows), and the petitions overdue at `at` but not at the threshold.
 */
function fromAggregates(
  all: readonly Petition[],
  context: { councilId?: string; period?: Parameters<typeof computeStatistics>[1]['period'] },
  at = now,
  threshold?: Date,
) {
  const councilIds = context.councilId ? [context.councilId] : reference.records.councils.map((c) => c.id);
  const sums = sumContributions(all.map((p) => contribution(p, threshold)));
  const overdueSince = (p: Petition) => isOverdue(p, at) && !(threshold && isOverdue(p, threshold));
  return statisticsFromAggregates(
    councilIds.map((councilId) => ({
      councilId,
      rows: sums.filter((d) => d.councilId === councilId),
      overdue: all.filter((p) => p.councilId === councilId && overdueSince(p)).map((p) => contribution(p)),
    })),
    { reference, now: at, ...context },
  );
}

describe('statistics from aggregates', () => {
  const periods = [
    undefined,
    { kind: 'year' as const, year: 2026 },
    { kind: 'year' as const, year: 2025 },
    ...activity.sessions.map((s) => ({ kind: 'session' as const, id: s.id })),
  ];

  it('equal the statistics computed from every petition, for each council and period', () => {
    expect(petitions.length).toBeGreaterThan(4);
    for (const period of periods) {
      for (const councilId of [undefined, ...reference.records.councils.map((c) => c.id)]) {
        const context = { ...(councilId ? { councilId } : {}), ...(period ? { period } : {}) };
        // As GET /v1/statistics did: computeStatistics is given the council's petitions only.
        const ofCouncil = petitions.filter((p) => !councilId || p.councilId === councilId);
        expect(fromAggregates(petitions, context), JSON.stringify(context)).toEqual(
          computeStatistics(ofCouncil, { reference, meetings, now, ...context }),
        );
      }
    }
  });

  it('count overdue at the hour they are read: a year later every open petition with a deadline is overdue', () => {
    const later = new Date(now.getTime() + 365 * 86_400_000);
    const expected = computeStatistics(petitions, { reference, meetings, now: later });
    expect(expected.totals.overdue).toBeGreaterThan(1);
    expect(fromAggregates(petitions, {}, later)).toEqual(expected);
  });

  it('count overdue in the rows as of the threshold, and those overdue since from the index: the same figures', () => {
    const later = new Date(now.getTime() + 365 * 86_400_000);
    const thresholds = [new Date(now.getTime() - 30 * 86_400_000), now, later];
    for (const threshold of thresholds) {
      const rowsOverdue = sumContributions(petitions.map((p) => contribution(p, threshold)))
        .filter((d) => d.row.startsWith('ALL#field#'))
        .reduce((sum, d) => sum + d.counts.overdue, 0);
      expect(rowsOverdue).toBe(petitions.filter((p) => isOverdue(p, threshold)).length);
      for (const period of periods)
        expect(fromAggregates(petitions, period ? { period } : {}, later, threshold)).toEqual(
          computeStatistics(petitions, { reference, meetings, now: later, ...(period ? { period } : {}) }),
        );
    }
    expect(petitions.filter((p) => isOverdue(p, later)).length).toBeGreaterThan(1);
  });
});

describe('deltas of a changing petition', () => {
  const routed = petitions.find((p) => p.status === 'received')!;
  const life: Petition[] = [
    routed,
    { ...routed, status: 'routed', agencyId: 'ubnd-huu-lung', version: routed.version + 1 },
    { ...routed, status: 'routed', agencyId: 'so-gtvt-bac-giang', version: routed.version + 2 },
    {
      ...routed,
      status: 'answered',
      agencyId: 'so-gtvt-bac-giang',
      answeredAt: now.toISOString(),
      answer: {
        text: 'Đã sửa.',
        documentNumber: '1/UBND',
        documentDate: now.toISOString().slice(0, 10),
        result: 'resolved',
        answeredAt: now.toISOString(),
        agencyId: 'so-gtvt-bac-giang',
      },
      version: routed.version + 3,
    },
    {
      ...routed,
      status: 'in_progress',
      unsatisfied: true,
      agencyId: 'so-gtvt-bac-giang',
      version: routed.version + 4,
    },
  ];

  const apply = (into: Map<string, AggregateDelta>, deltas: AggregateDelta[]) => {
    for (const d of deltas) {
      const key = `${d.councilId}|${d.row}`;
      const cell = into.get(key) ?? {
        ...d,
        counts: { received: 0, answered: 0, answeredOnTime: 0, reopened: 0, overdue: 0 },
      };
      for (const k of Object.keys(d.counts) as (keyof AggregateDelta['counts'])[])
        cell.counts[k] += d.counts[k];
      into.set(key, cell);
    }
  };

  it('move the aggregates to the sum of the last contributions, rows moved away left at zero', () => {
    const cells = new Map<string, AggregateDelta>();
    let before: Contribution | undefined;
    for (const state of life) {
      const after = contribution(state);
      apply(cells, aggregateDeltas(before, after));
      before = after;
    }
    const expected = sumContributions([before!]);
    const nonZero = [...cells.values()].filter((c) => Object.values(c.counts).some((n) => n !== 0));
    expect(nonZero.sort((a, b) => a.row.localeCompare(b.row))).toEqual(
      expected.sort((a, b) => a.row.localeCompare(b.row)),
    );
    expect(before!.counts).toEqual({ received: 1, answered: 0, answeredOnTime: 0, reopened: 1, overdue: 0 });
  });

  it('are empty for a change no figure depends on (an acknowledgement), and for the same state twice', () => {
    const acknowledged = { ...life[1]!, status: 'in_progress' as const, version: life[1]!.version + 1 };
    expect(aggregateDeltas(contribution(life[1]!), contribution(acknowledged))).toEqual([]);
    expect(aggregateDeltas(contribution(life[3]!), contribution(life[3]!))).toEqual([]);
  });
});
