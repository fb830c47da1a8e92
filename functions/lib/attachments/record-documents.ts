/**
 * The secretariat's documents of its council's records (DESIGN §10, issue #18): a session's
 * papers and the signed text of a resolution. The same steps as an agency's signed answer —
 * a presigned POST bound to the record ("session#<id>"), the processing step, then the link —
 * and, being part of the public record, a public copy written in the same transaction. The
 * public sees them through the public API's own links (public-attachments.ts' rules do not
 * apply: nothing here is a citizen's); what the public sees is public-record-documents.ts.
 */
import {
  attachmentObjectKeys,
  DOWNLOAD_LINK_SECONDS,
  EXTENSION_OF,
  MAX_RECORD_DOCUMENTS,
  type RecordDocumentKind,
  UPLOAD_POST_SECONDS,
} from '../../../shared/attachments.ts';
import { ValidationError } from '../../../shared/errors.ts';
import type { Attachment, Upload, UploadRequest } from '../../../shared/schemas/index.ts';
import { authorize, canManageCouncil } from '../auth/policy.ts';
import type { Repositories } from '../data/index.ts';
import { loadResolution } from '../resolutions/record-resolution.ts';
import { loadSession } from '../sessions/plan-session.ts';
import {
  readyStaffUpload,
  type StaffAttachmentContext,
  type StaffAttachmentView,
} from './staff-attachments.ts';
import { newUploadId, type UploadGrant } from './uploads.ts';

const targetOf = (kind: RecordDocumentKind, id: string) => `${kind}#${id}`;

/** The record's council, read the way its own routes read it (404 for an unknown record). */
async function councilOf(repos: Repositories, kind: RecordDocumentKind, id: string): Promise<string> {
  if (kind === 'session') return (await loadSession({ repos, now: () => new Date() }, id)).session.councilId;
  return (await loadResolution({ repos, now: () => new Date() }, id)).councilId;
}

async function authorizeOn(ctx: StaffAttachmentContext, kind: RecordDocumentKind, id: string) {
  authorize(canManageCouncil(ctx.user, await councilOf(ctx.repos, kind, id)));
}

export async function requestDocumentUpload(
  ctx: StaffAttachmentContext,
  kind: RecordDocumentKind,
  id: string,
  request: UploadRequest,
): Promise<Omit<UploadGrant, 'token'>> {
  await authorizeOn(ctx, kind, id);
  if (request.type !== 'application/pdf') throw new ValidationError({ type: { key: 'attachments.notPdf' } });
  const uploadId = newUploadId();
  const post = await ctx.store.presignUpload(uploadId, request.type, request.size);
  const upload: Upload = {
    id: uploadId,
    purpose: kind,
    status: 'pending',
    declaredType: request.type,
    declaredBytes: request.size,
    staffUserId: ctx.user.id,
    target: targetOf(kind, id),
    createdAt: ctx.now.toISOString(),
  };
  await ctx.repos.uploads.create(upload);
  return {
    id: uploadId,
    url: post.url,
    fields: post.fields,
    expiresAt: new Date(ctx.now.getTime() + UPLOAD_POST_SECONDS * 1000).toISOString(),
  };
}

export async function attachRecordDocument(
  ctx: StaffAttachmentContext,
  kind: RecordDocumentKind,
  id: string,
  uploadId: string,
): Promise<Attachment> {
  await authorizeOn(ctx, kind, id);
  const upload = await readyStaffUpload(ctx, uploadId, targetOf(kind, id));
  const held = await ctx.repos.uploads.listAttachments(kind, id);
  if (held.length >= MAX_RECORD_DOCUMENTS[kind])
    throw new ValidationError({
      uploadId: { key: 'attachments.tooMany', params: { max: String(MAX_RECORD_DOCUMENTS[kind]) } },
    });
  const owner = { kind, id };
  await ctx.repos.uploads.attach(upload, owner, { target: targetOf(kind, id) }, ctx.now, 'uploadId');
  return { ...upload.processed, id: upload.id, owner, attachedAt: ctx.now.toISOString(), publishable: true };
}

/** The record's documents with short-lived links, for the secretariat's console. */
export async function staffRecordDocuments(
  ctx: StaffAttachmentContext,
  kind: RecordDocumentKind,
  id: string,
): Promise<StaffAttachmentView[]> {
  await authorizeOn(ctx, kind, id);
  const documents = await ctx.repos.uploads.listAttachments(kind, id);
  return Promise.all(
    documents.map(async (d, i) => ({
      ...d,
      url: await ctx.store.presignGet(
        attachmentObjectKeys.file(d.id),
        DOWNLOAD_LINK_SECONDS,
        `${id}-${i + 1}.${EXTENSION_OF[d.type]}`,
        d.type,
      ),
    })),
  );
}
