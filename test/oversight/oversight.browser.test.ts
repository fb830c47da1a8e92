/**
 * The oversight pages as they ship, in real Chromium: the site built against the local stack
 * (demo data), /giam-sat/ and an activity's page in Vietnamese and English: axe-clean at
 * phone and desktop width, no JavaScript, within the 14 KB budget, in the page's language,
 * and with no staff note, actor or personal data.
 */
import { describe, expect, it } from 'vitest';
import { oversightRepository } from '../../functions/lib/data/oversight-repository.ts';
import { DEMO_OVERSIGHT_ACTIVITY_ID } from '../../infra/local/demo/oversight.ts';
import { sitePaths } from '../../shared/ui/routes.ts';
import { checkBuiltSite, PAGE_BUDGET_BYTES } from '../../site/check-built-site.ts';
import { openPage, useBuiltSite } from '../site/browser/context.ts';
import { seededPersonalData } from '../site/support/public-app.ts';
import { axeViolations } from '../support/chromium.ts';

const ctx = useBuiltSite();
const NOTE = 'Ghi chú nội bộ của đại biểu về hộ ông Lường Văn Mạnh';

const paths = (l: 'vi' | 'en') => [
  sitePaths.oversight(l),
  sitePaths.oversightActivity(l, DEMO_OVERSIGHT_ACTIVITY_ID),
];

describe('oversight pages', () => {
  it('are built, with no script, within the budget of HTML and CSS', () => {
    const report = checkBuiltSite(ctx().site.outDir);
    for (const path of [...paths('vi'), ...paths('en')]) {
      const built = report.pages.find((p) => p.path === path);
      expect(built, path).toBeDefined();
      expect(built?.scripts, path).toEqual([]);
      expect(built?.gzipBytes ?? Number.POSITIVE_INFINITY, path).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    }
  });

  for (const locale of ['vi', 'en'] as const) {
    for (const width of [360, 1280]) {
      it(`have no axe violation in ${locale} at ${width} px`, async () => {
        const { page, close } = await openPage(ctx(), { width, bypassCSP: true });
        try {
          for (const path of paths(locale)) {
            expect((await page.goto(path))?.status(), path).toBe(200);
            expect(await page.getAttribute('html', 'lang')).toBe(locale);
            expect(await axeViolations(page), path).toEqual([]);
          }
        } finally {
          await close();
        }
      });
    }
  }

  it('show the conclusion and every item with its body, deadline, status and progress, in the page language', async () => {
    const { page, close } = await openPage(ctx(), { javaScript: false });
    try {
      await page.goto(sitePaths.oversightActivity('vi', DEMO_OVERSIGHT_ACTIVITY_ID));
      const vi = (await page.locator('main').textContent()) ?? '';
      expect(vi).toContain('18/TB-HĐND');
      expect(await page.locator('main ol.list > li').count()).toBe(7);
      for (const words of [
        'Đã hoàn thành',
        'Đang thực hiện',
        'Đã báo cáo hoàn thành',
        'Chưa thực hiện',
        'Hoàn thành đúng hạn',
        'Hoàn thành sau thời hạn',
        'Đã quá hạn',
        'UBND huyện Lục Ngạn',
        '312/BC-UBND',
      ])
        expect(vi).toContain(words);
      await page.goto(sitePaths.oversightActivity('en', DEMO_OVERSIGHT_ACTIVITY_ID));
      const en = (await page.locator('main').textContent()) ?? '';
      for (const words of [
        'Conclusion',
        'Completed on time',
        'Completed after the deadline',
        'Overdue',
        'In progress',
        'Body responsible',
      ])
        expect(en).toContain(words);
      for (const vietnameseOnly of ['Thời hạn', 'Cơ quan thực hiện', 'Đang thực hiện'])
        expect(en).not.toContain(vietnameseOnly);
    } finally {
      await close();
    }
  });

  it('never show a staff note, who acted, the words of a re-supervision, or personal data', async () => {
    await oversightRepository(ctx().site.stack.repos.db).appendEvents([
      {
        id: 'note-browser',
        itemId: 'hm-luc-ngan-gtnt-5',
        type: 'note',
        at: new Date().toISOString(),
        version: 2,
        actor: { id: 'dai-bieu', role: 'delegate', name: 'Lường Văn Mạnh' },
        note: NOTE,
      },
    ]);
    const { page, close } = await openPage(ctx(), { javaScript: false });
    try {
      for (const path of [...paths('vi'), ...paths('en')]) {
        await page.goto(path);
        const html = await page.content();
        for (const hidden of [
          NOTE,
          'Lường Văn Mạnh',
          'thu-ky-luc-ngan',
          'Cán bộ đầu mối',
          'Trại Mới',
          ...seededPersonalData(),
        ])
          expect(html, `${path} shows ${hidden}`).not.toContain(hidden);
      }
    } finally {
      await close();
    }
  });
});
