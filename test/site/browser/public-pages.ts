/** What a reader sees on the public pages: a reopened petition, narrow screens, meeting pages, councils' names, statistics. */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalCode } from '../../../functions/lib/petitions/track-petition.ts';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import { DEMO_SITE_IDENTITY } from '../../../infra/local/site-identity.ts';
import { translate } from '../../../shared/messages/index.ts';
import { deadlineAfter, formatVietnamDate, vietnamYear } from '../../../shared/time.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { apiPaths, sitePaths } from '../../../shared/ui/routes.ts';
import { vi as siteVi } from '../../../site/src/lib/i18n/vi.ts';
import {
  MARKUP_MEETING_ID,
  MARKUP_VENUE_COORDINATES,
  REOPENED_CODE,
  REOPENED_TITLE,
} from '../support/fixtures.ts';
import { type Context, codeIn, fillPetitionForm, openPage } from './context.ts';

const text = async (within: Page | Locator, selector: string) =>
  ((await within.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/**
 * What breaks on a narrow screen, measured in the page: a horizontal scroll, a label beside
 * its value instead of above it, a group of a tracking code split over two lines or in an
 * element that would let it wrap. Evaluated as a string: this file is typed for Node.
 */
const NARROW_PROBLEMS = `(() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) problems.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
  for (const dt of document.querySelectorAll('dl.facts > dt')) {
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName !== 'DD') continue;
    const label = dt.getBoundingClientRect();
    const value = dd.getBoundingClientRect();
    if (value.top < label.bottom - 1) problems.push('"' + dt.textContent.trim() + '" beside its value, not above it');
  }
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const nodes = [];
  let all = '';
  while (walker.nextNode()) { nodes.push({ node: walker.currentNode, at: all.length }); all += walker.currentNode.data; }
  const locate = (offset) => {
    let i = nodes.length - 1;
    while (i > 0 && nodes[i].at > offset) i--;
    return [nodes[i].node, offset - nodes[i].at];
  };
  for (const match of all.matchAll(/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/g)) {
    let start = match.index;
    for (const group of match[0].split('-')) {
      const range = document.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(start + group.length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) problems.push(match[0] + ': "' + group + '" split over lines');
      const holder = range.commonAncestorContainer.nodeType === 1 ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement;
      if (getComputedStyle(holder).whiteSpace !== 'nowrap') problems.push(match[0] + ': "' + group + '" may wrap inside (in <' + holder.tagName.toLowerCase() + '>)');
      start += group.length + 1;
    }
  }
  return problems;
})()`;

export function publicPages(ctx: Context) {
  describe.concurrent('the public pages, as a reader sees them', () => {
    it('show a reopened petition as being looked at again, not as answered, in the list and on its page', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false });
      try {
        await page.goto(sitePaths.results('vi'));
        const card = page.locator('li.card', { hasText: REOPENED_TITLE });
        const status = await text(card, '.status');
        expect(status).toBe(translate('vi', 'petition.reopened'));

        await page.goto(sitePaths.result('vi', REOPENED_CODE));
        const main = await text(page, 'main');
        expect(main).toContain(translate('vi', 'petition.reopened'));
        expect(main).toContain('Người gửi chưa hài lòng với câu trả lời ngày');
        expect(main).toContain(translate('vi', 'track.previousAnswer'));
        expect(main).not.toContain('(đúng hạn)');

        await page.goto(sitePaths.result('en', REOPENED_CODE));
        expect(await text(page, 'main')).toContain(translate('en', 'petition.reopened'));
      } finally {
        await close();
      }
    });

    it('at 360 px, put every label above its value and never break a tracking code inside a group', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
      try {
        const found: Record<string, string[]> = {};
        for (const path of [
          `${apiPaths.trackResult}?ma=${DEMO_CODES.overdue}`,
          `${apiPaths.trackResult}?ma=${DEMO_CODES.merged}&lang=en`,
          `${apiPaths.confirmation}?ma=${formatTrackingCode(DEMO_CODES.triage)}`,
          sitePaths.track('vi'),
          sitePaths.result('vi', DEMO_CODES.answered),
          sitePaths.meeting('vi', 'hl-txct-truoc-kh12-minh-tien'),
          sitePaths.statistics('en', 'huu-lung'),
        ]) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          const problems = (await page.evaluate(NARROW_PROBLEMS)) as string[];
          if (problems.length > 0) found[path] = problems;
        }
        expect(found).toEqual({});
      } finally {
        await close();
      }
    });

    it('carry the deployment’s site name, emblem and icon, and on a council’s pages the council’s name', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
      try {
        await page.goto(sitePaths.home('vi'));
        expect(await text(page, 'header.site .brand')).toContain(DEMO_SITE_IDENTITY.PUBLIC_SITE_NAME);
        expect(await page.title()).toBe(DEMO_SITE_IDENTITY.PUBLIC_SITE_NAME);
        const emblem = page.locator('header.site .brand img');
        expect(await emblem.getAttribute('src')).toBe(DEMO_SITE_IDENTITY.PUBLIC_SITE_EMBLEM);
        expect(await emblem.getAttribute('alt')).toBe('');
        expect(
          await emblem.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
        ).toBeGreaterThan(0);
        await page.goto(sitePaths.home('en'));
        expect(await text(page, 'header.site .brand')).toContain(DEMO_SITE_IDENTITY.PUBLIC_SITE_NAME_EN);

        const councilPages = [
          sitePaths.meeting('vi', 'hl-txct-truoc-kh12-minh-tien'),
          sitePaths.result('vi', DEMO_CODES.answered),
          sitePaths.group('en', 'to-huu-lung-dv6'),
          sitePaths.statistics('vi', 'huu-lung'),
          `${apiPaths.trackResult}?ma=${DEMO_CODES.answered}`,
        ];
        for (const path of councilPages) {
          await page.goto(path);
          expect(await text(page, 'header.site'), path).toContain('HĐND huyện Hữu Lũng');
          expect(await page.title(), path).toContain('HĐND huyện Hữu Lũng');
        }

        for (const [path, type] of [
          ['/favicon.ico', 'image/x-icon'],
          ['/favicon.svg', 'image/svg+xml'],
        ] as const) {
          const response = await page.request.get(path);
          expect(response.status(), path).toBe(200);
          expect(response.headers()['content-type'], path).toBe(type);
        }
        expect([...(await (await page.request.get('/favicon.ico')).body()).subarray(0, 4)]).toEqual([
          0, 0, 1, 0,
        ]);
        await page.goto(`${apiPaths.trackResult}?ma=${DEMO_CODES.answered}`);
        expect(await page.locator('head link[rel=icon]').getAttribute('href')).toBe('/favicon.svg');
      } finally {
        await close();
      }
    });

    it('let a reader send a petition for an upcoming meeting without JavaScript, and see when to expect the answer', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
      try {
        const meetingId = 'hl-txct-truoc-kh12-minh-tien';
        await page.goto(sitePaths.meeting('vi', meetingId));
        await Promise.all([
          page.waitForURL('**/gui-kien-nghi/**'),
          page.click('main >> text=Gửi kiến nghị cho buổi này'),
        ]);
        expect(await text(page, 'main')).toContain(
          'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham',
        );
        const title = `Đèn chiếu sáng đường vào nhà văn hóa (buổi tiếp xúc ${Date.now()})`;
        await fillPetitionForm(page, title);
        await Promise.all([
          page.waitForURL('**/gui-kien-nghi/da-gui?ma=*'),
          page.click('main form button[type=submit]'),
        ]);
        const confirmation = await text(page, 'main');
        const code = canonicalCode(codeIn(confirmation)!);
        const petition = await ctx().site.stack.repos.petitions.get(code);
        expect(petition).toMatchObject({ title, meetingId, councilId: 'huu-lung' });
        const expected = formatVietnamDate(deadlineAfter(petition!.receivedAt, 30));
        expect(confirmation).toContain(
          translate('vi', 'confirmation.expectedAnswer', { date: expected, days: 30 }),
        );

        // A meeting already held takes no petitions: its page offers no such link.
        await page.goto(sitePaths.meeting('vi', 'hl-txct-sau-kh11-van-nham'));
        expect(await page.locator('main a', { hasText: 'Gửi kiến nghị cho buổi này' }).count()).toBe(0);
      } finally {
        await close();
      }
    });

    it('link a meeting’s address to a map: a geo: URI and OpenStreetMap, with its coordinates when it has them', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false });
      try {
        const address = 'Thôn Đồng Ván, xã Minh Tiến, huyện Hữu Lũng, tỉnh Lạng Sơn';
        await page.goto(sitePaths.meeting('vi', 'hl-txct-truoc-kh12-minh-tien'));
        const hrefs = await page
          .locator('main a')
          .evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
        expect(hrefs).toContain(`geo:0,0?q=${encodeURIComponent(address)}`);
        expect(hrefs).toContain(`https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`);

        const { latitude, longitude } = MARKUP_VENUE_COORDINATES;
        await page.goto(sitePaths.meeting('en', MARKUP_MEETING_ID));
        const placed = await page
          .locator('main a')
          .evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
        expect(placed).toContain(`geo:${latitude},${longitude}`);
        expect(placed).toContain(
          `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`,
        );
      } finally {
        await close();
      }
    });

    it('give statistics a page per period (this year, last year, each session), rates beside counts, no script', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
      try {
        const year = vietnamYear(new Date());
        await page.goto(sitePaths.statistics('vi', 'huu-lung'));
        const periods = page.locator(`main nav[aria-label="${siteVi.statisticsPeriods}"] a`);
        expect(await periods.allTextContents()).toEqual([
          siteVi.periodAll,
          `Năm ${year}`,
          `Năm ${year - 1}`,
          'Kỳ họp thứ 12, HĐND huyện Hữu Lũng',
        ]);
        await Promise.all([page.waitForURL(`**/thong-ke/huu-lung/nam/${year}/`), periods.nth(1).click()]);
        expect(await page.locator('main nav a[aria-current=page]').textContent()).toBe(`Năm ${year}`);
        expect(await text(page, 'h1')).toContain(`Năm ${year}`);
        const table = page.locator('#by-agency ~ .table-wrap table');
        expect(await table.locator('thead th').allTextContents()).toContain(siteVi.colOnTime);
        const cells = await table.locator('tbody td').allTextContents();
        expect(cells.length).toBeGreaterThan(0);
        expect(cells.filter((c) => !/^\d+( \((\d+\s?%|–)\))?$/.test(c.trim()))).toEqual([]);
        expect(
          await page.locator('#by-field ~ .table-wrap table, #by-commune ~ .table-wrap table').count(),
        ).toBe(2);
        expect((await page.evaluate(NARROW_PROBLEMS)) as string[]).toEqual([]);

        await page.goto(sitePaths.statistics('en', 'luc-ngan', { kind: 'session', id: 'luc-ngan-kh9' }));
        expect(await text(page, 'h1')).toContain('Kỳ họp thứ 9, HĐND huyện Lục Ngạn');
        expect(await page.locator('script').count()).toBe(0);
      } finally {
        await close();
      }
    });
  });
}
