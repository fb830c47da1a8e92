/**
 * Staff and attachments, on DynamoDB Local and the local S3: an agency's signed answer
 * through the same processing step, presigned links for staff in scope (a delegate sees the
 * answer's documents and publishable files only), the secretariat's publishable flag, and
 * the routes' bad inputs (400 naming the field, nothing changed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { petitionWithPhoto } from '../staff/attachment-routes.ts';
import { USERS } from '../staff/matrix.ts';
import { makePetition } from '../staff/support.ts';
import { type Grant, pdf, pngImage, postToS3, useStaffAttachmentTestbed } from './support.ts';

const t = useStaffAttachmentTestbed();
beforeAll(async () => {});

async function uploadAnswer(code: string, bytes: Uint8Array, type = 'application/pdf'): Promise<string> {
  const response = await t.bed.call('POST', `/v1/petitions/${code}/answer/uploads`, {
    as: USERS.agencyOwn,
    body: { type: 'application/pdf', size: bytes.byteLength },
  });
  expect(response.status).toBe(201);
  const grant = (await response.json()) as Grant;
  expect(await postToS3(grant, bytes, type, 'cong-van-tra-loi.pdf')).toBeLessThan(300);
  for (let i = 0; i < 100; i++) {
    await t.s3.settled();
    if ((await t.bed.database.repos.uploads.get(grant.id))?.status !== 'pending') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return grant.id;
}

type Listed = { attachments: { id: string; owner: { kind: string }; url: string; thumbnailUrl?: string }[] };

describe("an agency's signed answer", () => {
  it('is uploaded, processed and attached, and staff read it through a short-lived link named by the code', async () => {
    const { code } = await makePetition(t.bed, 'answered');
    const uploadId = await uploadAnswer(code, pdf());
    const attached = await t.bed.call('POST', `/v1/petitions/${code}/answer/document`, {
      as: USERS.agencyOwn,
      body: { uploadId },
    });
    expect(attached.status, await attached.clone().text()).toBe(201);

    const listed = await t.bed.call('GET', `/v1/petitions/${code}/attachments`, { as: USERS.secretariatOwn });
    const { attachments } = (await listed.json()) as Listed;
    expect(attachments).toHaveLength(1);
    const link = new URL(attachments[0]!.url);
    expect(link.searchParams.get('X-Amz-Expires')).toBe('300');
    const file = await fetch(link);
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF-/);
    expect(file.headers.get('content-disposition')).toMatch(new RegExp(`${code.slice(0, 4)}-.*-1\\.pdf`));
    expect(attachments[0]!.url).not.toContain('cong-van');

    // Used once: attaching it again is a 400 on uploadId.
    const again = await t.bed.call('POST', `/v1/petitions/${code}/answer/document`, {
      as: USERS.agencyOwn,
      body: { uploadId },
    });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { fields: Record<string, string> }).fields.uploadId).toMatch(
      /đã được gửi kèm/,
    );
  });

  it('refuses a PNG sent as the signed PDF, and an upload made for another petition', async () => {
    const { code } = await makePetition(t.bed, 'answered');
    const png = await uploadAnswer(code, await pngImage(), 'application/pdf');
    expect((await t.bed.database.repos.uploads.get(png))?.status).toBe('refused');
    const refused = await t.bed.call('POST', `/v1/petitions/${code}/answer/document`, {
      as: USERS.agencyOwn,
      body: { uploadId: png },
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { fields: Record<string, string> }).fields.uploadId).toMatch(
      /phải là tệp PDF/,
    );

    const other = await makePetition(t.bed, 'answered');
    const elsewhere = await uploadAnswer(other.code, pdf());
    const wrong = await t.bed.call('POST', `/v1/petitions/${code}/answer/document`, {
      as: USERS.agencyOwn,
      body: { uploadId: elsewhere },
    });
    expect(wrong.status).toBe(400);
    expect((await t.bed.database.repos.uploads.get(elsewhere))?.status).toBe('ready');
  });
});

describe("a citizen's files", () => {
  it('show to the secretariat and the agency with thumbnails; to a delegate only once marked publishable', async () => {
    const { code, attachmentId } = await petitionWithPhoto(t.bed);
    const as = async (user: string) =>
      ((await (await t.bed.call('GET', `/v1/petitions/${code}/attachments`, { as: user })).json()) as Listed)
        .attachments;
    expect((await as(USERS.agencyOwn)).map((a) => a.id)).toEqual([attachmentId]);
    expect((await as(USERS.secretariatOwn))[0]?.thumbnailUrl).toMatch(/thumbnail/);
    expect(await as(USERS.delegateOwn)).toEqual([]);

    const marked = await t.bed.call('PUT', `/v1/petitions/${code}/attachments/${attachmentId}/publishable`, {
      as: USERS.secretariatOwn,
      body: { publishable: true },
    });
    expect(marked.status).toBe(200);
    expect((await as(USERS.delegateOwn)).map((a) => a.id)).toEqual([attachmentId]);
  });
});

describe("the audit of reads of a citizen's files", () => {
  it("records each listing that carries a citizen's file (who, role, petition, route); a delegate's empty one and the answer's alone write none", async () => {
    const { code } = await petitionWithPhoto(t.bed);
    const review = async () => {
      const response = await t.bed.call('GET', `/v1/audit?council=huu-lung&petition=${code}`, {
        as: USERS.admin,
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: Record<string, unknown>[] }).items;
    };
    await t.bed.call('GET', `/v1/petitions/${code}/attachments`, { as: USERS.delegateOwn });
    expect(await review()).toEqual([]);
    await t.bed.call('GET', `/v1/petitions/${code}/attachments`, { as: USERS.secretariatOwn });
    expect(await review()).toMatchObject([
      {
        userId: USERS.secretariatOwn,
        role: 'secretariat',
        code,
        route: 'GET /v1/petitions/{code}/attachments',
      },
    ]);

    const answered = await makePetition(t.bed, 'answered');
    const uploadId = await uploadAnswer(answered.code, pdf());
    await t.bed.call('POST', `/v1/petitions/${answered.code}/answer/document`, {
      as: USERS.agencyOwn,
      body: { uploadId },
    });
    await t.bed.call('GET', `/v1/petitions/${answered.code}/attachments`, { as: USERS.secretariatOwn });
    const none = await t.bed.call('GET', `/v1/audit?council=huu-lung&petition=${answered.code}`, {
      as: USERS.admin,
    });
    expect(((await none.json()) as { items: unknown[] }).items).toEqual([]);
  });
});

describe('bad inputs: 400 naming the field (404 for an unknown file), nothing changes', () => {
  const cases: {
    name: string;
    method: 'POST' | 'PUT';
    path: (code: string) => string;
    body: unknown;
    status: number;
    field?: string;
  }[] = [
    {
      name: 'publishable not a boolean',
      method: 'PUT',
      path: (c) => `/v1/petitions/${c}/attachments/${'a'.repeat(26)}/publishable`,
      body: { publishable: 'có' },
      status: 400,
      field: 'publishable',
    },
    {
      name: 'an unknown attachment',
      method: 'PUT',
      path: (c) => `/v1/petitions/${c}/attachments/${'a'.repeat(26)}/publishable`,
      body: { publishable: true },
      status: 404,
    },
    {
      name: 'a malformed attachment id',
      method: 'PUT',
      path: (c) => `/v1/petitions/${c}/attachments/IMG_0001.jpg/publishable`,
      body: { publishable: true },
      status: 400,
    },
    {
      name: 'an image as the signed answer',
      method: 'POST',
      path: (c) => `/v1/petitions/${c}/answer/uploads`,
      body: { type: 'image/png', size: 100 },
      status: 400,
      field: 'type',
    },
    {
      name: 'a signed answer over 10 MB',
      method: 'POST',
      path: (c) => `/v1/petitions/${c}/answer/uploads`,
      body: { type: 'application/pdf', size: 10_485_761 },
      status: 400,
      field: 'size',
    },
    {
      name: 'a malformed upload id',
      method: 'POST',
      path: (c) => `/v1/petitions/${c}/answer/document`,
      body: { uploadId: '../quarantine/x' },
      status: 400,
      field: 'uploadId',
    },
    {
      name: 'an unknown upload',
      method: 'POST',
      path: (c) => `/v1/petitions/${c}/answer/document`,
      body: { uploadId: 'b'.repeat(26) },
      status: 400,
      field: 'uploadId',
    },
  ];
  it.each(cases)('$name → $status', async (c) => {
    const { code } = await makePetition(t.bed, 'answered');
    const before = await t.bed.snapshot();
    const response = await t.bed.call(c.method, c.path(code), { as: USERS.admin, body: c.body });
    expect(response.status).toBe(c.status);
    const body = (await response.json()) as { message: string; fields?: Record<string, string> };
    expect(body.message).toBeTruthy();
    if (c.field) expect(body.fields?.[c.field]).toBeTruthy();
    if (c.method === 'PUT' || c.path(code).endsWith('/document'))
      expect(await t.bed.snapshot()).toEqual(before);
  });
});
