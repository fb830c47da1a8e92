/**
 * The resolution pages as they ship (DESIGN §8), in real Chromium on the site built against
 * the local stack with the demo data: a resolution page at 360 px (no horizontal scroll,
 * readable), the vote as numbers and a bar without JavaScript, status links both ways, the
 * home page's and an after-session meeting's resolutions, budgets and axe in both languages.
 */
import { describe, expect, it } from 'vitest';
import { resolutionPaths } from '../../shared/ui/resolution-routes.ts';
import { sitePaths } from '../../shared/ui/routes.ts';
import { sessionPaths } from '../../shared/ui/session-routes.ts';
import { checkBuiltSite } from '../../site/check-built-site.ts';
import { axeViolations } from '../support/chromium.ts';
import { openPage, useBuiltSite } from './browser/context.ts';

const ctx = useBuiltSite();
/** The demo numbers carry the year of the session (45 days before today), like every demo date. */
const slugOf = (n: number) => {
  const year = new Date(Date.now() - 44 * 86_400_000).toISOString().slice(0, 4);
  return `luc-ngan-${n}-${year}-nq-hdnd`;
};

describe('a resolution page', () => {
  it('fits 360 px without horizontal scroll, without JavaScript, with the vote as numbers and a bar', async () => {
    const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
    try {
      const response = await page.goto(resolutionPaths.resolution('vi', slugOf(23)));
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/đầu tư công/);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const fontSize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(16);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(`23/${slugOf(23).split('-')[3]}/NQ-HĐND`);
      expect(text).toMatch(/Tán thành\s*36\/38 đại biểu \(94,7%\)/);
      expect(text).toContain('UBND huyện Lục Ngạn');
      expect(text).toContain('Kỳ họp thứ 9, HĐND huyện Lục Ngạn');
      const bar = page.locator('main div[aria-hidden="true"] span');
      expect(await bar.count()).toBe(3);
      const widths = await bar.evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
      expect(widths[0]!).toBeGreaterThan(widths[1]! * 10);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('a[href$=".pdf"]').count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('links an amended resolution and the one amending it, both ways, in both languages', async () => {
    const { page, close } = await openPage(ctx(), { javaScript: false });
    try {
      await page.goto(resolutionPaths.resolution('vi', slugOf(24)));
      const older = page.locator('dt:has-text("Sửa đổi nghị quyết") + dd a');
      await older.click();
      await expect(page.locator('main').textContent()).resolves.toContain('Đã được sửa đổi');
      await page.locator('dt:has-text("Được sửa đổi bởi") + dd a').click();
      expect(new URL(page.url()).pathname).toBe(resolutionPaths.resolution('vi', slugOf(24)));
      await page.goto(resolutionPaths.resolution('en', slugOf(24)));
      await expect(page.locator('main').textContent()).resolves.toContain('Amends');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    } finally {
      await close();
    }
  });
});

describe('the resolution listings', () => {
  it('filters by field, year and status with plain links', async () => {
    const { page, close } = await openPage(ctx(), { javaScript: false });
    try {
      await page.goto(resolutionPaths.resolutions('vi'));
      const all = await page.locator('main li.card').count();
      expect(all).toBeGreaterThanOrEqual(6);
      await page.goto(resolutionPaths.resolutions('vi', { kind: 'status', id: 'amended' }));
      const titles = await page.locator('main li.card h2').allTextContents();
      expect(titles).toHaveLength(1);
      expect(titles[0]).toMatch(/^8\/\d{4}\/NQ-HĐND/);
      await page.goto(resolutionPaths.resolutions('en', { kind: 'field', id: 'dat-dai' }));
      expect(await page.locator('main li.card').count()).toBe(2);
      await expect(page.locator('h1').textContent()).resolves.toBe("The council's resolutions: Land");
    } finally {
      await close();
    }
  });

  it('shows the latest resolutions on the home page and those an after-session meeting explains', async () => {
    const { page, close } = await openPage(ctx(), { javaScript: false });
    try {
      await page.goto(sitePaths.home('vi'));
      expect(await page.locator('section:has(h2:has-text("Nghị quyết mới thông qua")) li').count()).toBe(3);
      await page.goto(sitePaths.meeting('vi', 'ln-txct-sau-kh9-phuong-son'));
      const explained = await page.locator('#explains ~ ul li h3').allTextContents();
      expect(explained.map((t) => t.split(':')[0])).toEqual(
        [slugOf(23).split('-').slice(2, 4).join('/'), slugOf(25).split('-').slice(2, 4).join('/')].map(
          (n) => `${n}/NQ-HĐND`,
        ),
      );
    } finally {
      await close();
    }
  });
});

describe("a closed session's page", () => {
  it('shows its results: resolutions with votes, the interpellation with its commitments, petitions answered', async () => {
    const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
    try {
      await page.goto(sessionPaths.session('vi', 'luc-ngan-kh9'));
      const results = page.locator('section[aria-labelledby="results-luc-ngan-kh9"]');
      expect(await results.locator('h2').textContent()).toBe('Kết quả kỳ họp');
      expect(await results.locator('li.card h4 a').count()).toBe(5);
      expect(await results.locator('li.card dl.facts').first().textContent()).toContain('Tán thành');
      const commitments = results.locator('article ol li');
      expect(await commitments.evaluateAll((items) => items.map((i) => i.id))).toEqual(
        ['c1', 'c2', 'c3'].map((c) => `luc-ngan-kh9-cv-1-${c}`),
      );
      expect(await results.textContent()).toContain('Trưởng phòng Kinh tế và Hạ tầng huyện Lục Ngạn');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.goto(sessionPaths.session('vi', 'huu-lung-kh12'));
      expect(await page.locator('section[aria-labelledby="results-huu-lung-kh12"]').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('budgets and accessibility', () => {
  it('keeps every resolution page within 14 KB compressed and without JavaScript', () => {
    const report = checkBuiltSite(ctx().site.outDir);
    const ours = report.pages.filter(
      (p) => p.path.startsWith('/nghi-quyet/') || p.path.startsWith('/en/resolutions/'),
    );
    expect(ours.length).toBeGreaterThanOrEqual(2 * 7);
    expect(ours.filter((p) => p.gzipBytes > 14 * 1024)).toEqual([]);
    expect(ours.filter((p) => p.scripts.length > 0)).toEqual([]);
  });

  for (const locale of ['vi', 'en'] as const) {
    it(`is axe-clean (WCAG 2.1 AA) in ${locale} at 360 px and at desktop width`, async () => {
      const paths = [
        resolutionPaths.resolutions(locale),
        resolutionPaths.resolutions(locale, { kind: 'year', id: slugOf(21).split('-')[3]! }),
        resolutionPaths.resolution(locale, slugOf(24)),
        resolutionPaths.resolution(locale, slugOf(23)),
        sitePaths.home(locale),
        sitePaths.meeting(locale, 'ln-txct-sau-kh9-phuong-son'),
        sessionPaths.session(locale, 'luc-ngan-kh9'),
      ];
      for (const width of [360, 1280]) {
        const { page, close } = await openPage(ctx(), { width, bypassCSP: true });
        try {
          for (const path of paths) {
            await page.goto(path);
            expect(await axeViolations(page), `${path} at ${width}px`).toEqual([]);
          }
        } finally {
          await close();
        }
      }
    });
  }
});
