/**
 * Every console screen, for the role that works in it: axe finds no WCAG 2.1 A/AA
 * violation, in Vietnamese and English, at desktop width and at 360 px, where nothing
 * may be wider than the screen. On the demo data, which no suite changes (the API keys
 * suite adds keys of its own: the admin's list is clean with them or without).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import { axeViolations } from '../../support/chromium.ts';
import type { BrowserEnv } from '../support/browser-env.ts';
import { open, screenReady, signIn } from '../support/console-page.ts';

const SCREENS: Record<string, string[]> = {
  'thu-ky-huu-lung': [
    '/quan-ly/phan-loai/',
    `/quan-ly/kien-nghi/?ma=${DEMO_CODES.triage}`,
    `/quan-ly/kien-nghi/?ma=${DEMO_CODES.answered}`,
    '/quan-ly/nhap-kien-nghi/',
    '/quan-ly/tiep-xuc/',
    '/quan-ly/tiep-xuc/sua/',
    '/quan-ly/tiep-xuc/sua/?id=hl-txct-sau-kh11-van-nham',
    '/quan-ly/co-quan/',
    '/quan-ly/quy-tac/',
    '/quan-ly/cai-dat/',
    '/quan-ly/ky-hop/',
    '/quan-ly/ky-hop/sua/?id=huu-lung-kh12',
    // Resolutions and interpellations (test/console/browser/resolutions.ts records some of its own).
    '/quan-ly/nghi-quyet/?session=huu-lung-kh12',
    '/quan-ly/nghi-quyet/sua/?session=huu-lung-kh12',
    '/quan-ly/nghi-quyet/chat-van/?session=huu-lung-kh12',
  ],
  'can-bo-gddt-huu-lung': ['/quan-ly/hang-doi/', `/quan-ly/kien-nghi/?ma=${DEMO_CODES.routed}`],
  'dai-bieu-huu-lung-dv6': ['/quan-ly/don-vi/', `/quan-ly/kien-nghi/?ma=${DEMO_CODES.triage}`],
  'quan-tri': ['/quan-ly/co-quan/', '/quan-ly/khoa-api/'],
};

async function expectClean(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

async function expectFitsWidth(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]');
  const [scroll, inner] = widths as [number, number];
  expect(scroll, `${where} is ${scroll}px wide on a ${inner}px screen`).toBeLessThanOrEqual(inner);
}

/**
 * Signs in as `username` and runs axe on each of `paths` at desktop width and at 360 px (where
 * nothing may be wider than the screen), then again in English.
 */
export async function expectScreensAccessible(
  { env, browser }: BrowserEnv,
  username: string,
  paths: string[],
): Promise<void> {
  const { context, page } = await signIn(browser, env.siteUrl, username);
  for (const path of paths) {
    await page.setViewportSize({ width: 1024, height: 800 });
    await open(page, path);
    await expectClean(page, `${path} (vi)`);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectClean(page, `${path} at 360 px`);
    await expectFitsWidth(page, path);
  }
  // The same screens in English, chosen with the header's language switch.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.getByRole('button', { name: 'English' }).click();
  await screenReady(page);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  for (const path of paths) {
    await open(page, path);
    await expectClean(page, `${path} (en)`);
  }
  await context.close();
}

export function accessibilitySuite(use: () => BrowserEnv): void {
  describe('every console screen is accessible', () => {
    for (const [username, paths] of Object.entries(SCREENS)) {
      it(`has no axe violation and fits 360 px: the screens of ${username}`, async () => {
        await expectScreensAccessible(use(), username, paths);
      }, 180_000);
    }

    it('ships every console page as a static shell whose scripts are files (the CSP allows only the site’s own)', () => {
      const { env } = use();
      const root = join(env.outDir, 'quan-ly');
      const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('index.html'),
      );
      expect(pages.length).toBeGreaterThanOrEqual(12);
      for (const page of pages) {
        const html = readFileSync(join(root, page), 'utf8');
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts.length, page).toBeGreaterThan(0);
        for (const [, attributes, body] of scripts) {
          expect(attributes, page).toMatch(/\bsrc="\/_astro\/[^"]+\.js"/);
          expect(body?.trim(), page).toBe('');
        }
        expect(html, page).not.toMatch(/\son[a-z]+=|javascript:/i);
        expect(html, page).toContain('<meta name="robots" content="noindex, nofollow"');
      }
    });

    it('has no axe violation on the sign-in page, the "not allowed" page and a form showing errors', async () => {
      const { env, browser } = use();
      const context = await browser.newContext({
        baseURL: env.siteUrl,
        viewport: { width: 360, height: 740 },
      });
      const page = await context.newPage();
      await page.goto('/quan-ly/dang-nhap/');
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      await expectClean(page, 'sign-in');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.locator('.error-summary').waitFor();
      await expectClean(page, 'sign-in with an error');
      await expectFitsWidth(page, 'sign-in');
      await context.close();

      const officer = await signIn(browser, env.siteUrl, 'can-bo-gddt-huu-lung');
      await open(officer.page, '/quan-ly/phan-loai/');
      expect(await officer.page.locator('main h1').textContent()).toBe('Không được phép');
      await expectClean(officer.page, 'not allowed');
      await open(officer.page, `/quan-ly/kien-nghi/?ma=${DEMO_CODES.routed}`);
      await officer.page.locator('#answer').getByRole('button', { name: 'Gửi trả lời' }).click();
      await officer.page.locator('#answer .error-summary').waitFor();
      expect(await officer.page.locator('#answer [aria-invalid="true"]').count()).toBeGreaterThan(0);
      await expectClean(officer.page, 'answer form with field errors');
      await officer.context.close();
    }, 60_000);
  });
}
