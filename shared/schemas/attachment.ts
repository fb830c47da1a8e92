/** Uploads and attachments (DESIGN §10): what a browser asks for, what a petition names, what is stored. */
import * as z from 'zod/mini';
import {
  type ATTACHMENT_OWNER_KINDS,
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  type UPLOAD_PURPOSES,
  type UPLOAD_STATUSES,
} from '../attachments.ts';
import type { MessageKey } from '../messages/index.ts';

/** POST /v1/uploads: the file's type and size as the browser declares them (checked again from the bytes). */
export const UploadRequest = z.object({
  type: z.enum(ATTACHMENT_TYPES, { error: 'attachments.typeNotAllowed' }),
  size: z.coerce
    .number({ error: 'field.invalidType' })
    .check(
      z.int({ error: 'field.invalid' }),
      z.gte(1, { error: 'attachments.empty' }),
      z.lte(MAX_ATTACHMENT_BYTES, { error: 'attachments.tooLarge' }),
    ),
});
export type UploadRequest = z.infer<typeof UploadRequest>;

export { uploadId, uploadToken } from './attachment-refs.ts';

import { uploadId } from './attachment-refs.ts';

/** A record's attachment marked publishable or not by the secretariat. */
export const PublishableInput = z.object({ publishable: z.boolean({ error: 'field.invalidType' }) });

/** Which processed upload becomes the answer's signed document. */
export const AnswerDocumentInput = z.object({ uploadId });

export { AttachmentRef, AttachmentRefs } from './attachment-refs.ts';

/** What the processing step found (no file name: none is ever kept). */
export interface ProcessedFile {
  type: (typeof ATTACHMENT_TYPES)[number];
  bytes: number;
  width?: number;
  height?: number;
  hasThumbnail: boolean;
  /** How long the processing took, for the bench and the logs. */
  durationMs: number;
}

/** The stored upload: one item per file, from the presigned POST to its attachment. */
export interface Upload {
  id: string;
  purpose: (typeof UPLOAD_PURPOSES)[number];
  status: (typeof UPLOAD_STATUSES)[number];
  declaredType: (typeof ATTACHMENT_TYPES)[number];
  declaredBytes: number;
  /** SHA-256 of the token a citizen's browser got; absent on a staff upload. */
  tokenHash?: string;
  /** The member of staff who asked for it (an agency's answer). */
  staffUserId?: string;
  /** What a staff upload may be attached to, and nothing else ("answer#<code>"). */
  target?: string;
  createdAt: string;
  processedAt?: string;
  processed?: ProcessedFile;
  /** Why the processing step refused the file. */
  refusal?: MessageKey;
  refusalParams?: Record<string, string>;
  owner?: AttachmentOwner;
}

export interface AttachmentOwner {
  kind: (typeof ATTACHMENT_OWNER_KINDS)[number];
  /** The petition's code for a petition's or an answer's attachment. */
  id: string;
}

/** A file linked to its record (in the record's partition, never under its public prefix). */
export interface Attachment extends ProcessedFile {
  id: string;
  owner: AttachmentOwner;
  attachedAt: string;
  /** Set by the secretariat: the file may be shown with the published result (a road, not an ID card). */
  publishable: boolean;
}

/** What the public may know of a file (on a published record): never a name, never who sent it. */
export interface PublicAttachment {
  id: string;
  /** A citizen's file with their petition, or the agency's signed answer. */
  role: (typeof ATTACHMENT_OWNER_KINDS)[number];
  type: (typeof ATTACHMENT_TYPES)[number];
  bytes: number;
  width?: number;
  height?: number;
  hasThumbnail: boolean;
}
