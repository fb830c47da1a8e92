/**
 * Retention (DESIGN §12): a petition's private attachments go when its contact goes — the
 * citizen's files are deleted from the bucket and vanish from every read; the agency's
 * signed answer, part of the public record, stays.
 */
import { describe, expect, it } from 'vitest';
import { purgeCitizenAttachments } from '../../functions/lib/attachments/retention.ts';
import { hashUploadToken } from '../../functions/lib/attachments/uploads.ts';
import { attachmentObjectKeys } from '../../shared/attachments.ts';
import { postJson, validSubmission } from '../petitions/support.ts';
import { objectStatus, pdf, phonePhoto, upload, useAttachmentTestApi } from './support.ts';

// The test makes its own petition: the reference data is all it needs.
const api = useAttachmentTestApi({ seed: 'reference' });

describe("a petition's attachments when its contact goes", () => {
  it("deletes the citizen's files and expires their items, and keeps the answer's document", async () => {
    const photo = await upload(api, await phonePhoto(), { type: 'image/jpeg', filename: 'a.jpg' });
    const response = await postJson(
      api.app,
      validSubmission({ attachments: [{ id: photo.grant.id, token: photo.grant.token }] }),
    );
    const code = ((await response.json()) as { code: string }).code.replace(/-/g, '');
    // An answer document in the same partition (written as the staff route does).
    const doc = await upload(api, pdf(), { type: 'application/pdf', filename: 'b.pdf' });
    const answerUpload = { ...doc.upload, processed: doc.upload.processed! };
    await api.repos.uploads.attach(
      answerUpload,
      { kind: 'answer', id: code },
      { tokenHash: hashUploadToken(doc.grant.token) },
      new Date(),
    );
    await api.repos.uploads.setPublishable({ kind: 'petition', id: code }, photo.grant.id, true);

    expect(await purgeCitizenAttachments({ repos: api.repos, store: api.s3.store }, code, new Date())).toBe(
      1,
    );

    const left = await api.repos.uploads.listAttachments('petition', code);
    expect(left.map((a) => [a.owner.kind, a.id])).toEqual([['answer', doc.grant.id]]);
    expect(await api.s3.store.readQuarantine(photo.grant.id, 1)).toBeUndefined();
    expect(await objectStatus(api, attachmentObjectKeys.file(photo.grant.id))).toBe(404);
    expect(await objectStatus(api, attachmentObjectKeys.file(doc.grant.id))).toBe(200);
    const record = await api.repos.petitions.getPublic(code);
    expect(record?.publicAttachments?.map((a) => a.id)).toEqual([doc.grant.id]);
  });
});
