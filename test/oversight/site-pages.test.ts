/**
 * The oversight pages in the site map, built from a real public API with the demo data:
 * /giam-sat/ and one page per activity, each with its English twin under /en/oversight/.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_OVERSIGHT_ACTIVITY_ID } from '../../infra/local/demo/oversight.ts';
import { listen, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import type { SitePage } from '../../site/src/lib/site-map.ts';
import { type SeededPublicApi, seededPublicApi } from '../site/support/public-app.ts';

let api: SeededPublicApi;
let server: RunningServer;
let pages: SitePage[];
const page = (path: string) => pages.find((p) => p.path === path);

beforeAll(async () => {
  api = await seededPublicApi('oversight-site');
  server = await listen(api.app, await freePort());
  process.env.PUBLIC_API_URL = server.url;
  // The integration project shares modules across files (isolate: false): the site's modules are
  // loaded afresh, so that they read this URL and keep no other file's cached data.
  vi.resetModules();
  const { loadSiteData } = await import('../../site/src/lib/site-data.ts');
  const { siteMap } = await import('../../site/src/lib/site-map.ts');
  pages = siteMap(await loadSiteData());
});
afterAll(async () => {
  await server?.close();
  await api?.database.drop();
});

describe('oversight in the site map', () => {
  it("lists each council's activities by year on /giam-sat/, with per-body statistics, and its twin /en/oversight/", () => {
    const list = page('/giam-sat/');
    expect(list?.view).toBe('oversight');
    expect(list?.alternate).toBe('/en/oversight/');
    if (list?.view !== 'oversight') return;
    const lucNgan = list.props.councils.find((c) => c.council.id === 'luc-ngan');
    expect(lucNgan?.years.flatMap((y) => y.activities.map((a) => a.id))).toEqual([
      DEMO_OVERSIGHT_ACTIVITY_ID,
    ]);
    expect(lucNgan?.statistics.agencies.map((a) => a.agencyId)).toContain('ubnd-luc-ngan');
    expect(page('/en/oversight/')?.locale).toBe('en');
  });

  it('has a page per activity with its items, in both languages', () => {
    const activity = page(`/giam-sat/${DEMO_OVERSIGHT_ACTIVITY_ID}/`);
    expect(activity?.view).toBe('oversightActivity');
    expect(activity?.alternate).toBe(`/en/oversight/${DEMO_OVERSIGHT_ACTIVITY_ID}/`);
    if (activity?.view !== 'oversightActivity') return;
    expect(activity.props.items).toHaveLength(7);
    expect(activity.props.council?.id).toBe('luc-ngan');
    expect(activity.props.agencyNames['ubnd-luc-ngan']).toBe('UBND huyện Lục Ngạn');
  });
});
