/**
 * The published statistics as aggregates kept while petitions change (DESIGN §7: a public
 * statistic costs O(1) of the petitions count). What one petition adds to them is its
 * contribution: the same counts shared/statistics.ts gives it (received, answered, answered
 * on time, reopened, and overdue as of its council's overdue threshold: below) under every
 * row it falls in, each row a (period, breakdown, id): all time, the Vietnam year it was
 * received, the session it is reported to; by body, field, commune and session. A council's
 * totals are the sum of its field rows (every petition has a field), so no totals row is kept.
 *
 * A change of a petition moves the aggregates by the difference of its contributions before
 * and after (aggregateDeltas); recomputed from every petition, they are the sum of the
 * contributions (sumContributions). Both give what computeStatistics gives (tested).
 *
 * "Overdue" depends on the hour, so it is kept against a threshold, an instant per council
 * that only moves forward (functions/lib/statistics/overdue.ts): a petition open past its
 * deadline at the threshold counts as overdue in its rows; one whose deadline passed since
 * is counted at read time from a bounded range of the deadline index (those crossing since
 * the threshold, at most a day's), so the read never walks the overdue backlog.
 */
import { answeredOnTime, isReopened, SETTLED_STATUSES } from './publication.ts';
import type { CouncilSession, Petition } from './schemas/index.ts';
import type { StatisticsCounts } from './schemas/publication.ts';
import { isOverdue } from './status-machine.ts';
import { vietnamYear } from './time.ts';

export const STATISTICS_BREAKDOWNS = ['agency', 'field', 'commune', 'session'] as const;
export type StatisticsBreakdown = (typeof STATISTICS_BREAKDOWNS)[number];

/** The counts kept as aggregates: every figure, "overdue" as of the council's overdue threshold. */
export type AggregateCounts = StatisticsCounts;
const COUNTERS = ['received', 'answered', 'answeredOnTime', 'reopened', 'overdue'] as const;
const zeroCounts = (): AggregateCounts => ({
  received: 0,
  answered: 0,
  answeredOnTime: 0,
  reopened: 0,
  overdue: 0,
});

export type StatisticsPeriodFilter =
  | { kind: 'year'; year: number }
  | { kind: 'session'; id: string }
  | undefined;

/** A row's period prefix: "ALL#", "YEAR#2026#", "SESSION#<id>#" (ids hold no "#"). */
export function periodPrefix(period: StatisticsPeriodFilter): string {
  if (!period) return 'ALL#';
  return period.kind === 'year' ? `YEAR#${period.year}#` : `SESSION#${period.id}#`;
}

/** A row: "<period prefix><breakdown>#<id>". */
export const rowKey = (prefix: string, breakdown: StatisticsBreakdown, id: string) =>
  `${prefix}${breakdown}#${id}`;

/** The breakdown and id of a row, read back from its key. */
export function parseRow(row: string): { breakdown: StatisticsBreakdown; id: string } | undefined {
  const parts = row.split('#');
  const id = parts.at(-1);
  const breakdown = parts.at(-2) as StatisticsBreakdown;
  if (!id || !STATISTICS_BREAKDOWNS.includes(breakdown)) return undefined;
  return { breakdown, id };
}

export interface Contribution {
  councilId: string;
  counts: AggregateCounts;
  /** Every row the petition is counted under. */
  rows: string[];
}

/** The rows a petition is counted under, with the session it is reported to. */
export function rowsOf(
  petition: Pick<Petition, 'agencyId' | 'fieldId' | 'communeId' | 'receivedAt'> & {
    answer?: Pick<NonNullable<Petition['answer']>, 'agencyId'> | undefined;
  },
  session: Pick<CouncilSession, 'id'> | undefined,
): string[] {
  const agencyId = petition.answer?.agencyId ?? petition.agencyId;
  const prefixes = [
    periodPrefix(undefined),
    periodPrefix({ kind: 'year', year: vietnamYear(petition.receivedAt) }),
    ...(session ? [periodPrefix({ kind: 'session', id: session.id })] : []),
  ];
  return prefixes.flatMap((prefix) => [
    ...(agencyId ? [rowKey(prefix, 'agency', agencyId)] : []),
    rowKey(prefix, 'field', petition.fieldId),
    rowKey(prefix, 'commune', petition.communeId),
    ...(session ? [rowKey(prefix, 'session', session.id)] : []),
  ]);
}

/**
 * What one petition adds to its council's aggregates, with the session it is reported to;
 * overdue if it was open past its deadline at `overdueThreshold` (an ISO instant; none: 0).
 */
export function contributionOf(
  petition: Petition,
  session: Pick<CouncilSession, 'id'> | undefined,
  overdueThreshold?: string,
): Contribution {
  return {
    councilId: petition.councilId,
    counts: {
      received: 1,
      answered: SETTLED_STATUSES.has(petition.status) ? 1 : 0,
      answeredOnTime: answeredOnTime(petition) ? 1 : 0,
      reopened: isReopened(petition) ? 1 : 0,
      overdue: overdueThreshold && isOverdue(petition, new Date(overdueThreshold)) ? 1 : 0,
    },
    rows: rowsOf(petition, session),
  };
}

export interface AggregateDelta {
  councilId: string;
  row: string;
  counts: AggregateCounts;
}

const cellOf = (councilId: string, row: string) => `${councilId}\u0000${row}`;

function accumulate(
  into: Map<string, AggregateDelta>,
  contribution: Contribution | undefined,
  sign: 1 | -1,
): void {
  if (!contribution) return;
  for (const row of contribution.rows) {
    const cell = cellOf(contribution.councilId, row);
    const delta = into.get(cell) ?? {
      councilId: contribution.councilId,
      row,
      counts: zeroCounts(),
    };
    // A contribution recorded before "overdue" was kept has none: 0.
    for (const counter of COUNTERS) delta.counts[counter] += sign * (contribution.counts[counter] ?? 0);
    into.set(cell, delta);
  }
}

/** How the aggregates move when a petition's contribution goes from `before` to `after`: the rows that change. */
export function aggregateDeltas(
  before: Contribution | undefined,
  after: Contribution | undefined,
): AggregateDelta[] {
  const cells = new Map<string, AggregateDelta>();
  accumulate(cells, before, -1);
  accumulate(cells, after, 1);
  return [...cells.values()].filter((d) => COUNTERS.some((counter) => d.counts[counter] !== 0));
}

/** The aggregates of a set of petitions: every row's counts (a rebuild writes these). */
export function sumContributions(contributions: Iterable<Contribution>): AggregateDelta[] {
  const cells = new Map<string, AggregateDelta>();
  for (const contribution of contributions) accumulate(cells, contribution, 1);
  return [...cells.values()];
}
