/** The email-feedback function's configuration: read once at start, a missing variable stops it with its name. */
import * as z from 'zod/mini';
import { readEnvironment, TableEnvironment } from '../lib/config.ts';

const EmailFeedbackEnvironment = z.extend(TableEnvironment, {
  /** Key of the address hashes: the same value the notifier reads, so both find one key. */
  RECIPIENT_HASH_SALT: z.string().check(z.minLength(16)),
});
export type EmailFeedbackConfig = z.infer<typeof EmailFeedbackEnvironment>;

export function readEmailFeedbackConfig(env: NodeJS.ProcessEnv = process.env): EmailFeedbackConfig {
  return readEnvironment(EmailFeedbackEnvironment, env);
}
