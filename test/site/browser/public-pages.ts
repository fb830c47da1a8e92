/** What a reader sees on the public pages: a reopened petition, narrow screens, meeting pages, councils' names, statistics. */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../shared/demo/activity.ts';
import { translate } from '../../../shared/messages/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { apiPaths, sitePaths } from '../../../shared/ui/routes.ts';
import { REOPENED_CODE, REOPENED_TITLE } from '../support/fixtures.ts';
import { type Context, openPage } from './context.ts';

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
  });
}
