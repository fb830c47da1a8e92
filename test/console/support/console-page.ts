/** Steps a member of staff takes in the console, for the browser tests. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF_PASSWORD } from '../../../infra/local/demo/staff.ts';

export interface StaffPage {
  context: BrowserContext;
  page: Page;
}

/** Waits until the screen has drawn its heading and nothing is loading any more. */
export async function screenReady(page: Page): Promise<void> {
  // A string, evaluated in the page (this file is typed for Node, not for the DOM).
  await page.waitForFunction(`document.querySelector('main h1') !== null &&
    document.querySelector('[aria-busy="true"]') === null &&
    !/Đang tải…|Loading…/.test(document.querySelector('main').textContent)`);
}

/** Signs in through the sign-in form, in a fresh context (its own sessionStorage). */
export async function signIn(
  browser: Browser,
  siteUrl: string,
  username: string,
  viewport = { width: 1024, height: 800 },
): Promise<StaffPage> {
  const context = await browser.newContext({ viewport, baseURL: siteUrl });
  // A step that cannot happen fails with its own message, well before the test's timeout.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto('/quan-ly/');
  await page.waitForURL(/\/quan-ly\/dang-nhap\/$/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/quan-ly/dang-nhap'));
  await screenReady(page);
  return { context, page };
}

/** Opens a console path and waits for its screen. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await screenReady(page);
}

/** The text of the status region: what the console just said. */
export async function statusText(page: Page): Promise<string> {
  return (await page.locator('.console-status').textContent()) ?? '';
}
