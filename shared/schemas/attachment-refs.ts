/**
 * How a submission names its uploads (DESIGN §10), in `zod/mini` as the submission itself is
 * (petition-submission.ts): the id and the token its presigned POST came with.
 */
import * as z from 'zod/mini';
import { MAX_ATTACHMENTS_PER_PETITION, UPLOAD_ID, UPLOAD_TOKEN } from '../attachments.ts';
import { inputString } from './input-rules.ts';

export const uploadId = z.pipe(
  inputString(64, 'field.invalid'),
  z.string().check(z.regex(UPLOAD_ID, { error: 'attachments.unknown' })),
);
export const uploadToken = z.pipe(
  inputString(64, 'field.invalid'),
  z.string().check(z.regex(UPLOAD_TOKEN, { error: 'attachments.unknown' })),
);

export const AttachmentRef = z.object({ id: uploadId, token: uploadToken });
export type AttachmentRef = z.infer<typeof AttachmentRef>;

export const AttachmentRefs = z.array(AttachmentRef).check(
  z.maxLength(MAX_ATTACHMENTS_PER_PETITION, { error: 'attachments.tooMany' }),
  z.refine((refs) => new Set(refs.map((r) => r.id)).size === refs.length, { error: 'attachments.repeated' }),
);
