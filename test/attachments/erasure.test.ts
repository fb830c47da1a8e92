/**
 * Erasure on request (DESIGN §12, issue #18): when the submitter has their contact erased
 * through their private link, their petition's files go with it, by the same purge as the
 * end of retention — the objects (file, thumbnail), the items, the public copy — and after
 * it nothing of the file is readable by anyone; the agency's signed answer stays public.
 */
import { describe, expect, it } from 'vitest';
import {
  attachAnswerDocument,
  markPublishable,
  requestAnswerUpload,
  staffAttachments,
} from '../../functions/lib/attachments/staff-attachments.ts';
import { answerPetition, routePetition } from '../../functions/lib/petitions/actions.ts';
import { rightsToken } from '../../functions/lib/petitions/rights-token.ts';
import { attachmentObjectKeys } from '../../shared/attachments.ts';
import type { StaffUser } from '../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { postForm, postJson, testConfig, validSubmission } from '../petitions/support.ts';
import { pdf, phonePhoto, postToS3, processed, upload, useAttachmentTestApi } from './support.ts';

const api = useAttachmentTestApi();
const ADMIN: StaffUser = { id: 'quan-tri', name: 'Quản trị', role: 'admin' };
const ctx = () => ({ repos: api.repos, user: ADMIN, now: new Date(), store: api.s3.store });

const objectStatus = async (key: string) =>
  (await fetch(await api.s3.store.presignGet(key, 60, 'x', 'application/octet-stream'))).status;

describe("a submitter's erasure and their petition's files", () => {
  it('removes the photo, its thumbnail, its items and its public copy; the answer document stays', async () => {
    const { grant } = await upload(api, await phonePhoto(), { type: 'image/jpeg', filename: 'duong.jpg' });
    const submitted = await postJson(
      api.app,
      validSubmission({ consentToPublish: true, attachments: [{ id: grant.id, token: grant.token }] }),
    );
    const code = ((await submitted.json()) as { code: string }).code.replace(/-/g, '');
    await routePetition(ctx(), code, { agencyId: 'phong-tnmt-huu-lung' });
    await answerPetition(ctx(), code, {
      text: 'Phòng đã kiểm tra và sẽ sửa chữa cầu tràn trong tháng tới.',
      documentNumber: '16/TNMT',
      documentDate: new Date().toISOString().slice(0, 10),
      result: 'resolved',
    });
    const doc = await requestAnswerUpload(ctx(), code, { type: 'application/pdf', size: 500 });
    await postToS3({ ...doc, token: '' }, pdf(), 'application/pdf', 'cong-van.pdf');
    await processed(api, doc.id);
    await attachAnswerDocument(ctx(), code, doc.id);
    await markPublishable(ctx(), code, grant.id, true);
    const photoUrl = `/v1/petitions/${code}/attachments/${grant.id}`;
    expect((await api.app.request(photoUrl)).status).toBe(302);

    const token = rightsToken(testConfig().FEEDBACK_TOKEN_SECRET, code);
    const erased = await postForm(
      api.app,
      { token, confirm: 'yes' },
      {},
      `/v1/petitions/${formatTrackingCode(code)}/erase`,
    );
    expect(erased.status).toBe(303);

    // The bucket: no file, no thumbnail, no quarantined copy.
    for (const key of [
      attachmentObjectKeys.file(grant.id),
      attachmentObjectKeys.thumbnail(grant.id),
      attachmentObjectKeys.quarantine(grant.id),
    ])
      expect(await objectStatus(key), key).toBe(404);
    expect(await objectStatus(attachmentObjectKeys.file(doc.id))).toBe(200);
    // The table: staff, the public view, the public link and the upload no longer know the photo.
    expect((await staffAttachments(ctx(), code)).map((a) => a.id)).toEqual([doc.id]);
    const tracked = (await (await api.app.request(`/v1/petitions/${code}`)).json()) as {
      attachments?: { id: string }[];
    };
    expect(tracked.attachments?.map((a) => a.id)).toEqual([doc.id]);
    expect((await api.app.request(photoUrl)).status).toBe(404);
    expect((await api.app.request(`${photoUrl}/thumbnail`)).status).toBe(404);
    expect(await api.repos.uploads.get(grant.id)).toBeUndefined();

    // A second click finds it done and changes nothing.
    const again = await postForm(
      api.app,
      { token, confirm: 'yes' },
      {},
      `/v1/petitions/${formatTrackingCode(code)}/erase`,
    );
    expect(again.status).toBe(303);
    expect(await objectStatus(attachmentObjectKeys.file(doc.id))).toBe(200);
  });
});
