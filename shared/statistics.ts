/**
 * Published statistics (DESIGN §2 journey 7): for every petition recorded, whatever its
 * channel and status, how many were received, answered, answered by their deadline, are
 * overdue now, and were reopened, by council, competent body, field, commune and council
 * session. Counts only: no petition's text and nothing about who sent it.
 *
 * A reopened petition (its submitter was not satisfied) is open again: not answered, not
 * answered on time, overdue once the reopening's deadline passes. The on-time rate
 * (answeredOnTime / answered) therefore leaves it out of both terms until it is answered
 * again, and then judges the new answer by the reopening's deadline.
 */
import { answeredOnTime, isReopened, SETTLED_STATUSES, sessionOf } from './publication.ts';
import type { ReferenceData } from './reference-data.ts';
import type { Meeting, Petition } from './schemas/index.ts';
import type { Statistics, StatisticsCounts, StatisticsPeriod, StatisticsRow } from './schemas/publication.ts';
import {
  type AggregateCounts,
  type Contribution,
  parseRow,
  periodPrefix,
  type StatisticsBreakdown,
} from './statistics-aggregate.ts';
import { isOverdue } from './status-machine.ts';
import { vietnamYear } from './time.ts';

function countsOf(petition: Petition, now: Date): StatisticsCounts {
  return {
    received: 1,
    answered: SETTLED_STATUSES.has(petition.status) ? 1 : 0,
    answeredOnTime: answeredOnTime(petition) ? 1 : 0,
    overdue: isOverdue(petition, now) ? 1 : 0,
    reopened: isReopened(petition) ? 1 : 0,
  };
}

function add(into: StatisticsCounts, counts: StatisticsCounts): void {
  into.received += counts.received;
  into.answered += counts.answered;
  into.answeredOnTime += counts.answeredOnTime;
  into.overdue += counts.overdue;
  into.reopened += counts.reopened;
}

const zero = (): StatisticsCounts => ({
  received: 0,
  answered: 0,
  answeredOnTime: 0,
  overdue: 0,
  reopened: 0,
});

class Breakdown {
  private readonly rows = new Map<string, StatisticsRow>();
  add(key: { id: string; name?: string; nameEn?: string } | undefined, counts: StatisticsCounts): void {
    if (!key) return;
    let row = this.rows.get(key.id);
    if (!row) {
      row = {
        id: key.id,
        name: key.name ?? key.id,
        ...(key.nameEn ? { nameEn: key.nameEn } : {}),
        ...zero(),
      };
      this.rows.set(key.id, row);
    }
    add(row, counts);
  }
  /** Most petitions first; ties by name, so the order is stable between builds. */
  sorted(): StatisticsRow[] {
    return [...this.rows.values()].sort(
      (a, b) => b.received - a.received || a.name.localeCompare(b.name, 'vi'),
    );
  }
}

export interface StatisticsContext {
  reference: ReferenceData;
  /** The meetings petitions were raised at, by id (for their session). */
  meetings: ReadonlyMap<string, Pick<Meeting, 'sessionId'>>;
  now: Date;
  councilId?: string;
  /** Only the petitions received in this year, or reported to this session. */
  period?: { kind: 'year'; year: number } | { kind: 'session'; id: string } | undefined;
}

function periodOf(
  period: NonNullable<StatisticsContext['period']>,
  sessions: ReferenceData['records']['sessions'],
): StatisticsPeriod {
  if (period.kind === 'year') return period;
  const name = sessions.find((s) => s.id === period.id)?.name;
  return { kind: 'session', id: period.id, ...(name ? { name } : {}) };
}

export function computeStatistics(petitions: Iterable<Petition>, context: StatisticsContext): Statistics {
  const { reference, now } = context;
  const totals = zero();
  const byCouncil = new Breakdown();
  const byAgency = new Breakdown();
  const byField = new Breakdown();
  const byCommune = new Breakdown();
  const bySession = new Breakdown();
  const sessions = reference.records.sessions;
  for (const petition of petitions) {
    const meeting = petition.meetingId ? context.meetings.get(petition.meetingId) : undefined;
    const session = sessionOf(petition, meeting, sessions);
    const { period } = context;
    if (period?.kind === 'year' && vietnamYear(petition.receivedAt) !== period.year) continue;
    if (period?.kind === 'session' && session?.id !== period.id) continue;
    const counts = countsOf(petition, now);
    add(totals, counts);
    byCouncil.add({ id: petition.councilId, name: reference.councils.get(petition.councilId)?.name }, counts);
    const agencyId = petition.answer?.agencyId ?? petition.agencyId;
    if (agencyId) byAgency.add({ id: agencyId, name: reference.agencies.get(agencyId)?.name }, counts);
    const field = reference.fields.get(petition.fieldId);
    byField.add({ id: petition.fieldId, name: field?.name, nameEn: field?.nameEn }, counts);
    byCommune.add({ id: petition.communeId, name: reference.units.get(petition.communeId)?.name }, counts);
    bySession.add(session, counts);
  }
  return {
    generatedAt: now.toISOString(),
    ...(context.councilId ? { councilId: context.councilId } : {}),
    ...(context.period ? { period: periodOf(context.period, sessions) } : {}),
    totals,
    byCouncil: byCouncil.sorted(),
    byAgency: byAgency.sorted(),
    byField: byField.sorted(),
    byCommune: byCommune.sorted(),
    bySession: bySession.sorted(),
  };
}

/**
 * One council's aggregates for one period, as read: each row's counts (overdue as of the
 * council's overdue threshold), and the rows of each petition overdue since that threshold.
 */
export interface CouncilAggregates {
  councilId: string;
  rows: readonly { row: string; counts: AggregateCounts }[];
  overdue: readonly Pick<Contribution, 'rows'>[];
  /** Read at an instant before the threshold: petitions the rows count as overdue that are not yet. */
  notYetOverdue?: readonly Pick<Contribution, 'rows'>[];
}

/**
 * The statistics from the aggregates (shared/statistics-aggregate.ts) instead of the
 * petitions: the same figures computeStatistics gives, overdue as the rows hold it plus the
 * open petitions whose deadline passed between the threshold and `now`. A row nothing is counted under any more (a
 * petition routed elsewhere) is left out, as computeStatistics never makes one.
 */
export function statisticsFromAggregates(
  councils: readonly CouncilAggregates[],
  context: Omit<StatisticsContext, 'meetings'>,
): Statistics {
  const { reference, now } = context;
  const prefix = periodPrefix(context.period);
  const totals = zero();
  const byCouncil = new Breakdown();
  const breakdowns = {
    agency: new Breakdown(),
    field: new Breakdown(),
    commune: new Breakdown(),
    session: new Breakdown(),
  };
  const keyOf = (breakdown: StatisticsBreakdown, id: string) => {
    if (breakdown === 'agency') return { id, name: reference.agencies.get(id)?.name };
    if (breakdown === 'commune') return { id, name: reference.units.get(id)?.name };
    if (breakdown === 'session') return { id, name: reference.sessions.get(id)?.name };
    const field = reference.fields.get(id);
    return { id, name: field?.name, nameEn: field?.nameEn };
  };
  for (const council of councils) {
    const cells = new Map<string, StatisticsCounts>();
    // The rows hold those overdue at the council's threshold; `overdue` lists those since.
    for (const { row, counts } of council.rows) cells.set(row, { ...counts, overdue: counts.overdue ?? 0 });
    for (const [petitions, sign] of [
      [council.overdue, 1],
      [council.notYetOverdue ?? [], -1],
    ] as const)
      for (const petition of petitions)
        for (const row of petition.rows) {
          const cell = cells.get(row);
          if (cell) cell.overdue += sign;
        }
    const councilTotals = zero();
    for (const [row, counts] of cells) {
      const parsed = row.startsWith(prefix) ? parseRow(row) : undefined;
      if (!parsed || counts.received <= 0) continue;
      breakdowns[parsed.breakdown].add(keyOf(parsed.breakdown, parsed.id), counts);
      if (parsed.breakdown === 'field') add(councilTotals, counts);
    }
    if (councilTotals.received === 0) continue;
    add(totals, councilTotals);
    byCouncil.add(
      { id: council.councilId, name: reference.councils.get(council.councilId)?.name },
      councilTotals,
    );
  }
  return {
    generatedAt: now.toISOString(),
    ...(context.councilId ? { councilId: context.councilId } : {}),
    ...(context.period ? { period: periodOf(context.period, reference.records.sessions) } : {}),
    totals,
    byCouncil: byCouncil.sorted(),
    byAgency: breakdowns.agency.sorted(),
    byField: breakdowns.field.sorted(),
    byCommune: breakdowns.commune.sorted(),
    bySession: breakdowns.session.sorted(),
  };
}
