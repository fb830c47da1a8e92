/**
 * Issue #14 in Chromium: the page a citizen came from decides the language (redirects,
 * server pages, calendars), and the petition form is one form with and without
 * JavaScript: the same controls, messages that name their field, a click not lost to a
 * message appearing under the pointer.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../../shared/ui/routes.ts';
import { type Context, fillPetitionForm, openPage } from './context.ts';

const ENGLISH_BROWSER = { 'accept-language': 'en-US,en;q=0.9' };

/** Every control of the petition form as a reader meets it: name, type, label, required, choices. */
function controlsOf(page: Page) {
  return page.$$eval('form[data-petition-form] :is(input, select, textarea)', (controls) =>
    controls.map((c) => {
      const control = c as HTMLInputElement | HTMLSelectElement;
      const label = control.id ? document.querySelector(`label[for="${control.id}"]`) : null;
      const options =
        control instanceof HTMLSelectElement
          ? [...control.options].map(
              (o) => `${(o.parentElement as HTMLOptGroupElement).label ?? ''}|${o.value}|${o.text}`,
            )
          : [];
      return {
        name: control.name,
        type: control.type,
        value: control.type === 'radio' || control.type === 'hidden' ? control.value : '',
        label: label?.textContent?.trim() ?? '',
        required: control.required,
        options,
      };
    }),
  );
}

/** What surrounds the controls: the note on required marks, the privacy link, the legends. */
function frameOf(page: Page) {
  return page.$eval('main', (main) => ({
    note: [...main.querySelectorAll('p')].map((p) => p.textContent?.trim()).filter((t) => t?.includes('*')),
    privacy: [...main.querySelectorAll('a')]
      .map((a) => a.getAttribute('href'))
      .filter((h) => h?.includes('rieng-tu') || h?.includes('privacy')),
    legends: [...main.querySelectorAll('legend')].map((l) => l.textContent?.trim()),
    hints: [...main.querySelectorAll('form .hint')].map((h) => h.textContent?.trim()),
  }));
}

const emptyForm = {
  'submitter.name': '',
  'submitter.email': '',
  'submitter.phone': '',
  'submitter.address': '',
  'submitter.communeId': '',
  fieldId: '',
  localityId: '',
  title: '',
  content: '',
};

export function formsAndLanguage(ctx: Context) {
  describe('one petition form, in the language of its page (issue #14)', () => {
    it.each(['vi', 'en'] as const)(
      'draws the same form (%s) on the site and when the API shows it again without JavaScript',
      async (locale) => {
        const { page, close } = await openPage(ctx());
        try {
          await page.goto(sitePaths.submit(locale));
          const staticControls = await controlsOf(page);
          const staticFrame = await frameOf(page);
          const answer = await page.request.post(`/v1/petitions?lang=${locale}`, { form: emptyForm });
          expect(answer.status()).toBe(400);
          await page.setContent(await answer.text());
          expect(await controlsOf(page)).toEqual(staticControls);
          expect(await frameOf(page)).toEqual(staticFrame);
          expect(staticControls.find((c) => c.name === 'localityId')?.options.join('\n')).toMatch(
            locale === 'vi' ? /toàn địa bàn/ : /whole area/,
          );
        } finally {
          await close();
        }
      },
    );

    it('names each field in the summary, the same lines with and without JavaScript', async () => {
      const { page, close } = await openPage(ctx());
      try {
        await page.goto(sitePaths.submit('vi'));
        await page.click('form[data-petition-form] button[type=submit]');
        const withScript = await page.locator('#error-summary li').allTextContents();
        expect(withScript).toContain('Họ và tên: Trường này là bắt buộc.');
        expect(withScript).toContain('Lĩnh vực: Trường này là bắt buộc.');
        const answer = await page.request.post('/v1/petitions?lang=vi', { form: emptyForm });
        await page.setContent(await answer.text());
        const withoutScript = await page.locator('.error-summary li').allTextContents();
        expect([...withScript].sort()).toEqual([...withoutScript].sort());
      } finally {
        await close();
      }
    });

    it('keeps the click on the consent radio when leaving "Nội dung" shows its message', async () => {
      const { page, close } = await openPage(ctx());
      try {
        await page.goto(sitePaths.submit('vi'));
        await page.fill('#f-content', 'ngắn');
        await page.click('input[name="consentToPublish"][value="true"]');
        await expect(page.locator('input[name="consentToPublish"][value="true"]').isChecked()).resolves.toBe(
          true,
        );
        await expect(page.locator('#e-content').textContent()).resolves.toContain('20');
      } finally {
        await close();
      }
    });

    it('sends a Vietnamese petition to a Vietnamese confirmation from an English browser, without JavaScript', async () => {
      // A browser set to English: its Accept-Language asks for English on every request.
      const context = await ctx().browser.newContext({
        javaScriptEnabled: false,
        locale: 'en-US',
        baseURL: ctx().site.url,
      });
      const page = await context.newPage();
      const close = () => context.close();
      try {
        await page.goto(sitePaths.submit('vi'));
        await fillPetitionForm(page, `Đường liên thôn xuống cấp (trình duyệt tiếng Anh ${Date.now()})`);
        await Promise.all([
          page.waitForURL('**/gui-kien-nghi/da-gui?ma=*'),
          page.click('form[data-petition-form] button[type=submit]'),
        ]);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
        const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(links.filter((h) => h.startsWith('/en/'))).toEqual([]);
      } finally {
        await close();
      }
    });

    it('gives a Vietnamese page’s calendars in Vietnamese to an English browser, and offers webcal: links', async () => {
      const { page, close } = await openPage(ctx());
      try {
        for (const path of [
          sitePaths.commune('vi', 'van-nham'),
          sitePaths.meeting('vi', 'hl-txct-truoc-kh12-minh-tien'),
        ]) {
          await page.goto(path);
          const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
          const calendars = hrefs.filter((h) => h.includes('.ics'));
          expect(calendars.length, path).toBeGreaterThan(0);
          for (const href of calendars)
            expect(new URL(href, 'https://x.vn').searchParams.get('lang'), href).toBe('vi');
          expect(
            hrefs.some((h) => h.startsWith('webcal://')),
            path,
          ).toBe(true);
          for (const href of calendars.filter((h) => h.startsWith('/'))) {
            const ics = await (await page.request.get(href, { headers: ENGLISH_BROWSER })).text();
            expect(ics, href).not.toMatch(/Voter meetings|CATEGORIES:[^\r\n]*Meeting/);
            expect(ics, href).toMatch(/NAME:|SUMMARY:/);
          }
        }
      } finally {
        await close();
      }
    });
  });
}
