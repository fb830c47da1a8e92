/**
 * GET /v1/statistics's read: per council, one Query of the aggregates' rows for the period
 * and one Query of the open-by-deadline index up to now (its overdue petitions, as the index
 * carries them: the attributes that say which rows each is overdue in), and the meetings of
 * those raised at one (their session). No petition item is read: the cost is that of the rows
 * and of the overdue backlog, not of the petitions ever received.
 */

import { sessionOf } from '../../../shared/publication.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Statistics } from '../../../shared/schemas/publication.ts';
import { type CouncilAggregates, statisticsFromAggregates } from '../../../shared/statistics.ts';
import { periodPrefix, rowsOf, type StatisticsPeriodFilter } from '../../../shared/statistics-aggregate.ts';
import type { Repositories } from '../data/index.ts';

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
  const [rows, overdue] = await Promise.all([
    repos.statistics.rows(councilId, prefix),
    repos.petitions.listOverdue(councilId, now),
  ]);
  const meetingIds = [...new Set(overdue.flatMap((p) => (p.meetingId ? [p.meetingId] : [])))];
  const meetings = new Map(
    await Promise.all(meetingIds.map(async (id) => [id, await repos.meetings.get(id)] as const)),
  );
  const sessions = reference.records.sessions;
  return {
    councilId,
    rows,
    overdue: overdue.map((p) => ({
      rows: rowsOf(p, sessionOf(p, p.meetingId ? meetings.get(p.meetingId) : undefined, sessions)),
    })),
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
