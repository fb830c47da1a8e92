/**
 * Attachments through a running local stack, over HTTP as a browser and the console do: a
 * petition submitted with a phone photo (presigned POST to the local S3, then the processing
 * step), and staff API calls signed in at the local issuer. For the browser tests, whose
 * stack runs beside the test.
 */
import { expect } from 'vitest';
import { DEMO_STAFF_PASSWORD } from '../../infra/local/demo/staff.ts';
import { pdf, phonePhoto, postToS3 } from './support.ts';

/** Waits until `check` answers `wanted` (usable in a beforeAll, where expect.poll is not). */
export async function waitFor<T>(check: () => Promise<T>, wanted: T, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await check();
    if (last === wanted) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`still ${String(last)} after ${timeoutMs} ms`);
}

export interface StackUrls {
  publicApi: string;
  staffApi: string;
  issuer: string;
}

/** A petition with one photo, as the site's script sends it; its code. */
export async function submitWithPhotoOverHttp(
  publicApi: string,
  input: { title: string; consentToPublish: boolean; filename: string },
): Promise<string> {
  const photo = await phonePhoto();
  const granted = await fetch(`${publicApi}/v1/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'image/jpeg', size: photo.byteLength }),
  });
  const grant = (await granted.json()) as {
    id: string;
    token: string;
    url: string;
    fields: Record<string, string>;
  };
  expect(await postToS3(grant, photo, 'image/jpeg', input.filename)).toBeLessThan(300);
  const status = async () =>
    (
      (await (await fetch(`${publicApi}/v1/uploads/${grant.id}?token=${grant.token}`)).json()) as {
        status: string;
      }
    ).status;
  await waitFor(status, 'ready');
  const submitted = await fetch(`${publicApi}/v1/petitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      submitter: {
        name: 'Đỗ Văn Nam',
        email: 'nam.do@example.com',
        address: 'Thôn Đồng Bé, xã Vân Nham',
        communeId: 'van-nham',
      },
      fieldId: 'dat-dai',
      localityId: 'van-nham',
      title: input.title,
      content: 'Cử tri gửi kèm ảnh hiện trường, đề nghị sửa chữa sớm.',
      consentToPublish: input.consentToPublish,
      attachments: [{ id: grant.id, token: grant.token }],
    }),
  });
  expect(submitted.status).toBe(201);
  return ((await submitted.json()) as { code: string }).code;
}

/** Calls the staff API as a demo account; its JSON. */
export async function staffCall(
  urls: StackUrls,
  username: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const signIn = await fetch(`${urls.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_STAFF_PASSWORD }),
  });
  const { id_token } = (await signIn.json()) as { id_token: string };
  const response = await fetch(`${urls.staffApi}${path}`, {
    method,
    headers: { authorization: `Bearer ${id_token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Routed to the land office, answered, with its signed PDF attached: over the staff API. */
export async function answerWithDocumentOverHttp(urls: StackUrls, code: string): Promise<void> {
  await staffCall(urls, 'thu-ky-huu-lung', 'POST', `/v1/petitions/${code}/route`, {
    agencyId: 'phong-tnmt-huu-lung',
  });
  const agency = 'can-bo-tnmt-huu-lung';
  await staffCall(urls, agency, 'POST', `/v1/petitions/${code}/answer`, {
    text: 'Phòng sẽ sửa chữa mặt đường thôn Đồng Bé trong tháng này.',
    documentNumber: '88/TNMT',
    documentDate: new Date().toISOString().slice(0, 10),
    result: 'resolved',
  });
  const bytes = pdf();
  const grant = (await staffCall(urls, agency, 'POST', `/v1/petitions/${code}/answer/uploads`, {
    type: 'application/pdf',
    size: bytes.byteLength,
  })) as { id: string; url: string; fields: Record<string, string> };
  expect(await postToS3({ ...grant, token: '' }, bytes, 'application/pdf', 'cong-van-88.pdf')).toBeLessThan(
    300,
  );
  await waitFor(
    () =>
      staffCall(urls, agency, 'POST', `/v1/petitions/${code}/answer/document`, { uploadId: grant.id }).then(
        () => 'linked',
        (error: Error) => error.message,
      ),
    'linked',
  );
}
