/**
 * A citizen gets answers in the language of the page they used, whatever their browser's
 * own setting: every no-JavaScript form names its language, and redirects keep it.
 */
import { describe, expect, it } from 'vitest';
import { feedbackLink } from '../../functions/lib/petitions/feedback-token.ts';
import { statusUrl } from '../../functions/lib/petitions/links.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { postForm, usePetitionTestApi, validSubmission } from './support.ts';

const api = usePetitionTestApi();

const SITE = 'https://kien-nghi.example.vn';
const NOW = '2026-05-04T03:00:00.000Z';
const englishBrowser = { 'accept-language': 'en-US,en;q=0.9' };

describe('the language of the no-JavaScript pages', () => {
  it('answers the Vietnamese track form in Vietnamese, even to an English browser', async () => {
    const response = await api.app.request(`/tra-cuu?ma=${DEMO_CODES.overdue}&lang=vi`, {
      headers: englishBrowser,
    });
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<input type="hidden" name="lang" value="vi">');
  });

  it('keeps English through the redirect after an English form submission', async () => {
    const response = await postForm(api.app, validSubmission(), {}, '/v1/petitions?lang=en');
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location')!).searchParams.get('lang')).toBe('en');
  });

  it('sends a Vietnamese submission to a Vietnamese confirmation, even from an English browser', async () => {
    const response = await postForm(api.app, validSubmission(), englishBrowser, '/v1/petitions?lang=vi');
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    // The browser follows the redirect with its own Accept-Language: the URL must name the language.
    const confirmation = await api.app.request(`${location.pathname}${location.search}`, {
      headers: englishBrowser,
    });
    const html = await confirmation.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('lang=vi');
    expect(html).not.toContain('href="/en/');
  });

  it('keeps Vietnamese on the track page a Vietnamese confirmation links to, even for an English browser', async () => {
    const response = await postForm(api.app, validSubmission(), englishBrowser, '/v1/petitions?lang=vi');
    const location = new URL(response.headers.get('location')!);
    const confirmation = await (
      await api.app.request(`${location.pathname}${location.search}`, { headers: englishBrowser })
    ).text();
    const trackHref = /href="(\/tra-cuu\?[^"]+)"/.exec(confirmation)![1]!.replaceAll('&amp;', '&');
    const track = await (await api.app.request(trackHref, { headers: englishBrowser })).text();
    expect(track).toContain('<html lang="vi">');
  });

  it('names the language in the links the emails carry to server pages', () => {
    expect(new URL(statusUrl(SITE, 'DEM2A7HX4KQ2')).searchParams.get('lang')).toBe('vi');
    expect(new URL(feedbackLink(SITE, 'secret', 'DEM2A7HX4KQ2', NOW)).searchParams.get('lang')).toBe('vi');
    expect(new URL(feedbackLink(SITE, 'secret', 'DEM2A7HX4KQ2', NOW, 'en')).searchParams.get('lang')).toBe(
      'en',
    );
  });

  it('stores the language of the page a petition was sent from, for the emails about it', async () => {
    for (const [lang, headers] of [
      ['vi', englishBrowser],
      ['en', { 'accept-language': 'vi-VN' }],
    ] as const) {
      const response = await postForm(api.app, validSubmission(), headers, `/v1/petitions?lang=${lang}`);
      const code = new URL(response.headers.get('location')!).searchParams.get('ma')!;
      const petition = await api.repos.petitions.get(code.replaceAll('-', ''));
      expect(petition?.locale, lang).toBe(lang);
    }
  });

  it('re-shows a Vietnamese form with errors in Vietnamese, posting back in Vietnamese', async () => {
    const response = await postForm(
      api.app,
      validSubmission({ title: '' }),
      englishBrowser,
      '/v1/petitions?lang=vi',
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('action="/v1/petitions?lang=vi"');
  });
});
