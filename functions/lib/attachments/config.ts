/**
 * Where attachments live: the bucket (one, private), and locally the S3-compatible server's
 * URL. Read once at start by every function that touches the files.
 */
import * as z from 'zod/mini';
import { readEnvironment } from '../config.ts';

const AttachmentsEnvironment = z.object({
  ATTACHMENTS_BUCKET: z.string().check(z.minLength(3)),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'ap-southeast-1'),
  /** The local S3 server's URL (npm start, tests); unset on AWS. */
  S3_ENDPOINT: z.optional(z.url()),
});
export type AttachmentsConfig = z.infer<typeof AttachmentsEnvironment>;

export function readAttachmentsConfig(env: NodeJS.ProcessEnv = process.env): AttachmentsConfig {
  return readEnvironment(AttachmentsEnvironment, env);
}
