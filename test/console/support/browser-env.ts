/**
 * One local stack, one built site and one Chromium for all the console's browser tests
 * (building the site is the slow part), shared by the suites in test/console/browser/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
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
