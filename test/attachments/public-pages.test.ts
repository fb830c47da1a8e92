/**
 * Files on the public pages (issue #18): the no-JS track page and the published results the
 * static site is built from show the agency's signed answer, and a citizen's photo only when
 * they consented and the secretariat marked it publishable — as a thumbnail from the API's own
 * origin linking to the file, under a neutral label ("Ảnh 1", "Văn bản trả lời"), in the
 * page's language, never with the name the citizen gave the file.
 */
import { describe, expect, it } from 'vitest';
import { ResultsPage } from '../../shared/schemas/publication.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { answerWithDocument, FILE_NAME, markPhoto, submitWithPhoto } from './published.ts';
import { useAttachmentTestApi } from './support.ts';

// Every test makes, answers and publishes its own petitions: the reference data is all they need.
const api = useAttachmentTestApi({ seed: 'reference' });

const trackPage = async (code: string, lang = 'vi') =>
  (await api.app.request(`/tra-cuu?ma=${formatTrackingCode(code)}&lang=${lang}`)).text();

async function publishedResult(code: string) {
  const items = [];
  let cursor: string | undefined;
  do {
    const response = await api.app.request(
      `/v1/results?council=huu-lung&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.status).toBe(200);
    const page = ResultsPage.parse(await response.json());
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items.find((r) => r.code === code);
}

describe('files on the track page', () => {
  it('shows the answer document and, once marked on a consented petition, the photo as a thumbnail link', async () => {
    const { code, photoId } = await submitWithPhoto(api, true);
    const documentId = await answerWithDocument(api, code);
    const before = await trackPage(code);
    expect(before).toContain(`/attachments/${documentId}"`);
    expect(before).toContain('Văn bản trả lời</a>');
    expect(before).not.toContain(photoId);
    expect(before).not.toContain('<img');

    await markPhoto(api, code, photoId);
    const vi = await trackPage(code);
    const base = `/v1/petitions/${formatTrackingCode(code)}/attachments/${photoId}`;
    expect(vi).toContain(
      `<a href="${base}"><img src="${base}/thumbnail" alt="Ảnh 1" width="320" height="240"`,
    );
    expect(vi).toMatch(/Ảnh 1 \(ảnh, \d+ KB\)/);
    const en = await trackPage(code, 'en');
    expect(en).toContain('alt="Photo 1"');
    expect(en).toContain('Answer document</a>');
    expect(en).not.toContain('Ảnh 1');
    for (const page of [vi, en])
      for (const part of ['CCCD', 'Kiem-Thu', FILE_NAME]) expect(page).not.toContain(part);
  });

  it('never shows the photo of a petition whose submitter did not consent, marked or not', async () => {
    const { code, photoId } = await submitWithPhoto(api, false);
    await answerWithDocument(api, code);
    await markPhoto(api, code, photoId);
    const page = await trackPage(code);
    expect(page).not.toContain(photoId);
    expect(page).toContain('Văn bản trả lời</a>');
  });
});

describe('files of a published result (what the static result page is built from)', () => {
  it('carries the photo only when the submitter consented and the secretariat marked it, never a file name', async () => {
    const consented = await submitWithPhoto(api, true);
    const refused = await submitWithPhoto(api, false);
    for (const p of [consented, refused]) await answerWithDocument(api, p.code);

    const roles = async (code: string) =>
      ((await publishedResult(code))?.attachments ?? []).map((f) => [f.role, f.kind]);
    // Consented, not yet marked: the answer's document only.
    expect(await roles(consented.code)).toEqual([['answer', 'document']]);
    for (const p of [consented, refused]) await markPhoto(api, p.code, p.photoId);
    expect((await roles(consented.code)).sort()).toEqual([
      ['answer', 'document'],
      ['petition', 'photo'],
    ]);
    // A meeting's or an unconsented petition is not published with the photo.
    expect(await publishedResult(refused.code)).toBeUndefined();
    const photo = (await publishedResult(consented.code))?.attachments?.find((f) => f.role === 'petition');
    expect(photo?.thumbnailUrl).toBe(
      `/v1/petitions/${formatTrackingCode(consented.code)}/attachments/${consented.photoId}/thumbnail`,
    );
    expect(JSON.stringify(await publishedResult(consented.code))).not.toContain('CCCD');

    // Unmarked again: gone from the result.
    await markPhoto(api, consented.code, consented.photoId, false);
    expect(await roles(consented.code)).toEqual([['answer', 'document']]);
  });
});
