/** axe (WCAG 2.1 A and AA) on one page of every template, in Vietnamese and English, at 360 px and at desktop width. */
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import {
  apiPaths,
  type SiteLocale,
  searchResultsPath,
  sitePaths,
  withLocale,
} from '../../../shared/ui/routes.ts';
import { sessionPaths } from '../../../shared/ui/session-routes.ts';
import { axeViolations } from '../../support/chromium.ts';
import { REOPENED_CODE } from '../support/fixtures.ts';
import { type Context, openPage } from './context.ts';

const templates = (l: SiteLocale): Record<string, string> => ({
  home: sitePaths.home(l),
  schedule: sitePaths.schedule(l),
  pastMeetings: sitePaths.pastMeetings(l),
  communes: sitePaths.communes(l),
  commune: sitePaths.commune(l, 'van-nham'),
  upcomingMeeting: sitePaths.meeting(l, 'hl-txct-truoc-kh12-minh-tien'),
  heldMeeting: sitePaths.meeting(l, 'hl-txct-sau-kh11-van-nham'),
  cancelledMeeting: sitePaths.meeting(l, 'sd-tiep-cong-dan-an-ba'),
  submit: sitePaths.submit(l),
  track: sitePaths.track(l),
  results: sitePaths.results(l),
  resultsFiltered: sitePaths.results(l, { kind: 'commune', id: 'van-nham' }),
  result: sitePaths.result(l, DEMO_CODES.answered),
  statistics: sitePaths.statistics(l),
  councilStatistics: sitePaths.statistics(l, 'huu-lung'),
  sessionStatistics: sitePaths.statistics(l, 'huu-lung', { kind: 'session', id: 'huu-lung-kh12' }),
  submitForMeeting: sitePaths.submitForMeeting(l, 'hl-txct-truoc-kh12-minh-tien'),
  reopenedResult: sitePaths.result(l, REOPENED_CODE),
  trackResult: withLocale(`${apiPaths.trackResult}?ma=${DEMO_CODES.overdue}`, l),
  confirmation: withLocale(`${apiPaths.confirmation}?ma=${DEMO_CODES.triage}`, l),
  delegates: sitePaths.delegates(l),
  group: sitePaths.group(l, 'to-huu-lung-dv6'),
  privacy: sitePaths.privacy(l),
  search: sitePaths.search(l),
  searchResults: `${searchResultsPath(l)}?q=duong`,
  communeChoice: withLocale(`${apiPaths.findCommune}?q=an`, l),
  sessions: sessionPaths.sessions(l),
  session: sessionPaths.session(l, 'huu-lung-kh12'),
  closedSession: sessionPaths.session(l, 'luc-ngan-kh9'),
  viewSent: sessionPaths.viewSent(l, 'huu-lung-kh12'),
  oversight: sitePaths.oversight(l),
  oversightActivity: sitePaths.oversightActivity(l, 'luc-ngan-gs-duong-gtnt'),
});

export function accessibility(ctx: Context) {
  // One test after another, not concurrently: axe is CPU in Chromium's renderers, and four pages
  // running it at once on two cores each took the four tests' time (82–103 s each when green, past
  // the 120 s timeout at a load average near 30); alone, each has the browser to itself.
  describe('accessibility (axe, WCAG 2.1 AA)', () => {
    it('is checked by an axe that does find violations (an unlabelled field, poor contrast)', async () => {
      const { page, close } = await openPage(ctx());
      try {
        await page.setContent(
          '<!doctype html><html lang="vi"><title>x</title><main><input><p style="color:#bbb">mờ</p></main></html>',
        );
        const ids = (await axeViolations(page)).map((v) => v.id);
        expect(ids).toEqual(expect.arrayContaining(['label', 'color-contrast']));
      } finally {
        await close();
      }
    });

    for (const locale of ['vi', 'en'] as const) {
      for (const width of [360, 1280]) {
        it(`reports no violation on any template in ${locale} at ${width} px`, async () => {
          const { page, close } = await openPage(ctx(), { width, bypassCSP: true });
          try {
            const found: Record<string, unknown> = {};
            for (const [template, path] of Object.entries(templates(locale))) {
              const response = await page.goto(path);
              expect(response?.status(), path).toBe(200);
              const violations = await axeViolations(page);
              if (violations.length > 0) found[`${template} ${path}`] = violations;
            }
            // A path with no page: the site's own 404 page.
            const missing = await page.goto('/khong-co-trang-nay/');
            expect(missing?.status()).toBe(404);
            const onMissing = await axeViolations(page);
            if (onMissing.length > 0) found['not found'] = onMissing;
            // The form with its inline errors showing.
            await page.goto(sitePaths.submit(locale));
            await page.click('form[data-petition-form] button[type=submit]');
            const withErrors = await axeViolations(page);
            if (withErrors.length > 0) found['submit with errors'] = withErrors;
            expect(found).toEqual({});
          } finally {
            await close();
          }
        }, 120_000);
      }
    }
  });
}
