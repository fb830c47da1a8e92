/**
 * One local stack, one built site and one Chromium for all the console's browser tests
 * (building the site is the slow part), shared by the suites in test/console/browser/.
 * No test leans on what another did: each makes the petitions it changes, and the demo
 * data's petitions are only read.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_STAFF_PASSWORD } from '../../../infra/local/demo/staff.ts';
import { launchChromium } from '../../support/chromium.ts';
import { open, signIn, statusText } from './console-page.ts';
import { type ConsoleStack, startConsoleStack } from './console-stack.ts';

export interface BrowserEnv {
  env: ConsoleStack;
  browser: Browser;
  /** Submits a petition through the public API, as the site's form does; its code. */
  submitPetition(input: {
    title: string;
    content?: string;
    email?: string;
    communeId?: string;
  }): Promise<string>;
}

export function useBrowserEnv(): () => BrowserEnv {
  let current: BrowserEnv | undefined;
  beforeAll(async () => {
    const [env, browser] = await Promise.all([startConsoleStack(), launchChromium()]);
    current = {
      env,
      browser,
      async submitPetition(input) {
        const response = await fetch(`${env.stack.urls.publicApi}/v1/petitions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            submitter: {
              name: 'Đỗ Văn Nam',
              email: input.email ?? 'nam.do@example.com',
              address: 'Thôn Đồng Bé, xã Vân Nham',
              communeId: input.communeId ?? 'van-nham',
            },
            fieldId: 'dat-dai',
            localityId: input.communeId ?? 'van-nham',
            title: input.title,
            content: input.content ?? 'Cử tri đề nghị các cơ quan có thẩm quyền xem xét, giải quyết sớm.',
            consentToPublish: true,
          }),
        });
        if (response.status !== 201) throw new Error(`submit: ${response.status} ${await response.text()}`);
        return ((await response.json()) as { code: string }).code;
      },
    };
  }, 300_000);
  afterAll(async () => {
    await current?.browser.close();
    await current?.env.stop();
  });
  return () => {
    if (!current) throw new Error('The browser environment did not start');
    return current;
  };
}

/** Routes a fresh petition to `agencyId` through the console, as the secretariat; its code. */
export async function routedPetition(
  use: () => BrowserEnv,
  title: string,
  agencyId: string,
): Promise<string> {
  const { env, browser, submitPetition } = use();
  const code = await submitPetition({ title });
  const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
  await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
  await page.locator('#route [name=agencyId]').selectOption(agencyId);
  await page.locator('#route [name=reason]').fill('Thuộc lĩnh vực quản lý của cơ quan này.');
  await page.locator('#route').getByRole('button', { name: 'Chuyển' }).click();
  await expect.poll(() => statusText(page)).toContain('Đã chuyển kiến nghị.');
  await context.close();
  return code;
}

/** Calls the staff API as a demo account (signed in at the local issuer, as the console does); its JSON. */
export async function asStaff(
  use: () => BrowserEnv,
  username: string,
  request: { method: string; path: string; body?: unknown },
): Promise<unknown> {
  const { env } = use();
  const signIn = await fetch(`${env.stack.urls.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_STAFF_PASSWORD }),
  });
  const { id_token } = (await signIn.json()) as { id_token: string };
  const response = await fetch(`${env.staffApiUrl}${request.path}`, {
    method: request.method,
    headers: { authorization: `Bearer ${id_token}`, 'content-type': 'application/json' },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
  if (!response.ok)
    throw new Error(`${request.method} ${request.path}: ${response.status} ${await response.text()}`);
  return response.json();
}
