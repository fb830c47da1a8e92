/** The processor's configuration: the table (uploads) and the bucket, read once at start. */
import * as z from 'zod';
import { readEnvironment } from '../lib/config.ts';

export const ProcessorEnvironment = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  ATTACHMENTS_BUCKET: z.string().min(3),
  S3_ENDPOINT: z.url().optional(),
});
export type ProcessorConfig = z.infer<typeof ProcessorEnvironment>;

export function readProcessorConfig(env: NodeJS.ProcessEnv = process.env): ProcessorConfig {
  return readEnvironment(ProcessorEnvironment, env);
}
