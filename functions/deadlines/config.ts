/** The deadline run's configuration, read once at start. */
import * as z from 'zod/mini';
import { readEnvironment, TableEnvironment } from '../lib/config.ts';

const DeadlinesEnvironment = z.extend(TableEnvironment, {
  /** The From address of reminders (an identity verified in SES). */
  SES_SENDER: z.string().check(z.minLength(3)),
  SES_CONFIGURATION_SET: z.optional(z.string().check(z.minLength(1))),
  /** The local mailbox (aws-ses-v2-local); unset on AWS. */
  SES_ENDPOINT: z.optional(z.url()),
  /** The staff console's origin, for the link in each reminder. */
  STAFF_CONSOLE_URL: z.optional(z.url()),
  /** With FEEDBACK_TOKEN_SECRET: the "is it resolved?" question's link (resolution-checks.ts); unset, none is asked. */
  PUBLIC_SITE_URL: z.optional(z.url()),
  FEEDBACK_TOKEN_SECRET: z.optional(z.string().check(z.minLength(16))),
});
export type DeadlinesConfig = z.infer<typeof DeadlinesEnvironment>;

export function readDeadlinesConfig(env: NodeJS.ProcessEnv = process.env): DeadlinesConfig {
  return readEnvironment(DeadlinesEnvironment, env);
}
