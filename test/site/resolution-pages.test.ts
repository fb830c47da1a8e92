/**
 * The resolution pages of the site map, and a session's results as SessionResults.astro
 * draws them, from a real public API over the demo data plus enough resolutions to page.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordResolution } from '../../functions/lib/resolutions/record-resolution.ts';
import { listen, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import { ResolutionInput } from '../../shared/schemas/index.ts';
import { hitPath } from '../../shared/search/hit-links.ts';
import { searchIndex } from '../../shared/search/query.ts';
import { parseQuery } from '../../shared/search/terms.ts';
import type { SiteData } from '../../site/src/lib/site-data.ts';
import type { SitePage } from '../../site/src/lib/site-map.ts';
import { memorySource } from '../open-data/support.ts';
import { type SeededPublicApi, seededPublicApi } from './support/public-app.ts';

let api: SeededPublicApi;
let server: RunningServer;
let data: SiteData;
let pages: SitePage[];
let sessionResultsView: typeof import('../../site/src/lib/resolution-pages.ts').sessionResultsView;
let siteSearchIndex: typeof import('../../site/src/lib/search-index.ts').siteSearchIndex;

beforeAll(async () => {
  api = await seededPublicApi('resolution-pages');
  const deps = { repos: api.database.repos, now: () => api.now };
  for (let n = 1; n <= 21; n++) {
    await recordResolution(
      deps,
      ResolutionInput.parse({
        councilId: 'hau-giang',
        number: `${n}/2025/NQ-HĐND`,
        title: `Nghị quyết thứ ${n} của tỉnh`,
        adoptedOn: `2025-07-${String(n).padStart(2, '0')}`,
        vote: { for: 40, against: 0, abstaining: 1, inOffice: 45 },
        fieldIds: [n % 2 ? 'y-te' : 'giao-duc'],
        summary: 'Một nghị quyết để kiểm tra việc chia trang.',
      }),
    );
  }
  server = await listen(api.app, await freePort());
  process.env.PUBLIC_API_URL = server.url;
  // The integration project shares modules across files (isolate: false): the site's modules are
  // loaded afresh, so that they read this URL and keep no other file's cached data.
  vi.resetModules();
  const { loadSiteData } = await import('../../site/src/lib/site-data.ts');
  const { siteMap } = await import('../../site/src/lib/site-map.ts');
  ({ sessionResultsView } = await import('../../site/src/lib/resolution-pages.ts'));
  ({ siteSearchIndex } = await import('../../site/src/lib/search-index.ts'));
  data = await loadSiteData();
  pages = siteMap(data);
});
afterAll(async () => {
  await server?.close();
  await api?.database.drop();
});

const page = (path: string) => pages.find((p) => p.path === path);

describe('resolution pages', () => {
  it('pages every resolution by 20, newest first, with an English twin', () => {
    const first = page('/nghi-quyet/');
    expect(first?.view).toBe('resolutions');
    expect(page('/nghi-quyet/trang/2/')?.view).toBe('resolutions');
    expect(page('/nghi-quyet/trang/3/')).toBeUndefined();
    expect(first?.alternate).toBe('/en/resolutions/');
    const items = first?.view === 'resolutions' ? first.props.resolutions : [];
    const dates = items.map((r) => r.adoptedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pre-builds a listing per field, year and status, and one page per resolution', () => {
    expect(page('/nghi-quyet/linh-vuc/y-te/')?.view).toBe('resolutions');
    expect(page('/nghi-quyet/nam/2025/')?.view).toBe('resolutions');
    expect(page('/nghi-quyet/tinh-trang/da-sua-doi/')?.view).toBe('resolutions');
    expect(page('/en/resolutions/status/amended/')?.view).toBe('resolutions');
    expect(page('/nghi-quyet/tinh-trang/da-bai-bo/')).toBeUndefined();
    const one = page('/nghi-quyet/hau-giang-7-2025-nq-hdnd/');
    expect(one?.view).toBe('resolution');
    expect(one?.alternate).toBe('/en/resolutions/hau-giang-7-2025-nq-hdnd/');
  });

  it('gives a session its resolutions with votes, interpellations with agencies, and the petitions answered for it', () => {
    const view = sessionResultsView(data, 'vi', 'luc-ngan-kh9');
    expect(view.resolutions.map((r) => r.id)).toEqual([1, 2, 3, 4, 5].map((n) => `luc-ngan-kh9-nq-${n}`));
    expect(view.resolutions[2]).toMatchObject({
      agency: 'UBND huyện Lục Ngạn',
      vote: { for: 36, inOffice: 38 },
    });
    const [cv] = view.interpellations;
    expect(cv?.commitments.map((c) => c.agency)).toEqual([
      'UBND huyện Lục Ngạn',
      'UBND xã Phượng Sơn',
      'UBND xã Quý Sơn',
    ]);
    expect(view.answered.every((r) => r.session?.id === 'luc-ngan-kh9')).toBe(true);
    const empty = sessionResultsView(data, 'en', 'huu-lung-kh12');
    expect(empty.resolutions).toEqual([]);
    expect(empty.interpellations).toEqual([]);
  });

  it('shows the newest three on the home page, and an after-session meeting the resolutions it explains', () => {
    const home = page('/');
    expect(home?.view === 'home' && home.props.resolutions.length).toBe(3);
    const meeting = page('/lich-tiep-xuc/buoi/ln-txct-sau-kh9-phuong-son/');
    expect(meeting?.view === 'meeting' && meeting.props.explains.map((r) => r.id)).toEqual([
      'luc-ngan-kh9-nq-3',
      'luc-ngan-kh9-nq-5',
    ]);
  });

  it('puts resolutions in the search index beside the results, found without diacritics, linked to their page', async () => {
    const { source } = memorySource(siteSearchIndex(data));
    const answer = await searchIndex(source, parseQuery('he so dieu chinh gia dat'), {
      page: 1,
      pageSize: 10,
    });
    const resolutions = answer.hits.filter((h) => h.kind === 'resolution');
    expect(resolutions.map((h) => h.title.split(':')[0])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^24\/\d{4}\/NQ-HĐND$/),
        expect.stringMatching(/^8\/\d{4}\/NQ-HĐND$/),
      ]),
    );
    const land = resolutions.find((h) => h.title.startsWith('24/'))!;
    expect(hitPath('en', land)).toBe(`/en/resolutions/${land.id}/`);
    expect(page(hitPath('vi', land))?.view).toBe('resolution');
    const byNumber = await searchIndex(source, parseQuery('nong thon moi nang cao'), {
      page: 1,
      pageSize: 10,
    });
    expect(byNumber.hits.map((h) => h.id)).toContain(land.id.replace(/-24-/, '-25-'));
  });
});
