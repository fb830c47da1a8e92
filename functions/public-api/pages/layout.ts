/**
 * The one place the petition pages get their frame, look and headers: the site's shared
 * shell (shared/ui: same header, navigation, footer and inline stylesheet as the static
 * pages), no JavaScript, never cached (a track page is one person's petition), and a
 * strict Content-Security-Policy that allows only the inline style and forms posting to
 * this origin or the site.
 */
import type { Context } from 'hono';
import type { html } from 'hono/html';
import { trusted } from '../../../shared/ui/html.ts';
import { renderPage } from '../../../shared/ui/shell.ts';
import { localeOf } from '../../lib/http/locale.ts';

/** What hono/html's `html` returns: escaped markup (a Promise only when a child was one). */
export type PageHtml = ReturnType<typeof html>;

export type PageStatus = 200 | 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

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

function securityHeaders(c: Context, siteUrl: string): void {
  const site = new URL(siteUrl).origin;
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self' ${site}; base-uri 'none'; frame-ancestors 'none'`,
  );
  // A track link may carry the feedback token: it must not leak to other sites.
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', 'no-store');
}

export async function sendPage(c: Context, siteUrl: string, spec: PageSpec): Promise<Response> {
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
  securityHeaders(c, siteUrl);
  c.header('Content-Language', locale);
  return c.html(document, spec.status ?? 200);
}

/** The same GET page in the other language: `lang` switched, every other parameter kept. */
export function otherLanguageHref(c: Context): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', localeOf(c) === 'vi' ? 'en' : 'vi');
  return `${url.pathname}?${url.searchParams.toString()}`;
}
