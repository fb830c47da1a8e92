/**
 * GET /tim-kiem?q=duong+lang+ngoa (and /en/search?q=): the search of published results
 * without JavaScript. A static page cannot read ?q=, so the API answers from the index the
 * site was built with (shared/search/: every word must match, diacritics and case
 * ignored, the last word as a prefix; title words rank first), ten hits a page, the
 * matched words marked after escaping. Never a Scan: the index is files on the site.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/quick';
import { type Locale, translate } from '../../../shared/messages/index.ts';
import { SearchPageQuery } from '../../../shared/schemas/publication.ts';
import { highlight } from '../../../shared/search/highlight.ts';
import { hitPath } from '../../../shared/search/hit-links.ts';
import { type SearchAnswer, type SearchIndexSource, searchIndex } from '../../../shared/search/query.ts';
import { isEmptyQuery, parseQuery, type SearchQuery } from '../../../shared/search/terms.ts';
import { formatVietnamDate } from '../../../shared/time.ts';
import { type Html, html } from '../../../shared/ui/html.ts';
import { apiPaths, searchResultsPath, sitePaths } from '../../../shared/ui/routes.ts';
import { renderPage } from '../../../shared/ui/shell.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { errorFields, log } from '../../lib/log.ts';
import { SearchIndexUnavailableError } from '../../lib/search/static-index.ts';

export const SEARCH_PAGE_SIZE = 10;

const marked = (text: string, query: SearchQuery): Html =>
  html`${highlight(text, query).map((s) => (s.marked ? html`<mark>${s.text}</mark>` : s.text))}`;

function searchForm(locale: Locale, typed: string): Html {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return html`<form class="search" method="get" action="${searchResultsPath(locale)}" role="search"><div><label for="search-q">${t('search.label')}</label><p class="hint" id="search-q-hint">${t('search.hint')}</p><input type="search" id="search-q" name="q" value="${typed}" maxlength="200" required aria-describedby="search-q-hint" autocomplete="off"></div><button class="button" type="submit">${t('search.submit')}</button></form>`;
}

function hitsHtml(locale: Locale, answer: SearchAnswer, query: SearchQuery, typed: string): Html {
  const t = (key: Parameters<typeof translate>[1], p: Record<string, string | number> = {}) =>
    translate(locale, key, p);
  if (answer.total === 0)
    return html`<p class="notice warn" role="status">${t('search.none', { query: typed })}</p>`;
  const pageHref = (n: number) =>
    `${searchResultsPath(locale)}?q=${encodeURIComponent(typed)}${n > 1 ? `&trang=${n}` : ''}`;
  const pager =
    answer.pages > 1
      ? html`<nav class="pager" aria-label="${t('search.page', { page: answer.page, pages: answer.pages })}">${answer.page > 1 ? html`<a rel="prev" href="${pageHref(answer.page - 1)}">${t('search.previous')}</a>` : ''} <span>${t('search.page', { page: answer.page, pages: answer.pages })}</span> ${answer.page < answer.pages ? html`<a rel="next" href="${pageHref(answer.page + 1)}">${t('search.next')}</a>` : ''}</nav>`
      : '';
  return html`<p role="status">${t('search.count', { count: answer.total, query: typed })}</p><ul class="list">${answer.hits.map(
    (hit) =>
      html`<li><h2><a href="${hitPath(locale, hit)}">${marked(hit.title, query)}</a></h2><p class="meta">${hit.context} · ${formatVietnamDate(hit.date, locale)}</p><p>${marked(hit.excerpt, query)}</p></li>`,
  )}</ul>${pager}`;
}

function send(c: Context, locale: Locale, typed: string, body: Html, status: 200 | 400 | 503 = 200) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  c.header('Content-Language', locale);
  return c.html(
    renderPage({
      locale,
      title: translate(locale, 'search.title'),
      main: html`<h1>${translate(locale, 'search.title')}</h1>${searchForm(locale, typed)}${body}`,
      alternateHref: typed
        ? `${searchResultsPath(other)}?q=${encodeURIComponent(typed)}`
        : sitePaths.search(other),
      currentPath: sitePaths.results(locale),
    }),
    status,
  );
}

export function searchPages(index: SearchIndexSource) {
  const app = new Hono();
  const answer = (fixed?: Locale) => async (c: Context) => {
    const locale = fixed ?? localeOf(c);
    const typed = (c.req.query('q') ?? '').slice(0, 200);
    const parsed = SearchPageQuery.safeParse(c.req.query());
    const query = parsed.success ? parseQuery(parsed.data.q) : undefined;
    if (!parsed.success || !query || isEmptyQuery(query)) {
      const key = typed.trim() === '' ? 'search.empty' : 'field.invalid';
      return send(
        c,
        locale,
        typed,
        html`<p class="error-summary" role="alert">${translate(locale, key)}</p>`,
        400,
      );
    }
    try {
      const found = await searchIndex(index, query, {
        page: parsed.data.trang ?? 1,
        pageSize: SEARCH_PAGE_SIZE,
      });
      return send(c, locale, parsed.data.q, hitsHtml(locale, found, query, parsed.data.q));
    } catch (error) {
      if (!(error instanceof SearchIndexUnavailableError)) throw error;
      log.error('search index unavailable', errorFields(error));
      return send(
        c,
        locale,
        parsed.data.q,
        html`<p class="notice warn" role="alert">${translate(locale, 'search.unavailable')}</p>`,
        503,
      );
    }
  };
  app.get(apiPaths.search, answer());
  app.get(apiPaths.searchEn, answer('en'));
  return app;
}
