/**
 * The statistics aggregator: counts every change of a petition item from the table's stream
 * into its council's aggregates, once (functions/lib/statistics/count-change.ts), in order
 * (petition-change-stream.ts). A redelivered record counts nothing.
 */
import type { Repositories } from '../lib/data/index.ts';
import { countPetitionChange } from '../lib/statistics/count-change.ts';
import { applyPetitionChangesInOrder } from './petition-change-stream.ts';

export function createStatisticsAggregator(options: { repos: Repositories }) {
  return applyPetitionChangesInOrder('statistics', (change) => countPetitionChange(options.repos, change));
}
