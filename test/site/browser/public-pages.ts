/** What a reader sees on the public pages: a reopened petition, narrow screens, meeting pages, councils' names, statistics. */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/messages/index.ts';
import { sitePaths } from '../../../shared/ui/routes.ts';
import { REOPENED_CODE, REOPENED_TITLE } from '../support/fixtures.ts';
import { type Context, openPage } from './context.ts';

const text = async (within: Page | Locator, selector: string) =>
  ((await within.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

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
  });
}
