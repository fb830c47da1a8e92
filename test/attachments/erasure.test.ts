/**
 * Erasure on request (DESIGN §12, issue #18): when the submitter has their contact erased
 * through their private link, their petition's files go with it, by the same purge as the
 * end of retention — the objects (file, thumbnail), the items, the public copy — and after
 * it nothing of the file is readable by anyone; the agency's signed answer stays public.
 */
import { describe, expect, it } from 'vitest';
import { staffAttachments } from '../../functions/lib/attachments/staff-attachments.ts';
import { rightsToken } from '../../functions/lib/petitions/rights-token.ts';
import { attachmentObjectKeys } from '../../shared/attachments.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { postForm, testConfig } from '../petitions/support.ts';
import { answerWithDocument, markPhoto, staffContext, submitWithPhoto } from './published.ts';
import { objectStatus, useAttachmentTestApi } from './support.ts';

const api = useAttachmentTestApi();

describe("a submitter's erasure and their petition's files", () => {
  it('removes the photo, its thumbnail, its items and its public copy; the answer document stays', async () => {
    const { code, photoId } = await submitWithPhoto(api, true);
    const documentId = await answerWithDocument(api, code);
    await markPhoto(api, code, photoId);
    const photoUrl = `/v1/petitions/${code}/attachments/${photoId}`;
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
      attachmentObjectKeys.file(photoId),
      attachmentObjectKeys.thumbnail(photoId),
      attachmentObjectKeys.quarantine(photoId),
    ])
      expect(await objectStatus(api, key), key).toBe(404);
    expect(await objectStatus(api, attachmentObjectKeys.file(documentId))).toBe(200);
    // The table: staff, the public view, the public link and the upload no longer know the photo.
    expect((await staffAttachments(staffContext(api), code)).map((a) => a.id)).toEqual([documentId]);
    const tracked = (await (await api.app.request(`/v1/petitions/${code}`)).json()) as {
      attachments?: { id: string }[];
    };
    expect(tracked.attachments?.map((a) => a.id)).toEqual([documentId]);
    expect((await api.app.request(photoUrl)).status).toBe(404);
    expect((await api.app.request(`${photoUrl}/thumbnail`)).status).toBe(404);
    expect(await api.repos.uploads.get(photoId)).toBeUndefined();

    // A second click finds it done and changes nothing.
    const again = await postForm(
      api.app,
      { token, confirm: 'yes' },
      {},
      `/v1/petitions/${formatTrackingCode(code)}/erase`,
    );
    expect(again.status).toBe(303);
    expect(await objectStatus(api, attachmentObjectKeys.file(documentId))).toBe(200);
  });
});
