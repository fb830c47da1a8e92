/**
 * Privacy of attachments in public (issue #18 item 4, DESIGN §7): before publication nothing
 * shows; on a published petition the agency's signed answer shows, and a citizen's file only
 * when they consented and the secretariat marked it publishable. File names the citizen typed
 * and the photo's metadata appear in no public response, no link and no log line.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerWithDocument, markPhoto, submitWithPhoto } from './published.ts';
import { CAMERA_SERIAL, useAttachmentTestApi } from './support.ts';

const api = useAttachmentTestApi();
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    );
});
afterEach(() => vi.restoreAllMocks());

type Tracked = {
  attachments?: { id: string; role: string; kind: string; url: string; thumbnailUrl?: string }[];
};
const track = async (code: string) =>
  (await (await api.app.request(`/v1/petitions/${code}`)).json()) as Tracked;

describe('attachments in public', () => {
  it('show nothing before publication, even a file marked publishable', async () => {
    const { code, photoId } = await submitWithPhoto(api, true);
    await markPhoto(api, code, photoId, true);
    expect((await track(code)).attachments).toBeUndefined();
    expect((await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`)).status).toBe(404);
  });

  it('on a published petition: the answer document; the photo only when consented and marked publishable', async () => {
    const { code, photoId } = await submitWithPhoto(api, true);
    const documentId = await answerWithDocument(api, code);
    expect((await track(code)).attachments?.map((a) => [a.role, a.id])).toEqual([['answer', documentId]]);
    expect((await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`)).status).toBe(404);

    await markPhoto(api, code, photoId, true);
    const shown = (await track(code)).attachments ?? [];
    expect(shown.map((a) => a.id).sort()).toEqual([documentId, photoId].sort());
    const photo = shown.find((a) => a.id === photoId)!;
    expect(photo).toMatchObject({ kind: 'photo', role: 'petition' });

    const redirect = await api.app.request(photo.url);
    expect(redirect.status).toBe(302);
    const file = await fetch(redirect.headers.get('location')!);
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer()).toString('latin1');
    expect(bytes).not.toContain(CAMERA_SERIAL);
    // The thumbnail comes from the API's own origin (a page's img-src 'self'), without metadata.
    const thumbnail = await api.app.request(photo.thumbnailUrl!);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await thumbnail.arrayBuffer()).toString('latin1')).not.toContain(CAMERA_SERIAL);

    // Unmarked again: gone from the public.
    await markPhoto(api, code, photoId, false);
    expect((await track(code)).attachments?.map((a) => a.id)).toEqual([documentId]);
  });

  it("never shows a citizen's file when they did not consent, whatever the secretariat marks; the answer's document still", async () => {
    const { code, photoId } = await submitWithPhoto(api, false);
    await answerWithDocument(api, code);
    await markPhoto(api, code, photoId, true);
    expect((await track(code)).attachments?.map((a) => a.role)).toEqual(['answer']);
    expect((await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`)).status).toBe(404);
  });

  it("carries the citizen's file name and the photo's metadata into no response, link, page or log line", async () => {
    const { code, photoId } = await submitWithPhoto(api, true);
    await answerWithDocument(api, code);
    await markPhoto(api, code, photoId, true);
    const responses = [
      await api.app.request(`/v1/petitions/${code}`),
      await api.app.request(`/tra-cuu?ma=${code}`),
      await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`),
    ];
    const seen = [
      ...(await Promise.all(responses.map((r) => r.text()))),
      ...responses.map((r) => r.headers.get('location') ?? ''),
      ...logged,
      JSON.stringify(await api.repos.uploads.listAttachments('petition', code)),
    ].join('\n');
    for (const secret of ['CCCD', 'Nguyen-Thi', 'Kiem-Thu', CAMERA_SERIAL, 'Phone X', 'cong-van-15'])
      expect(seen, secret).not.toContain(secret);
  });
});
