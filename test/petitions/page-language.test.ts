/**
 * A citizen gets answers in the language of the page they used, whatever their browser's
 * own setting: every no-JavaScript form names its language, and redirects keep it.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { postForm, usePetitionTestApi, validSubmission } from './support.ts';

const api = usePetitionTestApi();

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

  it('sends a Vietnamese submission to the Vietnamese confirmation, even from an English browser', async () => {
    const response = await postForm(api.app, validSubmission(), englishBrowser, '/v1/petitions?lang=vi');
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location')!).searchParams.has('lang')).toBe(false);
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
