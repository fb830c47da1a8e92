/** The statistics aggregator's configuration: read once at start, a missing variable stops it with its name. */
import type * as z from 'zod/mini';
import { readEnvironment, TableEnvironment } from '../lib/config.ts';

/** The aggregator needs the table and nothing else. */
export const StatisticsEnvironment = TableEnvironment;
export type StatisticsConfig = z.infer<typeof StatisticsEnvironment>;

export function readStatisticsConfig(env: NodeJS.ProcessEnv = process.env): StatisticsConfig {
  return readEnvironment(StatisticsEnvironment, env);
}
