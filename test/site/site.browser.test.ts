/**
 * The public site as it ships, in real Chromium: built once against the local stack,
 * served with the API on the same origin, one browser for every test of this file.
 */
import { accessibility } from './browser/accessibility.ts';
import { builtOutputChecks } from './browser/built-output.ts';
import { useBuiltSite } from './browser/context.ts';
import { formsAndLanguage } from './browser/forms-and-language.ts';
import { markupShownAsText } from './browser/markup.ts';
import { publicPages } from './browser/public-pages.ts';
import { searchAsYouType } from './browser/search-as-you-type.ts';
import { withJavaScript } from './browser/with-javascript.ts';
import { withoutJavaScript } from './browser/without-javascript.ts';

const ctx = useBuiltSite();

builtOutputChecks(ctx);
markupShownAsText(ctx);
withoutJavaScript(ctx);
withJavaScript(ctx);
publicPages(ctx);
searchAsYouType(ctx);
accessibility(ctx);
formsAndLanguage(ctx);
