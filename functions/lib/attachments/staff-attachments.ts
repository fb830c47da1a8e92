/**
 * What staff do with attachments: an agency attaches its signed answer (a PDF uploaded for
 * that petition's answer and no other), the secretariat marks a citizen's file publishable,
 * and everyone in scope reads them through short-lived presigned links; each read of a
 * citizen's files is in the audit log, as a read of their contact is. A delegate, who
 * never sees a submitter's contact, sees only what the public may see, plus the answer's
 * documents; a citizen's own files are for those who may read the contact.
 */
import {
  attachmentObjectKeys,
  DOWNLOAD_LINK_SECONDS,
  EXTENSION_OF,
  UPLOAD_POST_SECONDS,
} from '../../../shared/attachments.ts';
import { ValidationError } from '../../../shared/errors.ts';
import type { Attachment, Upload, UploadRequest } from '../../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { requireOn } from '../petitions/access.ts';
import { loadPetition, loadPetitionFor, type StaffActionContext } from '../petitions/staff-action.ts';
import type { AttachmentStore } from './store.ts';
import { newUploadId, type ReadyUpload, type UploadGrant } from './uploads.ts';

/**
 * The processed upload a member of staff made for `target` ("answer#<code>", "session#<id>"…),
 * or a 400 on `uploadId` saying why not (unknown, still being checked, refused and why, used).
 */
export async function readyStaffUpload(
  ctx: Pick<StaffAttachmentContext, 'repos'>,
  uploadId: string,
  target: string,
): Promise<ReadyUpload> {
  const upload = await ctx.repos.uploads.get(uploadId);
  const problem =
    upload?.target !== target
      ? 'attachments.unknown'
      : upload.status === 'pending'
        ? 'attachments.notProcessed'
        : upload.status === 'refused'
          ? (upload.refusal ?? 'attachments.notPdf')
          : upload.status === 'attached'
            ? 'attachments.used'
            : undefined;
  if (problem || !upload?.processed)
    throw new ValidationError({
      uploadId: {
        key: problem ?? 'attachments.unknown',
        ...(upload?.refusalParams ? { params: upload.refusalParams } : {}),
      },
    });
  return upload as ReadyUpload;
}

export interface StaffAttachmentContext extends StaffActionContext {
  store: AttachmentStore;
}

const answerTarget = (code: string) => `answer#${code}`;

export async function requestAnswerUpload(
  ctx: StaffAttachmentContext,
  code: string,
  request: UploadRequest,
): Promise<Omit<UploadGrant, 'token'>> {
  const _petition = await loadPetitionFor(ctx, code, 'answer');
  if (request.type !== 'application/pdf') throw new ValidationError({ type: { key: 'attachments.notPdf' } });
  const id = newUploadId();
  const post = await ctx.store.presignUpload(id, request.type, request.size);
  const upload: Upload = {
    id,
    purpose: 'answer',
    status: 'pending',
    declaredType: request.type,
    declaredBytes: request.size,
    staffUserId: ctx.user.id,
    target: answerTarget(code),
    createdAt: ctx.now.toISOString(),
  };
  await ctx.repos.uploads.create(upload);
  // Staff hold no token: the upload is bound to this petition's answer instead.
  return {
    id,
    url: post.url,
    fields: post.fields,
    expiresAt: new Date(ctx.now.getTime() + UPLOAD_POST_SECONDS * 1000).toISOString(),
  };
}

export async function attachAnswerDocument(
  ctx: StaffAttachmentContext,
  code: string,
  uploadId: string,
): Promise<Attachment> {
  const petition = await loadPetitionFor(ctx, code, 'answer');
  if (!petition.answer) throw new ValidationError({ uploadId: { key: 'attachments.noAnswer' } });
  const upload = await readyStaffUpload(ctx, uploadId, answerTarget(code));
  const owner = { kind: 'answer' as const, id: code };
  await ctx.repos.uploads.attach(upload, owner, { target: answerTarget(code) }, ctx.now, 'uploadId');
  return { ...upload.processed, id: upload.id, owner, attachedAt: ctx.now.toISOString(), publishable: false };
}

/** The route named in the audit record of a read of a citizen's files. */
export const ATTACHMENTS_ROUTE = 'GET /v1/petitions/{code}/attachments';

export interface StaffAttachmentView extends Attachment {
  /** A GET link valid for DOWNLOAD_LINK_SECONDS; the download is named by code and number only. */
  url: string;
  thumbnailUrl?: string;
}

export async function staffAttachments(
  ctx: StaffAttachmentContext,
  code: string,
): Promise<StaffAttachmentView[]> {
  const petition = await loadPetition(ctx, code);
  const held = await requireOn(ctx.repos, ctx.user, petition, 'view');
  const all = await ctx.repos.uploads.listAttachments('petition', code);
  const visible = all.filter((a) => a.owner.kind === 'answer' || a.publishable || held.has('viewContact'));
  // A citizen's file is their personal data, like their contact: the read is recorded before
  // any link leaves (DESIGN §12), one record per response.
  if (visible.some((a) => a.owner.kind === 'petition'))
    await ctx.repos.audit.append({
      at: ctx.now.toISOString(),
      userId: ctx.user.id,
      role: ctx.user.role,
      councilId: petition.councilId,
      code: petition.code,
      route: ATTACHMENTS_ROUTE,
    });
  return Promise.all(
    visible.map(async (a, i) => {
      const name = `${formatTrackingCode(code)}-${i + 1}.${EXTENSION_OF[a.type]}`;
      const url = await ctx.store.presignGet(
        attachmentObjectKeys.file(a.id),
        DOWNLOAD_LINK_SECONDS,
        name,
        a.type,
      );
      const thumbnailUrl = a.hasThumbnail
        ? await ctx.store.presignGet(
            attachmentObjectKeys.thumbnail(a.id),
            DOWNLOAD_LINK_SECONDS,
            `${name}.webp`,
            'image/webp',
          )
        : undefined;
      return { ...a, url, ...(thumbnailUrl ? { thumbnailUrl } : {}) };
    }),
  );
}

export async function markPublishable(
  ctx: StaffAttachmentContext,
  code: string,
  attachmentId: string,
  publishable: boolean,
): Promise<void> {
  const _petition = await loadPetitionFor(ctx, code, 'triage');
  await ctx.repos.uploads.setPublishable({ kind: 'petition', id: code }, attachmentId, publishable);
}
