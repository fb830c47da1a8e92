/**
 * GET /tim-xa?q=van+nham: the home page's "when do delegates meet me?" form works without
 * JavaScript. A static page cannot read ?q=, so the API matches the typed name (case and
 * diacritics ignored) and answers 303 to that commune's schedule page; when several
 * communes match it lists them, when none does it says so. Pages in the site's frame,
 * never stored (the app's headers).
 */
import type { Context } from 'hono';
import { Hono } from 'hono/quick';
import { translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { AdministrativeUnit } from '../../../shared/schemas/index.ts';
import { FindCommuneQuery } from '../../../shared/schemas/publication.ts';
import { type Html, html } from '../../../shared/ui/html.ts';
import { apiPaths, sitePaths, withLocale } from '../../../shared/ui/routes.ts';
import { renderPage } from '../../../shared/ui/shell.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { localeOf } from '../../lib/http/locale.ts';

/** "Vân Nham – Hữu Lũng, Lạng Sơn": tells apart communes of the same name. */
function placeName(reference: ReferenceData, commune: AdministrativeUnit): string {
  const parents = reference.lineage(commune.id).slice(1);
  return parents.length ? `${commune.name} – ${parents.map((u) => u.name).join(', ')}` : commune.name;
}

function page(c: Context, status: 200 | 400 | 404, query: string, body: Html) {
  const locale = localeOf(c);
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const main = html`<h1>${t('communeSearch.title')}</h1>${body}<form class="search" method="get" action="${apiPaths.findCommune}"><div><label for="q">${t('communeSearch.label')}</label><input type="search" id="q" name="q" value="${query}" autocomplete="address-level3"></div><input type="hidden" name="lang" value="${locale}"><button class="button" type="submit">${t('communeSearch.submit')}</button></form><p><a href="${sitePaths.communes(locale)}">${t('communeSearch.allCommunes')}</a></p>`;
  return c.html(
    renderPage({
      locale,
      title: t('communeSearch.title'),
      main,
      alternateHref: withLocale(
        `${apiPaths.findCommune}?q=${encodeURIComponent(query)}`,
        locale === 'vi' ? 'en' : 'vi',
      ),
      currentPath: sitePaths.schedule(locale),
    }),
    status,
  );
}

export function findCommunePages(repos: Repositories) {
  const app = new Hono();

  app.get(apiPaths.findCommune, async (c) => {
    const locale = localeOf(c);
    const parsed = FindCommuneQuery.safeParse(c.req.query());
    const typed = c.req.query('q')?.slice(0, 100) ?? '';
    if (!parsed.success) {
      return page(
        c,
        400,
        typed,
        html`<p class="error-summary" role="alert">${translate(locale, 'communeSearch.empty')}</p>`,
      );
    }
    const { q } = parsed.data;
    const reference = await repos.reference.load();
    const matches = reference.findCommunes(q);
    if (matches.length === 1) {
      // Not cached: without ?lang= the commune's page depends on Accept-Language.
      c.header('Cache-Control', 'no-store');
      return c.redirect(sitePaths.commune(locale, matches[0]!.id), 303);
    }
    if (matches.length === 0) {
      return page(
        c,
        404,
        q,
        html`<p class="notice warn" role="status">${translate(locale, 'communeSearch.none', { query: q })}</p>`,
      );
    }
    const choices = matches
      .map((m) => ({ id: m.id, name: placeName(reference, m) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return page(
      c,
      200,
      q,
      html`<p>${translate(locale, 'communeSearch.several', { count: matches.length, query: q })}</p><ul>${choices.map((m) => html`<li><a href="${sitePaths.commune(locale, m.id)}">${m.name}</a></li>`)}</ul>`,
    );
  });

  return app;
}
