/** The deadline run's configuration, read once at start. */
import * as z from 'zod';
import { readEnvironment } from '../lib/config.ts';

const DeadlinesEnvironment = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** The From address of reminders (an identity verified in SES). */
  SES_SENDER: z.string().min(3),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  /** The local mailbox (aws-ses-v2-local); unset on AWS. */
  SES_ENDPOINT: z.url().optional(),
  /** The staff console's origin, for the link in each reminder. */
  STAFF_CONSOLE_URL: z.url().optional(),
  /** With FEEDBACK_TOKEN_SECRET: the "is it resolved?" question's link (resolution-checks.ts); unset, none is asked. */
  PUBLIC_SITE_URL: z.url().optional(),
  FEEDBACK_TOKEN_SECRET: z.string().min(16).optional(),
});
export type DeadlinesConfig = z.infer<typeof DeadlinesEnvironment>;

export function readDeadlinesConfig(env: NodeJS.ProcessEnv = process.env): DeadlinesConfig {
  return readEnvironment(DeadlinesEnvironment, env);
}
