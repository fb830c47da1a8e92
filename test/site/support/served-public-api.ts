/**
 * The public API on a test table, served over HTTP, and Chromium to browse it: for the
 * browser tests of pages the API serves itself (the track page, the private link, the forms
 * that answer a refused post without JavaScript). Started before the file's tests and closed
 * after them; like usePetitionTestApi, the object is filled in by the beforeAll hook.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { listen, type RunningServer } from '../../../infra/local/http-server.ts';
import { freePort } from '../../../infra/local/ports.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import { parseTrackingCode } from '../../../shared/tracking-code.ts';
import {
  type PetitionTestApi,
  postJson,
  startPetitionTestApi,
  validSubmission,
} from '../../petitions/support.ts';
import { launchChromium } from '../../support/chromium.ts';

export interface ServedPublicApi {
  api: PetitionTestApi;
  server: RunningServer;
  browser: Browser;
  /** A page in a fresh context (Vietnamese unless told); with JavaScript, no CSP, so that axe may be injected. */
  withPage<T>(options: { javaScript: boolean; locale?: Locale }, run: (page: Page) => Promise<T>): Promise<T>;
  /** Submits a valid petition (with `overrides`) and gives its tracking code. */
  submitted(overrides?: Record<string, unknown>): Promise<string>;
}

/** `siteIsServer`: the site's URL is this server's, so that redirects to the site's pages land here. */
export function useServedPublicApi(options: { siteIsServer?: boolean } = {}): ServedPublicApi {
  const served = {
    async withPage({ javaScript, locale = 'vi' }, run) {
      const context = await served.browser.newContext({
        javaScriptEnabled: javaScript,
        bypassCSP: javaScript,
        baseURL: served.server.url,
        locale: locale === 'vi' ? 'vi-VN' : 'en-GB',
      });
      try {
        return await run(await context.newPage());
      } finally {
        await context.close();
      }
    },
    async submitted(overrides = {}) {
      const response = await postJson(served.api.app, validSubmission(overrides));
      return parseTrackingCode(((await response.json()) as { code: string }).code);
    },
  } as ServedPublicApi;
  beforeAll(async () => {
    const port = await freePort();
    served.api = await startPetitionTestApi(
      options.siteIsServer ? { config: { PUBLIC_SITE_URL: `http://127.0.0.1:${port}` } } : {},
    );
    served.server = await listen(served.api.app, port);
    served.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
    await served.api?.database.drop();
  });
  return served;
}
