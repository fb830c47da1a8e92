/**
 * Attachments end to end on DynamoDB Local and the local S3 server (DESIGN §10): the
 * presigned POST, the processing step fed by the server's events, and the submission that
 * links processed uploads to its petition.
 */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { attachmentObjectKeys, MAX_ATTACHMENT_BYTES } from '../../shared/attachments.ts';
import { postJson, validSubmission } from '../petitions/support.ts';
import { clearOfWindowEnd } from '../support/rate-window.ts';
import {
  CAMERA_SERIAL,
  type Grant,
  pdf,
  phonePhoto,
  pngImage,
  postToS3,
  processed,
  requestGrant,
  upload,
  useAttachmentTestApi,
} from './support.ts';

const api = useAttachmentTestApi();

async function readObject(key: string): Promise<Uint8Array | undefined> {
  // Read back with the AWS SDK itself, not with the code under test.
  const client = new S3Client({
    endpoint: api.s3.endpoint,
    region: 'ap-southeast-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  try {
    const object = await client.send(
      new GetObjectCommand({ Bucket: api.s3.config.ATTACHMENTS_BUCKET, Key: key }),
    );
    return await object.Body?.transformToByteArray();
  } catch {
    return undefined;
  } finally {
    client.destroy();
  }
}

const refOf = (grant: Grant) => ({ id: grant.id, token: grant.token });
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('POST /v1/uploads', () => {
  it('answers a presigned POST into quarantine, bound to the browser by a token', async () => {
    const response = await requestGrant(api.app, 'image/jpeg', 1000);
    expect(response.status).toBe(201);
    const grant = (await response.json()) as Grant;
    expect(grant.id).toMatch(/^[a-z2-7]{26}$/);
    expect(grant.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(grant.fields.key).toBe(`quarantine/${grant.id}`);
    expect(grant.fields['Content-Type']).toBe('image/jpeg');
    const policy = JSON.parse(Buffer.from(grant.fields.Policy ?? '', 'base64').toString('utf8'));
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 1000]);
    const stored = await api.repos.uploads.get(grant.id);
    expect(stored).toMatchObject({ status: 'pending', declaredType: 'image/jpeg', purpose: 'petition' });
    expect(JSON.stringify(stored)).not.toContain(grant.token);
  });

  it('refuses a type outside JPEG, PNG, WebP and PDF, and a file over 10 MB, naming the field', async () => {
    const gif = await requestGrant(api.app, 'image/gif', 1000);
    expect(gif.status).toBe(400);
    expect(((await gif.json()) as { fields: Record<string, string> }).fields.type).toMatch(/JPEG, PNG, WebP/);
    const big = await api.app.request('/v1/uploads', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ type: 'image/jpeg', size: 11 * 1024 * 1024 }),
    });
    expect(big.status).toBe(400);
    expect(((await big.json()) as { fields: Record<string, string> }).fields.size).toMatch(/at most 10 MB/);
  });

  it('is rate-limited per client like submissions (five files for each petition allowed)', async () => {
    const app = api.withApp({ SUBMIT_RATE_LIMIT: 1 }, '198.51.100.77');
    await clearOfWindowEnd();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await requestGrant(app, 'image/png', 100)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});

describe('the processing step', () => {
  it('serves a phone photo afterwards without EXIF, XMP, GPS or the camera serial, with a thumbnail', async () => {
    const photo = await phonePhoto();
    const original = await sharp(photo).metadata();
    expect(original.exif).toBeDefined();
    expect(text(photo)).toContain(CAMERA_SERIAL);

    const { grant, upload: done } = await upload(api, photo, {
      type: 'image/jpeg',
      filename: 'IMG_nha-ong-Kiem.jpg',
    });
    expect(done.status).toBe('ready');
    expect(done.processed).toMatchObject({ type: 'image/jpeg', width: 640, height: 480, hasThumbnail: true });

    const stored = await readObject(attachmentObjectKeys.file(grant.id));
    expect(stored).toBeDefined();
    const meta = await sharp(stored!).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(text(stored!)).not.toContain(CAMERA_SERIAL);
    expect(text(stored!)).not.toContain('Kiem Thu');
    const thumbnail = await readObject(attachmentObjectKeys.thumbnail(grant.id));
    expect((await sharp(thumbnail!).metadata()).width).toBe(320);
    // Nothing is left in quarantine, and the citizen's file name is nowhere.
    expect(await readObject(attachmentObjectKeys.quarantine(grant.id))).toBeUndefined();
    expect(JSON.stringify(await api.repos.uploads.get(grant.id))).not.toContain('IMG_nha');
  });

  it('refuses a PNG named .pdf, saying what the file really is', async () => {
    const { grant, upload: done } = await upload(api, await pngImage(), {
      type: 'application/pdf',
      filename: 'don-de-nghi.pdf',
    });
    expect(done).toMatchObject({ status: 'refused', refusal: 'attachments.typeMismatch' });
    const state = await api.app.request(`/v1/uploads/${grant.id}?token=${grant.token}`);
    expect(state.status).toBe(200);
    const body = (await state.json()) as { status: string; message: string };
    expect(body.status).toBe('refused');
    expect(body.message).toBe(
      'Tệp đính kèm không được chấp nhận: Nội dung tệp là PNG, không phải PDF như tên hoặc loại tệp cho biết.',
    );
    expect(await readObject(attachmentObjectKeys.file(grant.id))).toBeUndefined();
  });

  it('refuses an 11 MB file that the local S3 accepted despite the POST policy', async () => {
    const eleven = new Uint8Array(11 * 1024 * 1024);
    eleven.set([0xff, 0xd8, 0xff, 0xe0]);
    const response = await requestGrant(api.app, 'image/jpeg', 1024 * 1024);
    const grant = (await response.json()) as Grant;
    // s3rver does not enforce content-length-range: the file lands in quarantine.
    expect(await postToS3(grant, eleven, 'image/jpeg', 'big.jpg')).toBeLessThan(300);
    const done = await processed(api, grant.id);
    expect(eleven.byteLength).toBeGreaterThan(MAX_ATTACHMENT_BYTES);
    expect(done).toMatchObject({ status: 'refused', refusal: 'attachments.tooLarge' });
    expect(await readObject(attachmentObjectKeys.file(grant.id))).toBeUndefined();
  });

  it('refuses bytes that are no allowed type whatever they are called, and a damaged image', async () => {
    const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x00\x00\x00;');
    expect((await upload(api, gif, { type: 'image/png', filename: 'a.png' })).upload.refusal).toBe(
      'attachments.typeNotAllowed',
    );
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await upload(api, broken, { type: 'image/jpeg', filename: 'b.jpg' })).upload.refusal).toBe(
      'attachments.unreadable',
    );
  });

  it('accepts a plain PDF as it is, and refuses an encrypted or script-bearing one', async () => {
    const plain = await upload(api, pdf(), { type: 'application/pdf', filename: 'c.pdf' });
    expect(plain.upload).toMatchObject({
      status: 'ready',
      processed: { type: 'application/pdf', hasThumbnail: false },
    });
    const cases: [string, string][] = [
      ['/OpenAction << /S /JavaScript /JS (app.alert(1)) >>', 'attachments.pdfScript'],
      ['/AA << /O << /S /Launch /F (cmd.exe) >> >>', 'attachments.pdfScript'],
      ['/OpenAction << /S /J#61vaScript /J#53 (x) >>', 'attachments.pdfScript'],
      ['/Encrypt 5 0 R', 'attachments.pdfEncrypted'],
    ];
    for (const [extra, refusal] of cases) {
      const { upload: done } = await upload(api, pdf(extra), { type: 'application/pdf', filename: 'd.pdf' });
      expect(done.refusal, extra).toBe(refusal);
    }
  });

  it('records one outcome per upload: a redelivered event changes nothing', async () => {
    const { grant } = await upload(api, await pngImage(), { type: 'image/png', filename: 'e.png' });
    const before = await api.repos.uploads.get(grant.id);
    const { createProcessorHandler } = await import('../../functions/attachment-processor/handler.ts');
    await createProcessorHandler({ repos: api.repos, store: api.s3.store })({
      Records: [{ eventName: 'ObjectCreated:Post', s3: { object: { key: `quarantine/${grant.id}` } } }],
    });
    expect(await api.repos.uploads.get(grant.id)).toEqual(before);
  });
});

describe('a submission naming its uploads', () => {
  it('links processed uploads to the petition in its transaction, once', async () => {
    const a = await upload(api, await phonePhoto(), { type: 'image/jpeg', filename: 'x.jpg' });
    const b = await upload(api, pdf(), { type: 'application/pdf', filename: 'y.pdf' });
    const response = await postJson(
      api.app,
      validSubmission({ attachments: [refOf(a.grant), refOf(b.grant)] }),
    );
    expect(response.status).toBe(201);
    const { code } = (await response.json()) as { code: string };
    const attachments = await api.repos.uploads.listAttachments('petition', code.replace(/-/g, ''));
    expect(attachments.map((x) => x.id).sort()).toEqual([a.grant.id, b.grant.id].sort());
    expect(attachments.every((x) => x.publishable === false)).toBe(true);
    expect((await api.repos.uploads.get(a.grant.id))?.status).toBe('attached');

    // Already used: a second petition naming it is a 400 on that entry, and stores nothing.
    const again = await postJson(api.app, validSubmission({ attachments: [refOf(a.grant)] }));
    expect(again.status).toBe(400);
    expect(((await again.json()) as { fields: Record<string, string> }).fields['attachments.0']).toMatch(
      /đã được gửi kèm một kiến nghị khác/,
    );
  });

  it('refuses an upload that is not its own, not processed, or refused, naming the entry', async () => {
    const mine = await upload(api, await pngImage(), { type: 'image/png', filename: 'f.png' });
    const stolen = await postJson(
      api.app,
      validSubmission({ attachments: [{ id: mine.grant.id, token: 'A'.repeat(32) }] }),
    );
    expect(stolen.status).toBe(400);
    expect(((await stolen.json()) as { fields: Record<string, string> }).fields['attachments.0']).toMatch(
      /không phải do Ông\/Bà tải lên/,
    );

    const pending = (await (await requestGrant(api.app, 'image/png', 100)).json()) as Grant;
    const early = await postJson(api.app, validSubmission({ attachments: [refOf(pending)] }));
    expect(((await early.json()) as { fields: Record<string, string> }).fields['attachments.0']).toMatch(
      /đang được kiểm tra/,
    );

    const refused = await upload(api, await pngImage(), { type: 'image/webp', filename: 'g.webp' });
    const bad = await postJson(api.app, validSubmission({ attachments: [refOf(refused.grant)] }), {
      'accept-language': 'en',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields['attachments.0']).toBe(
      'The attached file was not accepted: The file contains PNG, not the WebP its name or type says.',
    );
    // None of them was linked.
    expect((await api.repos.uploads.get(mine.grant.id))?.status).toBe('ready');
  });

  it('refuses a sixth file', async () => {
    const refs = Array.from({ length: 6 }, (_, i) => ({
      id: `${'a'.repeat(25)}${i + 2}`,
      token: 'B'.repeat(32),
    }));
    const response = await postJson(api.app, validSubmission({ attachments: refs }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields.attachments).toBe(
      'Chỉ đính kèm được tối đa 5 tệp cho mỗi kiến nghị.',
    );
  });
});
