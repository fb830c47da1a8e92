/**
 * GET /v1/statistics's read: per council, its overdue threshold (one GetItem), one Query of
 * the aggregates' rows for the period (which count what was overdue at the threshold) and one
 * Query of the open-by-deadline index from the threshold to now (the petitions overdue since,
 * as the index carries them: the attributes that say which rows each is overdue in), and the
 * meetings of those raised at one (their session). No petition item is read: the cost is that
 * of the rows and of the deadlines passed since the deadlines job last ran (functions/lib/
 * statistics/overdue.ts), neither the petitions ever received nor the overdue backlog.
 */

import { sessionOf } from '../../../shared/publication.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Statistics } from '../../../shared/schemas/publication.ts';
import { type CouncilAggregates, statisticsFromAggregates } from '../../../shared/statistics.ts';
import { periodPrefix, rowsOf, type StatisticsPeriodFilter } from '../../../shared/statistics-aggregate.ts';
import type { Repositories } from '../data/index.ts';
import type { OverduePetition } from '../data/petition-repository.ts';

export interface StatisticsRequest {
  reference: ReferenceData;
  councilIds: readonly string[];
  councilId?: string;
  period?: StatisticsPeriodFilter;
  now: Date;
}

async function councilAggregates(
  repos: Repositories,
  reference: ReferenceData,
  councilId: string,
  prefix: string,
  now: Date,
): Promise<CouncilAggregates> {
  // The threshold first: the rows count what was overdue at it, the index what passed since
  // (or, read at an instant before the threshold, what the rows count too early).
  const threshold = (await repos.statistics.overdueThreshold(councilId))?.threshold;
  const at = now.toISOString();
  const [rows, overdue, notYet] = await Promise.all([
    repos.statistics.rows(councilId, prefix),
    repos.petitions.listDeadlinesBetween(councilId, threshold, at),
    threshold && threshold > at ? repos.petitions.listDeadlinesBetween(councilId, at, threshold) : [],
  ]);
  const meetingIds = [...new Set([...overdue, ...notYet].flatMap((p) => (p.meetingId ? [p.meetingId] : [])))];
  const meetings = new Map(
    await Promise.all(meetingIds.map(async (id) => [id, await repos.meetings.get(id)] as const)),
  );
  const sessions = reference.records.sessions;
  const rowsOfPetition = (p: OverduePetition) => ({
    rows: rowsOf(p, sessionOf(p, p.meetingId ? meetings.get(p.meetingId) : undefined, sessions)),
  });
  return {
    councilId,
    rows,
    overdue: overdue.map(rowsOfPetition),
    notYetOverdue: notYet.map(rowsOfPetition),
  };
}

export async function readStatistics(repos: Repositories, request: StatisticsRequest): Promise<Statistics> {
  const prefix = periodPrefix(request.period);
  const councils = await Promise.all(
    request.councilIds.map((councilId) =>
      councilAggregates(repos, request.reference, councilId, prefix, request.now),
    ),
  );
  return statisticsFromAggregates(councils, {
    reference: request.reference,
    now: request.now,
    ...(request.councilId ? { councilId: request.councilId } : {}),
    ...(request.period ? { period: request.period } : {}),
  });
}
