/**
 * The frame of a public page written by the public API (track result, confirmation,
 * form with errors, commune choice): the same head, header, navigation and footer as the
 * static site's layout, with the same inline stylesheet, so a citizen moving between the
 * two never notices the seam.
 */
import { type Html, html, trusted } from './html.ts';
import { navigation, shellLabels } from './labels.ts';
import { type SiteLocale, sitePaths } from './routes.ts';
import { siteCss } from './styles.ts';

/** The site's icon (site/public/favicon.svg; /favicon.ico beside it for browsers that ask for that). */
export const FAVICON_SVG = '/favicon.svg';

export interface PageOptions {
  locale: SiteLocale;
  /** The page's own title; the site name is appended. */
  title: string;
  /** The content of <main>, built with html``. */
  main: Html;
  /** The same page in the other language, when there is one. */
  alternateHref?: string;
  /** A path of the navigation to mark as the current section. */
  currentPath?: string;
  /** The council the page is about ("HĐND huyện Hữu Lũng"): shown under the site's name. */
  council?: string;
}

export function renderPage(options: PageOptions): string {
  const { locale } = options;
  const t = shellLabels[locale];
  const other: SiteLocale = locale === 'vi' ? 'en' : 'vi';
  const nav = navigation(locale).map(
    (item) =>
      html`<li><a href="${item.href}"${item.href === options.currentPath ? trusted(' aria-current="page"') : ''}>${item.label}</a></li>`,
  );
  const page = html`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${options.title}${options.council ? ` – ${options.council}` : ''} – ${t.siteName}</title><meta name="robots" content="noindex"><link rel="icon" href="${FAVICON_SVG}" type="image/svg+xml"><style>${trusted(siteCss)}</style></head><body><a class="skip" href="#main">${t.skipToContent}</a><header class="site"><div class="wrap brand"><a href="${sitePaths.home(locale)}"><span>${t.siteName}<small>${options.council ?? t.siteTagline}</small></span></a><a href="${options.alternateHref ?? sitePaths.home(other)}" lang="${other}" hreflang="${other}">${t.otherLanguage}</a></div><nav class="main wrap" aria-label="${t.mainNavigation}"><ul>${nav}</ul></nav></header><main id="main" class="wrap" tabindex="-1">${options.main}</main><footer class="site"><div class="wrap"><p>${t.footer}</p><ul><li><a href="${sitePaths.privacy(locale)}">${t.privacy}</a></li></ul></div></footer></body></html>`;
  return page.value;
}
