/**
 * GET /v1/statistics's read: per council, one Query of the aggregates' rows for the period
 * and one Query of the open-by-deadline index's keys up to now (its overdue petitions),
 * whose recorded contributions say which rows each one is overdue in. No petition is read:
 * the cost is that of the rows and of the overdue backlog, not of the petitions ever received.
 */
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Statistics } from '../../../shared/schemas/publication.ts';
import { type CouncilAggregates, statisticsFromAggregates } from '../../../shared/statistics.ts';
import { periodPrefix, type StatisticsPeriodFilter } from '../../../shared/statistics-aggregate.ts';
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
  councilId: string,
  prefix: string,
  now: Date,
): Promise<CouncilAggregates> {
  const [rows, overdueCodes] = await Promise.all([
    repos.statistics.rows(councilId, prefix),
    repos.petitions.listOverdueCodes(councilId, now),
  ]);
  const overdue = overdueCodes.length ? await repos.statistics.contributionsOf(overdueCodes) : [];
  return { councilId, rows, overdue };
}

export async function readStatistics(repos: Repositories, request: StatisticsRequest): Promise<Statistics> {
  const prefix = periodPrefix(request.period);
  const councils = await Promise.all(
    request.councilIds.map((councilId) => councilAggregates(repos, councilId, prefix, request.now)),
  );
  return statisticsFromAggregates(councils, {
    reference: request.reference,
    now: request.now,
    ...(request.councilId ? { councilId: request.councilId } : {}),
    ...(request.period ? { period: request.period } : {}),
  });
}
