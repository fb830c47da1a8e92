/**
 * The site's page map built from a real public API (seeded, plus 45 published results):
 * every result is read through the cursor pages, listings show the newest 20 then pages
 * numbered from the oldest, every page has its twin in the other language, and no path
 * carries a diacritic.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addPublishedResults } from '../../infra/local/bulk-results.ts';
import { listen, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import { vietnamYear } from '../../shared/time.ts';
import type { SiteData } from '../../site/src/lib/site-data.ts';
import type { SitePage } from '../../site/src/lib/site-map.ts';
import { type SeededPublicApi, seededPublicApi } from './support/public-app.ts';

let api: SeededPublicApi;
let server: RunningServer;
let data: SiteData;
let pages: SitePage[];
const byPath = () => new Map(pages.map((p) => [p.path, p]));

beforeAll(async () => {
  api = await seededPublicApi('site-map');
  await addPublishedResults(api.database.repos, 45, { now: api.now });
  server = await listen(api.app, await freePort());
  // The site reads PUBLIC_API_URL when its data module loads.
  process.env.PUBLIC_API_URL = server.url;
  // The integration project shares modules across files (isolate: false): the site's modules are
  // loaded afresh, so that they read this URL and keep no other file's cached data.
  vi.resetModules();
  const { loadSiteData } = await import('../../site/src/lib/site-data.ts');
  const { siteMap } = await import('../../site/src/lib/site-map.ts');
  data = await loadSiteData();
  pages = siteMap(data);
});
afterAll(async () => {
  await server?.close();
  await api?.database.drop();
});

describe('the site map', () => {
  it('reads every published result, across councils and cursor pages, newest first', () => {
    expect(data.results).toHaveLength(3 + 45);
    const dates = data.results.map((r) => r.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('shows the newest 20 first, then pages numbered from the oldest, with previous and next links', () => {
    const map = byPath();
    // 48 results: the first page the newest 20; page 1 the oldest 20, page 2 the next, page 3 the newest 8.
    const first = map.get('/ket-qua/');
    expect(first?.view).toBe('results');
    if (first?.view !== 'results') return;
    expect(first.props.results).toEqual(data.results.slice(0, 20));
    expect(first.props.pager).toEqual({ page: 0, next: '/ket-qua/trang/2/' });
    expect(first.props.options?.field.length).toBeGreaterThan(0);
    expect(map.has('/ket-qua/trang/3/')).toBe(true);
    expect(map.has('/ket-qua/trang/4/')).toBe(false);
    const oldest = map.get('/ket-qua/trang/1/');
    if (oldest?.view !== 'results') throw new Error('no page 1');
    expect(oldest.props.results).toEqual(data.results.slice(28));
    expect(oldest.props.pager).toEqual({ page: 1, previous: '/ket-qua/trang/2/' });
    const second = map.get('/ket-qua/trang/2/');
    if (second?.view !== 'results') throw new Error('no page 2');
    expect(second.props.results).toEqual(data.results.slice(8, 28));
    expect(second.props.pager).toEqual({ page: 2, previous: '/ket-qua/trang/3/', next: '/ket-qua/trang/1/' });
    // The numbered pages carry no filter counts: a new result leaves them as they were.
    expect(second.props.options).toBeUndefined();
    const newest = map.get('/ket-qua/trang/3/');
    if (newest?.view !== 'results') throw new Error('no page 3');
    expect(newest.props.results).toEqual(data.results.slice(0, 8));
    expect(newest.props.pager).toEqual({ page: 3, previous: '/ket-qua/', next: '/ket-qua/trang/2/' });
    expect(map.get('/en/results/page/2/')?.alternate).toBe('/ket-qua/trang/2/');
    expect(map.get('/en/results/page/1/')?.alternate).toBe('/ket-qua/trang/1/');
  });

  it('has a filter listing for every field, body, commune and session that has results', () => {
    const map = byPath();
    const health = map.get('/ket-qua/linh-vuc/y-te/');
    expect(health?.view).toBe('results');
    if (health?.view !== 'results') return;
    expect(health.props.results.every((r) => r.field.id === 'y-te')).toBe(true);
    expect(health.props.filter).toEqual({ kind: 'field', id: 'y-te', label: 'Y tế' });
    expect(map.get('/en/results/field/y-te/')?.view).toBe('results');
    expect(map.has('/ket-qua/co-quan/so-gtvt-hau-giang/')).toBe(true);
    expect(map.has('/ket-qua/xa/nga-bay/')).toBe(true);
    expect(map.has('/ket-qua/ky-hop/luc-ngan-kh9/')).toBe(true);
  });

  it('has a page for every result, published meeting, commune and delegate group', () => {
    const views = (view: SitePage['view'], locale = 'vi') =>
      pages.filter((p) => p.view === view && p.locale === locale).length;
    expect(views('result')).toBe(data.results.length);
    expect(views('meeting')).toBe(data.meetings.length);
    expect(data.meetings.length).toBeGreaterThanOrEqual(10);
    expect(views('commune')).toBe(data.communes.length);
    expect(views('group')).toBe(data.groups.size);
    expect(views('result', 'en')).toBe(data.results.length);
  });

  it('has statistics pages for this year, last year and each session, all councils and each, linked to each other', () => {
    const map = byPath();
    const year = vietnamYear(new Date());
    for (const path of [
      `/thong-ke/nam/${year}/`,
      `/thong-ke/nam/${year - 1}/`,
      `/thong-ke/huu-lung/nam/${year}/`,
      `/thong-ke/huu-lung/nam/${year - 1}/`,
      '/thong-ke/huu-lung/ky-hop/huu-lung-kh12/',
      '/thong-ke/luc-ngan/ky-hop/luc-ngan-kh9/',
      `/en/statistics/year/${year}/`,
      '/en/statistics/luc-ngan/session/luc-ngan-kh9/',
    ]) {
      expect(map.get(path)?.view, path).toBe('statistics');
    }
    const session = map.get('/thong-ke/luc-ngan/ky-hop/luc-ngan-kh9/');
    if (session?.view !== 'statistics') return;
    expect(session.props.statistics.period).toMatchObject({ kind: 'session', id: 'luc-ngan-kh9' });
    expect(session.props.statistics.totals.received).toBe(1);
    // Every period of the council, as links, the page's own marked.
    expect(session.props.periods.map((p) => p.path)).toEqual([
      '/thong-ke/luc-ngan/',
      `/thong-ke/luc-ngan/nam/${year}/`,
      `/thong-ke/luc-ngan/nam/${year - 1}/`,
      '/thong-ke/luc-ngan/ky-hop/luc-ngan-kh9/',
      '/thong-ke/luc-ngan/ky-hop/luc-ngan-kh10/',
    ]);
    expect(session.props.periods.filter((p) => p.current).map((p) => p.path)).toEqual([session.path]);
  });

  it('pairs every page with the same page in the other language', () => {
    const map = byPath();
    for (const page of pages) {
      const twin = map.get(page.alternate);
      expect(twin?.view, page.path).toBe(page.view);
      expect(twin?.alternate, page.path).toBe(page.path);
      expect(twin?.locale).not.toBe(page.locale);
    }
  });

  it('uses lower-case paths without diacritics, each once, English ones under /en/', () => {
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const page of pages) {
      expect(page.path).toMatch(/^\/[a-z0-9/-]*$/);
      expect(page.path.startsWith('/en/')).toBe(page.locale === 'en');
    }
  });
});
