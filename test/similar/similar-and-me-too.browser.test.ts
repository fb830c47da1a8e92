/**
 * Similar petitions and "me too" in real Chromium, with and without JavaScript: the petition
 * form (the site's own markup and script, bundled as the site does) suggests similar
 * petitions while a title is typed, with one request per pause; without JavaScript the API's
 * check step lists them and keeps what was typed; "I have the same issue" leads to the track
 * page's "me too" form, which counts the citizen. Every page axe-clean (WCAG 2.1 AA).
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { choicesOf } from '../../functions/public-api/pages/petition-form.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { escapeHtml, trusted } from '../../shared/ui/html.ts';
import { petitionFormHtml } from '../../shared/ui/petition-form.ts';
import { FORM_MESSAGES_ID, formMessages } from '../../shared/ui/petition-form-messages.ts';
import { renderPage } from '../../shared/ui/shell.ts';
import { postJson, validSubmission } from '../petitions/support.ts';
import { useServedPublicApi } from '../site/support/served-public-api.ts';
import { axeViolations } from '../support/chromium.ts';
import { indexThroughStream } from './support.ts';

// The site's URL is this server's, so the redirects to the site's pages land here.
const site = useServedPublicApi({ siteIsServer: true });
let script: string;
let existing: string;

const EXISTING_TITLE = 'Mương thủy lợi Đồng Bản bị bồi lấp';

beforeAll(async () => {
  // The site's form script, as Astro bundles it: enhancePetitionForm() and its one call.
  const bundled = await build({
    stdin: {
      contents:
        "import { enhancePetitionForm } from './site/src/scripts/petition-form.ts'; enhancePetitionForm();",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  script = bundled.outputFiles[0]!.text;
  const response = await postJson(site.api.app, validSubmission({ title: EXISTING_TITLE }));
  existing = ((await response.json()) as { code: string }).code;
  await indexThroughStream(site.api, existing);
}, 120_000);

/** The site's petition page: the shared shell, the one form renderer, and (with JavaScript) its script. */
async function formPage(locale: Locale, withScript: boolean): Promise<string> {
  const reference = await site.api.repos.reference.load();
  const form = petitionFormHtml(choicesOf(reference, locale), locale, {});
  // The words the script shows come with the page, as on the site's submit page (Submit.astro).
  const words = `<div id="${FORM_MESSAGES_ID}" data-messages="${escapeHtml(JSON.stringify(formMessages(locale)))}" hidden></div>`;
  const main = `<h1>Form</h1>${words}${form.value}${withScript ? `<script>${script}</script>` : ''}`;
  return renderPage({ locale, title: 'Gửi kiến nghị', main: trusted(main) });
}

function withPage<T>(javaScript: boolean, locale: Locale, run: (page: Page) => Promise<T>) {
  return site.withPage({ javaScript, locale }, async (page) => {
    await page.route('**/gui-kien-nghi-thu', async (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: await formPage(locale, javaScript) }),
    );
    return run(page);
  });
}

async function fillForm(page: Page, title: string, typeTitle = false) {
  await page.selectOption('#f-submitter-communeId', 'van-nham');
  await page.selectOption('#f-fieldId', 'dat-dai');
  if (typeTitle) await page.locator('#f-title').pressSequentially(title, { delay: 25 });
  else await page.fill('#f-title', title);
  await page.fill('#f-submitter-name', 'Lường Văn Thử');
  await page.fill('#f-submitter-email', 'luong.thu@example.com');
  await page.fill('#f-submitter-address', 'Thôn Đồng Bản, xã Vân Nham');
  await page.selectOption('#f-localityId', 'van-nham');
  await page.fill('#f-content', 'Mương thủy lợi thôn Đồng Bản bị bồi lấp, nước không về ruộng được vụ này.');
  await page.check('#f-consentToPublish');
}

/** Without JavaScript: fills the form and posts it, landing on the API's answer (the check step). */
async function postForm(page: Page, title: string) {
  await page.goto('/gui-kien-nghi-thu');
  await fillForm(page, title);
  await Promise.all([
    page.waitForURL('**/v1/petitions**'),
    page.click('form[data-petition-form] button[type=submit]'),
  ]);
}

/**
 * axe needs JavaScript: a page reached with it off (a POST's answer among them) is checked as
 * it stands, its markup loaded in a context with JavaScript on (and no CSP, which would refuse axe).
 */
async function expectAxeClean(page: Page, javaScript = false) {
  if (javaScript) {
    expect(await axeViolations(page)).toEqual([]);
    return;
  }
  const markup = await page.content();
  const context = await site.browser.newContext({
    javaScriptEnabled: true,
    bypassCSP: true,
    baseURL: site.server.url,
  });
  try {
    const checked = await context.newPage();
    await checked.route('**/axe-kiem-tra', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: markup }),
    );
    await checked.goto('/axe-kiem-tra');
    expect(await axeViolations(checked)).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('with JavaScript', () => {
  it('suggests the similar petition as the title is typed, with one request per pause, in a live region', async () => {
    await withPage(true, 'vi', async (page) => {
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/v1/petitions/similar')) asked.push(r.url());
      });
      await page.goto('/gui-kien-nghi-thu');
      await fillForm(page, 'Muong thuy loi Dong Ban boi lap nang', true);
      const region = page.locator('#similar-petitions');
      await expect.poll(() => region.isVisible()).toBe(true);
      expect(await region.getAttribute('aria-live')).toBe('polite');
      expect(await region.textContent()).toContain(EXISTING_TITLE);
      // One typing burst, one request (the commune and field were chosen before any title).
      expect(asked).toHaveLength(1);
      await expectAxeClean(page, true);
      await Promise.all([
        page.waitForURL('**/tra-cuu**'),
        region.getByRole('link', { name: 'Tôi cũng có kiến nghị này' }).first().click(),
      ]);
      expect(await page.locator('#s-communeId').inputValue()).toBe('van-nham');
    });
  });
});

describe('without JavaScript', () => {
  it('lists similar petitions before storing; "the same issue" leads to "me too", which counts the citizen', async () => {
    const before = (await site.api.repos.petitions.get(parseTrackingCode(existing)!))!.voterCount;
    await withPage(false, 'vi', async (page) => {
      await postForm(page, 'Mương thủy lợi Đồng Bản bồi lấp');
      expect(await page.locator('main').textContent()).toContain(EXISTING_TITLE);
      await expectAxeClean(page);
      await Promise.all([
        page.waitForURL('**/tra-cuu**'),
        page.getByRole('link', { name: 'Tôi cũng có kiến nghị này' }).first().click(),
      ]);
      await expectAxeClean(page);
      await page.fill('#s-email', 'cung.kien.nghi@example.com');
      await Promise.all([page.waitForURL('**ung-ho=1**'), page.click('#ung-ho button[type=submit]')]);
      expect(await page.locator('main [role=status]').first().textContent()).toContain('đã được ghi nhận');
      expect(await page.locator('main').textContent()).toContain(`Số cử tri cùng kiến nghị${before + 1}`);
      expect(page.url()).not.toContain('cung.kien.nghi');
      await expectAxeClean(page);
    });
  });

  it('sends the petition as typed when the citizen says it is not the same (nothing lost)', async () => {
    await withPage(false, 'en', async (page) => {
      await postForm(page, 'Mương thủy lợi Đồng Bản bồi lấp lần nữa');
      expect(await page.locator('h1').textContent()).toBe('Check similar petitions before sending');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expectAxeClean(page);
      await Promise.all([
        page.waitForURL('**/gui-kien-nghi/da-gui**'),
        page.click('text=Not the same: send my petition'),
      ]);
      const code = parseTrackingCode(new URL(page.url()).searchParams.get('ma')!);
      const stored = await site.api.repos.petitions.getWithContact(code);
      expect(stored?.petition.title).toBe('Mương thủy lợi Đồng Bản bồi lấp lần nữa');
      expect(stored?.contact?.name).toBe('Lường Văn Thử');
    });
  });

  it('shows the English track page with its "me too" form axe-clean', async () => {
    await withPage(false, 'en', async (page) => {
      await page.goto(`/tra-cuu?ma=${existing}&lang=en`);
      expect(await page.locator('#support-title').textContent()).toBe('I raise this too');
      await expectAxeClean(page);
    });
  });
});
