/**
 * A citizen's uploads: the presigned POST for one file (bound to the browser that asked by a
 * token only it holds; only the token's hash is stored), the upload's state for the form's
 * script, and the check of the uploads a submission names before they are linked to it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_PETITION,
  UPLOAD_POST_SECONDS,
} from '../../../shared/attachments.ts';
import { ValidationError } from '../../../shared/errors.ts';
import { type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import type { AttachmentRef, ProcessedFile, Upload, UploadRequest } from '../../../shared/schemas/index.ts';
import type { Config } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import type { AttachmentStore } from './store.ts';

export const UPLOAD_SCOPE = 'upload';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** 26 characters of base32 from 128 random bits. */
export function newUploadId(): string {
  const bytes = randomBytes(17);
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < 26) {
      id += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return id;
}

export const hashUploadToken = (token: string) => createHash('sha256').update(token).digest('base64url');

function tokenMatches(upload: Upload, token: string): boolean {
  if (!upload.tokenHash) return false;
  const a = Buffer.from(upload.tokenHash);
  const b = Buffer.from(hashUploadToken(token));
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface UploadGrant {
  id: string;
  token: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

export interface UploadDependencies {
  repos: Repositories;
  config: Config;
  store: AttachmentStore;
}

export async function requestUpload(
  deps: UploadDependencies,
  input: { request: UploadRequest; clientHash: string; now: Date },
): Promise<UploadGrant> {
  const { repos, config, store } = deps;
  const { request, now } = input;
  const id = newUploadId();
  const token = randomBytes(24).toString('base64url');
  const post = await store.presignUpload(id, request.type, request.size);
  const upload: Upload = {
    id,
    purpose: 'petition',
    status: 'pending',
    declaredType: request.type,
    declaredBytes: request.size,
    tokenHash: hashUploadToken(token),
    createdAt: now.toISOString(),
  };
  // Counted like submissions: a petition's five files fit in each of its windows.
  const rateLimit = repos.rateLimits.countStep(
    UPLOAD_SCOPE,
    input.clientHash,
    {
      limit: config.SUBMIT_RATE_LIMIT * MAX_ATTACHMENTS_PER_PETITION,
      windowSeconds: config.SUBMIT_RATE_WINDOW_SECONDS,
    },
    now,
  );
  await repos.uploads.create(upload, [rateLimit]);
  return {
    id,
    token,
    url: post.url,
    fields: post.fields,
    expiresAt: new Date(now.getTime() + UPLOAD_POST_SECONDS * 1000).toISOString(),
  };
}

/** What the form's script shows of an upload: its state, and the refusal in words. */
export async function uploadState(
  repos: Repositories,
  id: string,
  token: string,
  locale: Locale,
): Promise<{ id: string; status: Upload['status']; message?: string } | undefined> {
  const upload = await repos.uploads.get(id);
  if (!upload || !tokenMatches(upload, token)) return undefined;
  return {
    id,
    status: upload.status,
    ...(upload.refusal ? { message: refusalMessage(upload, locale) } : {}),
  };
}

/** Why the processing step refused the file, in words. */
export const refusalReason = (upload: Upload, locale: Locale): string =>
  translate(locale, upload.refusal as MessageKey, upload.refusalParams ?? {});

export const refusalMessage = (upload: Upload, locale: Locale): string =>
  translate(locale, 'attachments.refused', { reason: refusalReason(upload, locale) });

export type ReadyUpload = Upload & { processed: ProcessedFile };

/**
 * The uploads a submission names, each its own (the token), processed and accepted, not yet
 * used; a 400 naming the entry otherwise. The transaction that links them checks state and
 * token again, so two submissions racing for one upload get one petition and one 400.
 */
export async function readyUploadsOf(
  repos: Repositories,
  refs: readonly AttachmentRef[],
  locale: Locale,
): Promise<ReadyUpload[]> {
  const uploads = await Promise.all(refs.map((ref) => repos.uploads.get(ref.id)));
  const fields: Record<string, { key: MessageKey; params?: Record<string, string> }> = {};
  refs.forEach((ref, i) => {
    const upload = uploads[i];
    const field = `attachments.${i}`;
    if (upload?.purpose !== 'petition' || !tokenMatches(upload, ref.token))
      fields[field] = { key: 'attachments.unknown' };
    else if (upload.status === 'pending') fields[field] = { key: 'attachments.notProcessed' };
    else if (upload.status === 'refused')
      fields[field] = { key: 'attachments.refused', params: { reason: refusalReason(upload, locale) } };
    else if (upload.status === 'attached') fields[field] = { key: 'attachments.used' };
  });
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  return uploads as ReadyUpload[];
}

/**
 * The no-JavaScript form's files: each is stored in quarantine by the API itself (the same
 * key and the same processing step as a presigned POST), then awaited until the processing
 * step has recorded its outcome, so the submission can name it like the JS form does.
 */
export async function receiveFormFiles(
  deps: UploadDependencies,
  input: { files: readonly { bytes: Uint8Array; type: string }[]; clientHash: string; now: Date },
  options: { waitMs?: number } = {},
): Promise<AttachmentRef[]> {
  const fields: Record<string, { key: MessageKey; params?: Record<string, string | number> }> = {};
  if (input.files.length > MAX_ATTACHMENTS_PER_PETITION)
    throw new ValidationError({
      attachments: { key: 'attachments.tooMany', params: { max: MAX_ATTACHMENTS_PER_PETITION } },
    });
  input.files.forEach((file, i) => {
    const type = ATTACHMENT_TYPES.find((t) => t === file.type);
    if (!type) fields[`attachments.${i}`] = { key: 'attachments.typeNotAllowed' };
    else if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
      fields[`attachments.${i}`] = { key: 'attachments.tooLarge' };
  });
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);

  const refs = await Promise.all(
    input.files.map(async (file) => {
      const type = ATTACHMENT_TYPES.find((t) => t === file.type)!;
      const grant = await requestUpload(deps, {
        request: { type, size: file.bytes.byteLength },
        clientHash: input.clientHash,
        now: input.now,
      });
      await deps.store.putQuarantine(grant.id, file.bytes, type);
      return { id: grant.id, token: grant.token };
    }),
  );
  // The processing step runs on the bucket's event; a form post waits for it (a few seconds).
  const deadline = Date.now() + (options.waitMs ?? 20_000);
  for (const ref of refs) {
    for (;;) {
      const upload = await deps.repos.uploads.get(ref.id);
      if (upload?.status !== 'pending' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return refs;
}
