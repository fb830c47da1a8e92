/**
 * The public site as it ships, in real Chromium: built once against the local stack,
 * served with the API on the same origin, one browser for every test of this file.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { accessibility } from './browser/accessibility.ts';
import { builtOutputChecks } from './browser/built-output.ts';
import type { SiteContext } from './browser/context.ts';
import { formsAndLanguage } from './browser/forms-and-language.ts';
import { markupShownAsText } from './browser/markup.ts';
import { publicPages } from './browser/public-pages.ts';
import { searchAsYouType } from './browser/search-as-you-type.ts';
import { withJavaScript } from './browser/with-javascript.ts';
import { withoutJavaScript } from './browser/without-javascript.ts';
import { startBuiltSite } from './support/built-site.ts';

let context: SiteContext | undefined;
const ctx = () => {
  if (!context) throw new Error('The site was not built');
  return context;
};

beforeAll(async () => {
  const site = await startBuiltSite();
  try {
    context = { site, browser: await launchChromium() };
  } catch (error) {
    await site.stop();
    throw error;
  }
}, 240_000);

afterAll(async () => {
  await context?.browser.close();
  await context?.site.stop();
}, 60_000);

builtOutputChecks(ctx);
markupShownAsText(ctx);
withoutJavaScript(ctx);
withJavaScript(ctx);
publicPages(ctx);
searchAsYouType(ctx);
accessibility(ctx);
formsAndLanguage(ctx);
