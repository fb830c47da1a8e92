/** The processor's configuration: the table (uploads) and the bucket, read once at start. */
import * as z from 'zod/mini';
import { readEnvironment, TableEnvironment } from '../lib/config.ts';

export const ProcessorEnvironment = z.extend(TableEnvironment, {
  ATTACHMENTS_BUCKET: z.string().check(z.minLength(3)),
  S3_ENDPOINT: z.optional(z.url()),
});
export type ProcessorConfig = z.infer<typeof ProcessorEnvironment>;

export function readProcessorConfig(env: NodeJS.ProcessEnv = process.env): ProcessorConfig {
  return readEnvironment(ProcessorEnvironment, env);
}
