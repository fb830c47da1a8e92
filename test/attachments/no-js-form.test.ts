/**
 * The no-JavaScript petition form with files: a multipart POST that the public API streams
 * to quarantine itself, waits for the same processing step, and links like the JS form.
 */
import { describe, expect, it } from 'vitest';
import { formBody, validSubmission } from '../petitions/support.ts';
import { phonePhoto, pngImage, useAttachmentTestApi } from './support.ts';

const api = useAttachmentTestApi();

function multipart(
  values: Record<string, unknown>,
  files: { bytes: Uint8Array; type: string; name: string }[],
) {
  const form = new FormData();
  for (const [name, value] of formBody(values)) form.append(name, value);
  for (const file of files)
    form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  if (files.length === 0) form.append('files', new Blob([]), '');
  return api.app.request('/v1/petitions?lang=vi', { method: 'POST', body: form });
}

describe('the no-JS form with files', () => {
  it('attaches a photo: 303 to the confirmation, the photo linked without its metadata or name', async () => {
    const response = await multipart(validSubmission(), [
      { bytes: await phonePhoto(), type: 'image/jpeg', name: 'IMG-nha-ong-Kiem.jpg' },
    ]);
    expect(response.status, await response.clone().text()).toBe(303);
    const code = new URL(response.headers.get('location')!, 'https://x').searchParams
      .get('ma')!
      .replace(/-/g, '');
    const [attachment] = await api.repos.uploads.listAttachments('petition', code);
    expect(attachment).toMatchObject({ type: 'image/jpeg', hasThumbnail: true, publishable: false });
    expect(JSON.stringify(attachment)).not.toContain('IMG-nha');
  });

  it('still sends a form without files (an empty file part)', async () => {
    const response = await multipart(validSubmission(), []);
    expect(response.status).toBe(303);
  });

  it('shows the form again with the clear message for a PNG named .pdf, and stores no petition', async () => {
    const response = await multipart(validSubmission({ title: 'Kiến nghị có tệp sai loại' }), [
      { bytes: await pngImage(), type: 'application/pdf', name: 'don.pdf' },
    ]);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Nội dung tệp là PNG, không phải PDF');
    expect(page).toContain('value="Kiến nghị có tệp sai loại"');
    expect(page).not.toContain('don.pdf');
  });

  it('refuses a sixth file and a file of another type before storing anything', async () => {
    const photo = await pngImage();
    const six = Array.from({ length: 6 }, (_, i) => ({ bytes: photo, type: 'image/png', name: `${i}.png` }));
    const tooMany = await multipart(validSubmission(), six);
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toContain('tối đa 5 tệp');
    const gif = await multipart(validSubmission(), [{ bytes: photo, type: 'image/gif', name: 'a.gif' }]);
    expect(gif.status).toBe(400);
    expect(await gif.text()).toContain('Chỉ nhận tệp ảnh JPEG, PNG, WebP');
  });

  it('answers a malformed multipart body with a 400, not a 500', async () => {
    const response = await api.app.request('/v1/petitions', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: 'x',
    });
    expect(response.status).toBe(400);
  });

  it('stores no file when the form itself has a mistake', async () => {
    api.database.resetSent();
    const response = await multipart(validSubmission({ title: '' }), [
      { bytes: await pngImage(), type: 'image/png', name: 'x.png' },
    ]);
    expect(response.status).toBe(400);
    expect(api.database.sent.some((c) => JSON.stringify(c.input).includes('"entity":"upload"'))).toBe(false);
  });
});
