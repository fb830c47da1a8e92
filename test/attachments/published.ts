/**
 * A petition on its way to a published result with files: submitted with a phone photo (and
 * the consent given or not), routed, answered with the agency's signed PDF — the steps the
 * public-visibility, public-page and erasure tests share.
 */
import { expect } from 'vitest';
import {
  attachAnswerDocument,
  markPublishable,
  requestAnswerUpload,
} from '../../functions/lib/attachments/staff-attachments.ts';
import { answerPetition, routePetition } from '../../functions/lib/petitions/actions.ts';
import type { StaffUser } from '../../shared/schemas/index.ts';
import { postJson, validSubmission } from '../petitions/support.ts';
import { type AttachmentTestApi, pdf, phonePhoto, postToS3, processed, upload } from './support.ts';

export const ADMIN: StaffUser = { id: 'quan-tri', name: 'Quản trị', role: 'admin' };
/** What a citizen might call their photo: it must never reach a public page. */
export const FILE_NAME = 'CCCD-Nguyen-Thi-Kiem-Thu.jpg';

export const staffContext = (api: AttachmentTestApi) => ({
  repos: api.repos,
  user: ADMIN,
  now: new Date(),
  store: api.s3.store,
});

export async function submitWithPhoto(api: AttachmentTestApi, consentToPublish: boolean) {
  const { grant } = await upload(api, await phonePhoto(), { type: 'image/jpeg', filename: FILE_NAME });
  const response = await postJson(
    api.app,
    validSubmission({ consentToPublish, attachments: [{ id: grant.id, token: grant.token }] }),
  );
  expect(response.status).toBe(201);
  const { code } = (await response.json()) as { code: string };
  return { code: code.replace(/-/g, ''), photoId: grant.id };
}

/** Routed, answered and given its signed answer; the document's id. */
export async function answerWithDocument(api: AttachmentTestApi, code: string): Promise<string> {
  const ctx = staffContext(api);
  await routePetition(ctx, code, { agencyId: 'phong-tnmt-huu-lung' });
  await answerPetition(ctx, code, {
    text: 'Phòng đã kiểm tra và sẽ sửa chữa cầu tràn trong tháng tới.',
    documentNumber: '15/TNMT',
    documentDate: new Date().toISOString().slice(0, 10),
    result: 'resolved',
  });
  const grant = await requestAnswerUpload(ctx, code, { type: 'application/pdf', size: 500 });
  await postToS3({ ...grant, token: '' }, pdf(), 'application/pdf', 'cong-van-15.pdf');
  await processed(api, grant.id);
  await attachAnswerDocument(ctx, code, grant.id);
  return grant.id;
}

export const markPhoto = (api: AttachmentTestApi, code: string, id: string, publishable = true) =>
  markPublishable(staffContext(api), code, id, publishable);
