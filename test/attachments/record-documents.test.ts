/**
 * A session's documents and a resolution's signed text (issue #18), on DynamoDB Local and the
 * local S3: the secretariat uploads a PDF bound to the record, the processing step checks it,
 * it is linked and public with its record — listed by the public session and resolution
 * answers the site is built from, served through the public API's own link, named by the
 * record and never by the uploaded file's name. Bad inputs: 400 naming the field, nothing changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { testConfig } from '../petitions/support.ts';
import { USERS } from '../staff/matrix.ts';
import { DOCUMENT_SESSION, documentResolution } from '../staff/record-document-routes.ts';
import { type Grant, pdf, pngImage, postToS3, useStaffAttachmentTestbed } from './support.ts';

const t = useStaffAttachmentTestbed();
let publicApp: ReturnType<typeof createPublicApp>;
beforeAll(async () => {
  publicApp = createPublicApp({ repos: t.bed.database.repos, config: testConfig(), attachments: t.s3.store });
});

type Plural = 'sessions' | 'resolutions';

async function uploadDocument(plural: Plural, id: string, bytes: Uint8Array): Promise<string> {
  const response = await t.bed.call('POST', `/v1/${plural}/${id}/documents/uploads`, {
    as: USERS.secretariatOwn,
    body: { type: 'application/pdf', size: bytes.byteLength },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const grant = (await response.json()) as Grant;
  expect(await postToS3(grant, bytes, 'application/pdf', 'Bien-ban-ky-hop-ban-nhap.pdf')).toBeLessThan(300);
  for (let i = 0; i < 100; i++) {
    await t.s3.settled();
    if ((await t.bed.database.repos.uploads.get(grant.id))?.status !== 'pending') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return grant.id;
}

const attach = (plural: Plural, id: string, uploadId: string) =>
  t.bed.call('POST', `/v1/${plural}/${id}/documents`, { as: USERS.secretariatOwn, body: { uploadId } });

describe("a session's documents", () => {
  it('are uploaded, checked, linked and public with the session, through the API’s own link', async () => {
    const uploadId = await uploadDocument('sessions', DOCUMENT_SESSION, pdf());
    const attached = await attach('sessions', DOCUMENT_SESSION, uploadId);
    expect(attached.status, await attached.clone().text()).toBe(201);

    const staff = await t.bed.call('GET', `/v1/sessions/${DOCUMENT_SESSION}/documents`, {
      as: USERS.secretariatOwn,
    });
    const { documents } = (await staff.json()) as { documents: { id: string; url: string }[] };
    expect(documents.map((d) => d.id)).toContain(uploadId);

    const session = (await (await publicApp.request(`/v1/sessions/${DOCUMENT_SESSION}`)).json()) as {
      documents?: { id: string; role: string; kind: string; url: string }[];
    };
    const shown = session.documents?.find((d) => d.id === uploadId);
    expect(shown).toMatchObject({ role: 'session', kind: 'document' });
    const redirect = await publicApp.request(shown!.url);
    expect(redirect.status).toBe(302);
    const file = await fetch(redirect.headers.get('location')!);
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF-/);
    expect(file.headers.get('content-disposition')).toContain(`${DOCUMENT_SESSION}-`);
    expect(JSON.stringify(session) + redirect.headers.get('location')).not.toContain('Bien-ban');
    // Another record's path, or an unknown document: 404.
    expect((await publicApp.request(`/v1/sessions/huu-lung-kh11/documents/${uploadId}`)).status).toBe(404);
    expect(
      (await publicApp.request(`/v1/sessions/${DOCUMENT_SESSION}/documents/${'c'.repeat(26)}`)).status,
    ).toBe(404);
  });

  it('refuses a PNG sent as a PDF (processing step) and an upload made for another record', async () => {
    const png = await uploadDocument('sessions', DOCUMENT_SESSION, await pngImage());
    const refused = await attach('sessions', DOCUMENT_SESSION, png);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { fields: Record<string, string> }).fields.uploadId).toBeTruthy();
    const resolution = await documentResolution(t.bed);
    const elsewhere = await uploadDocument('resolutions', resolution, pdf());
    const before = await t.bed.snapshot();
    const wrong = await attach('sessions', DOCUMENT_SESSION, elsewhere);
    expect(wrong.status).toBe(400);
    expect(await t.bed.snapshot()).toEqual(before);
  });
});

describe("a resolution's signed text", () => {
  it('is listed with the resolution in the public listing the site is built from; one only', async () => {
    const resolution = await documentResolution(t.bed);
    const first = await uploadDocument('resolutions', resolution, pdf());
    expect((await attach('resolutions', resolution, first)).status).toBe(201);
    const listing = (await (
      await publicApp.request('/v1/resolutions?council=huu-lung&limit=200')
    ).json()) as {
      items: { id: string; documents?: { id: string; role: string; url: string }[] }[];
    };
    const item = listing.items.find((r) => r.id === resolution);
    expect(item?.documents).toMatchObject([{ id: first, role: 'resolution' }]);
    expect(item?.documents?.[0]?.url).toBe(`/v1/resolutions/${resolution}/documents/${first}`);

    const second = await uploadDocument('resolutions', resolution, pdf());
    const before = await t.bed.snapshot();
    const again = await attach('resolutions', resolution, second);
    expect(again.status).toBe(400);
    expect(((await again.json()) as { fields: Record<string, string> }).fields.uploadId).toMatch(/1/);
    expect(await t.bed.snapshot()).toEqual(before);
  });
});

describe('bad inputs: 400 naming the field (404 for an unknown record), nothing changes', () => {
  const cases: { name: string; path: string; body: unknown; status: number; field?: string }[] = [
    {
      name: 'an image as a session document',
      path: `/v1/sessions/${DOCUMENT_SESSION}/documents/uploads`,
      body: { type: 'image/png', size: 100 },
      status: 400,
      field: 'type',
    },
    {
      name: 'a document over 10 MB',
      path: `/v1/sessions/${DOCUMENT_SESSION}/documents/uploads`,
      body: { type: 'application/pdf', size: 10_485_761 },
      status: 400,
      field: 'size',
    },
    {
      name: 'a malformed upload id',
      path: `/v1/sessions/${DOCUMENT_SESSION}/documents`,
      body: { uploadId: '../private/x' },
      status: 400,
      field: 'uploadId',
    },
    {
      name: 'an unknown upload',
      path: `/v1/sessions/${DOCUMENT_SESSION}/documents`,
      body: { uploadId: 'd'.repeat(26) },
      status: 400,
      field: 'uploadId',
    },
    {
      name: 'an unknown resolution',
      path: '/v1/resolutions/khong-co-nghi-quyet/documents/uploads',
      body: { type: 'application/pdf', size: 100 },
      status: 404,
    },
  ];
  it.each(cases)('$name → $status', async (c) => {
    const before = await t.bed.snapshot();
    const response = await t.bed.call('POST', c.path, { as: USERS.admin, body: c.body });
    expect(response.status).toBe(c.status);
    const body = (await response.json()) as { message: string; fields?: Record<string, string> };
    expect(body.message).toBeTruthy();
    if (c.field) expect(body.fields?.[c.field]).toBeTruthy();
    expect(await t.bed.snapshot()).toEqual(before);
  });
});
