/** The statistics aggregator's configuration: read once at start, a missing variable stops it with its name. */
import * as z from 'zod/mini';
import { readEnvironment } from '../lib/config.ts';

export const StatisticsEnvironment = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'ap-southeast-1'),
  /** DynamoDB Local's URL; unset on AWS. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
});
export type StatisticsConfig = z.infer<typeof StatisticsEnvironment>;

export function readStatisticsConfig(env: NodeJS.ProcessEnv = process.env): StatisticsConfig {
  return readEnvironment(StatisticsEnvironment, env);
}
