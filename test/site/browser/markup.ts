/** Petition and meeting text with markup or script is shown as text wherever the site shows it, and never runs. */
import { describe, expect, it } from 'vitest';
import { apiPaths, sitePaths } from '../../../shared/ui/routes.ts';
import { MARKUP, MARKUP_CODE, MARKUP_MEETING_ID } from '../support/fixtures.ts';
import { type Context, openPage } from './context.ts';

export function markupShownAsText(ctx: Context) {
  describe('text containing markup', () => {
    it('is shown literally on every page that shows it, and no script of it runs', async () => {
      const { page, close } = await openPage(ctx());
      try {
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        const pages: [string, string[]][] = [
          [sitePaths.result('vi', MARKUP_CODE), [MARKUP.title, MARKUP.content, MARKUP.answer]],
          [sitePaths.result('en', MARKUP_CODE), [MARKUP.title, MARKUP.answer]],
          [sitePaths.results('vi'), [MARKUP.title]],
          [sitePaths.results('vi', { kind: 'field', id: 'ha-tang-do-thi' }), [MARKUP.title]],
          [sitePaths.meeting('vi', MARKUP_MEETING_ID), [MARKUP.meetingTitle, MARKUP.agenda, MARKUP.title]],
          [sitePaths.pastMeetings('vi'), [MARKUP.meetingTitle]],
          [sitePaths.commune('vi', 'van-nham'), [MARKUP.meetingTitle]],
          [sitePaths.group('en', 'to-huu-lung-dv6'), [MARKUP.meetingTitle]],
          [`${apiPaths.trackResult}?ma=${MARKUP_CODE}`, [MARKUP.title]],
        ];
        for (const [path, texts] of pages) {
          await page.goto(path);
          const shown = (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';
          for (const text of texts) expect(shown, path).toContain(text.replace(/\s+/g, ' '));
          expect(
            await page
              .locator('main b, main img, main iframe, main svg[onload], main a[href^="javascript"]')
              .count(),
            path,
          ).toBe(0);
          expect(await page.evaluate('window.__pwned'), path).toBeUndefined();
        }
        expect(dialogs).toEqual([]);
      } finally {
        await close();
      }
    });
  });
}
