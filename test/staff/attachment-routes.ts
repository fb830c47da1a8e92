/**
 * The attachment routes' rows of the authorization matrix: each prepares a petition and,
 * where the route needs one, a processed upload written straight to the table.
 */
import { hashUploadToken, newUploadId } from '../../functions/lib/attachments/uploads.ts';
import type { ProcessedFile, Upload } from '../../shared/schemas/index.ts';
import { agency, type StaffRoute, secretariat } from './matrix.ts';
import { makePetition, type StaffTestbed } from './support.ts';

const PDF: ProcessedFile = { type: 'application/pdf', bytes: 1200, hasThumbnail: false, durationMs: 3 };
const PHOTO: ProcessedFile = {
  type: 'image/jpeg',
  bytes: 52_000,
  width: 640,
  height: 480,
  hasThumbnail: true,
  durationMs: 40,
};

/** A processed upload: a citizen's (bound by a token) or one made for a petition's answer. */
export async function readyUpload(
  bed: StaffTestbed,
  binding: { token: string } | { target: string },
  processed: ProcessedFile,
): Promise<Upload & { processed: ProcessedFile }> {
  const id = newUploadId();
  const upload: Upload = {
    id,
    purpose: 'token' in binding ? 'petition' : 'answer',
    status: 'pending',
    declaredType: processed.type,
    declaredBytes: processed.bytes,
    ...('token' in binding ? { tokenHash: hashUploadToken(binding.token) } : { target: binding.target }),
    createdAt: bed.now.toISOString(),
  };
  await bed.database.repos.uploads.create(upload);
  await bed.database.repos.uploads.recordOutcome(id, { processed }, bed.now);
  return { ...upload, status: 'ready', processed };
}

/** A petition in `state` with one photo its submitter attached. */
export async function petitionWithPhoto(bed: StaffTestbed, state: 'routed' | 'answered' = 'routed') {
  const { code } = await makePetition(bed, state);
  const token = 'T'.repeat(32);
  const upload = await readyUpload(bed, { token }, PHOTO);
  await bed.database.repos.uploads.attach(
    upload,
    { kind: 'petition', id: code },
    { tokenHash: hashUploadToken(token) },
    bed.now,
  );
  return { code, attachmentId: upload.id };
}

export async function answerUpload(bed: StaffTestbed, code: string) {
  return readyUpload(bed, { target: `answer#${code}` }, PDF);
}

const ROUTES: Omit<StaffRoute, 'badInputTestedIn'>[] = [
  {
    method: 'GET',
    route: '/v1/petitions/{code}/attachments',
    allowed: ['secretariatOwn', 'agencyOwn', 'delegateOwn', 'admin'],
    // The citizen's photo is listed to those who may read the contact, and recorded; a delegate sees none.
    auditedFor: ['secretariatOwn', 'agencyOwn', 'admin'],
    prepare: async (bed) => ({ path: `/v1/petitions/${(await petitionWithPhoto(bed)).code}/attachments` }),
  },
  {
    method: 'PUT',
    route: '/v1/petitions/{code}/attachments/{id}/publishable',
    allowed: secretariat,
    prepare: async (bed) => {
      const { code, attachmentId } = await petitionWithPhoto(bed);
      return {
        path: `/v1/petitions/${code}/attachments/${attachmentId}/publishable`,
        body: { publishable: true },
      };
    },
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/answer/uploads',
    allowed: agency,
    prepare: async (bed) => ({
      path: `/v1/petitions/${(await makePetition(bed, 'answered')).code}/answer/uploads`,
      body: { type: 'application/pdf', size: 120_000 },
    }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/answer/document',
    allowed: agency,
    prepare: async (bed) => {
      const { code } = await makePetition(bed, 'answered');
      const upload = await answerUpload(bed, code);
      return { path: `/v1/petitions/${code}/answer/document`, body: { uploadId: upload.id } };
    },
  },
];

export const ATTACHMENT_ROUTES: StaffRoute[] = ROUTES.map((r) => ({
  ...r,
  badInputTestedIn: 'test/attachments/staff-attachments.test.ts',
}));
