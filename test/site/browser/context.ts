/** What every browser test of the site shares: the built site on the local stack, and one Chromium. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { LocalStack } from '../../../infra/local/stack.ts';
import { launchChromium } from '../../support/chromium.ts';
import { type BuiltSite, startBuiltSite } from '../support/built-site.ts';

export interface SiteContext {
  site: BuiltSite;
  browser: Browser;
}

export type Context = () => SiteContext;

/**
 * Builds the site and launches Chromium before the file's tests, and closes both after them.
 * `prepare` writes the records the file's pages need through the running stack, before the build.
 */
export function useBuiltSite(prepare?: (stack: LocalStack) => Promise<void>): Context {
  let site: BuiltSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await startBuiltSite(prepare);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  }, 60_000);
  return () => {
    if (!site || !browser) throw new Error('The site was not built');
    return { site, browser };
  };
}

/** A fresh page in its own browser context (cookies, storage), closed by the caller's `close`. */
export async function openPage(
  ctx: SiteContext,
  options: { javaScript?: boolean; width?: number; bypassCSP?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; close: () => Promise<void> }> {
  const context = await ctx.browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    // axe is injected as an inline script, which the API pages' CSP (script-src 'self') refuses.
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'vi-VN',
    baseURL: ctx.site.url,
  });
  const page = await context.newPage();
  return { page, context, close: () => context.close() };
}

/** The values a citizen types into the petition form. */
export const CITIZEN = {
  name: 'Lò Văn Công Dân',
  email: 'lo.congdan@example.com',
  phone: '0987 111 222',
  address: 'Thôn Đồng Mười, xã Vân Nham',
  communeId: 'van-nham',
  fieldId: 'an-toan-giao-thong',
  localityId: 'van-nham',
};

export async function fillPetitionForm(page: Page, title: string): Promise<void> {
  await page.fill('#f-submitter-name', CITIZEN.name);
  await page.fill('#f-submitter-email', CITIZEN.email);
  await page.fill('#f-submitter-phone', CITIZEN.phone);
  await page.fill('#f-submitter-address', CITIZEN.address);
  await page.selectOption('#f-submitter-communeId', CITIZEN.communeId);
  await page.selectOption('#f-fieldId', CITIZEN.fieldId);
  await page.selectOption('#f-localityId', CITIZEN.localityId);
  await page.fill('#f-title', title);
  await page.fill(
    '#f-content',
    'Cầu tràn thôn Đồng Mười bị ngập mỗi khi mưa lớn, học sinh không đi học được. Đề nghị nâng cao mặt cầu.',
  );
  await page.check('input[name="consentToPublish"][value="true"]');
}

/** A tracking code as the confirmation page shows it ("7KQM-3HXT-9PAR"), read from the page's text. */
export function codeIn(text: string): string | undefined {
  return /\b[2-9A-Z]{4}[-\s]?[2-9A-Z]{4}[-\s]?[2-9A-Z]{4}\b/.exec(text)?.[0];
}
