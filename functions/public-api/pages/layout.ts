/**
 * The one place the petition pages get their frame and look: the site's shared shell
 * (shared/ui: same header, navigation, footer and inline stylesheet as the static pages),
 * no JavaScript. Their headers (CSP, no-store…) are the app's, for every response
 * (functions/lib/http/security-headers.ts).
 */
import type { Context } from 'hono';
import type { html } from 'hono/html';
import { trusted } from '../../../shared/ui/html.ts';
import { renderPage } from '../../../shared/ui/shell.ts';
import { localeOf } from '../../lib/http/locale.ts';

/** What hono/html's `html` returns: escaped markup (a Promise only when a child was one). */
export type PageHtml = ReturnType<typeof html>;

export type PageStatus = 200 | 400 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

export interface PageSpec {
  title: string;
  main: PageHtml;
  status?: PageStatus;
  /** The same page in the other language (a GET page can offer it; a POST answer cannot). */
  alternateHref?: string;
  /** The navigation entry to mark as current. */
  currentPath?: string;
  /** The council the page is about, shown in the header and the title. */
  council?: string | undefined;
}

export async function sendPage(c: Context, spec: PageSpec): Promise<Response> {
  const locale = localeOf(c);
  const main = trusted(String(await spec.main));
  const document = renderPage({
    locale,
    title: spec.title,
    main,
    ...(spec.alternateHref ? { alternateHref: spec.alternateHref } : {}),
    ...(spec.currentPath ? { currentPath: spec.currentPath } : {}),
    ...(spec.council ? { council: spec.council } : {}),
  });
  c.header('Content-Language', locale);
  return c.html(document, spec.status ?? 200);
}

/** The same GET page in the other language: `lang` switched, every other parameter kept. */
export function otherLanguageHref(c: Context): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', localeOf(c) === 'vi' ? 'en' : 'vi');
  return `${url.pathname}?${url.searchParams.toString()}`;
}
