/** Checks on the built files themselves: budgets, no JavaScript, no personal data, markup escaped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import { checkBuiltSite, PAGE_BUDGET_BYTES, SCRIPT_BUDGET_BYTES } from '../../../site/check-built-site.ts';
import { en as siteEn } from '../../../site/src/lib/i18n/en.ts';
import { parseCsv } from '../../meetings/csv.ts';
import { atomEntries, atomProblems } from '../../open-data/atom-check.ts';
import { autocompleteProblems } from '../../support/autocomplete.ts';
import { BUILT_SITE_URL, builtFiles } from '../support/built-site.ts';
import { EXTRA_CONTACT, MARKUP_NEEDLES } from '../support/fixtures.ts';
import { seededPersonalData } from '../support/public-app.ts';
import type { Context } from './context.ts';

const decode = (text: string) =>
  text.replace(
    /&(amp|quot|#39|#x27|lt|gt);/g,
    (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[e] ?? '',
  );

/** The <head> links and metas search engines read. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const tags = [...head.matchAll(/<(?:meta|link)\b[^>]*>/g)].map((m) => m[0]);
  const links = (rel: string) => tags.filter((t) => attr(t, 'rel') === rel);
  return {
    description: decode(
      tags.map((t) => (attr(t, 'name') === 'description' ? attr(t, 'content') : undefined)).find(Boolean) ??
        '',
    ),
    robots: tags.map((t) => (attr(t, 'name') === 'robots' ? attr(t, 'content') : undefined)).find(Boolean),
    canonical: links('canonical').map((t) => attr(t, 'href')),
    alternates: Object.fromEntries(links('alternate').map((t) => [attr(t, 'hreflang'), attr(t, 'href')])),
    icons: links('icon').map((t) => attr(t, 'href')),
  };
}

export function builtOutputChecks(ctx: Context) {
  describe('the built site', () => {
    it('has a page for every template in both languages', () => {
      const paths = checkBuiltSite(ctx().site.outDir).pages.map((p) => p.path);
      for (const path of [
        '/',
        '/en/',
        '/lich-tiep-xuc/',
        '/lich-tiep-xuc/da-dien-ra/',
        '/lich-tiep-xuc/xa/van-nham/',
        '/en/schedule/communes/van-nham/',
        '/lich-tiep-xuc/buoi/hl-txct-truoc-kh12-minh-tien/',
        '/gui-kien-nghi/',
        '/en/submit/',
        '/tra-cuu/',
        '/ket-qua/',
        '/ket-qua/linh-vuc/an-toan-giao-thong/',
        '/en/results/agency/ubnd-huu-lung/',
        '/ket-qua/xa/van-nham/',
        '/ket-qua/ky-hop/huu-lung-kh12/',
        '/thong-ke/',
        '/thong-ke/huu-lung/',
        '/dai-bieu/',
        '/dai-bieu/to-huu-lung-dv6/',
        '/quyen-rieng-tu/',
        '/en/privacy/',
        '/404/',
      ]) {
        expect(paths).toContain(path);
      }
    });

    it('keeps every public page within 14 KB of HTML and CSS (gzip) and ships JavaScript only on the petition forms', () => {
      const report = checkBuiltSite(ctx().site.outDir);
      expect(report.pages.length).toBeGreaterThan(50);
      expect(report.overBudget.map((p) => `${p.path} ${p.gzipBytes} B > ${PAGE_BUDGET_BYTES} B`)).toEqual([]);
      expect(report.withJavaScript.map((p) => `${p.path}: ${p.scripts.join(' ')}`)).toEqual([]);
      const withScript = report.pages.filter((p) => p.scripts.length > 0).map((p) => p.path);
      // The petition form, and its copy for each meeting that still takes petitions.
      expect(withScript).toEqual(
        expect.arrayContaining(['/en/search/', '/en/submit/', '/gui-kien-nghi/', '/tim-kiem/']),
      );
      expect(withScript).toContain('/gui-kien-nghi/buoi/hl-txct-truoc-kh12-minh-tien/');
      expect(
        withScript.every((path) =>
          /^\/(?:tim-kiem\/|en\/search\/|(?:gui-kien-nghi|en\/submit)\/(?:(?:buoi|meetings)\/[a-z0-9-]+\/)?)$/.test(
            path,
          ),
        ),
      ).toBe(true);
      expect(
        report.scriptOverBudget.map((p) => `${p.path} ${p.scriptGzipBytes} B > ${SCRIPT_BUDGET_BYTES} B`),
      ).toEqual([]);
    });

    it('uses on every form control only autocomplete tokens the HTML standard allows there', () => {
      const pages = builtFiles(ctx().site.outDir).filter((f) => f.path.endsWith('.html'));
      expect(
        pages.flatMap((p) => autocompleteProblems(p.text).map((problem) => `${p.path}: ${problem}`)),
      ).toEqual([]);
    });

    it('gives every page a description, an absolute canonical link, and hreflang links to itself, its twin and x-default', () => {
      const { outDir } = ctx().site;
      const pages = checkBuiltSite(outDir).pages.map((p) => p.path);
      const built = new Set(pages);
      const heads = new Map(
        pages.map((path) => [
          path,
          headOf(readFileSync(join(outDir, path === '/404/' ? '404.html' : `${path}index.html`), 'utf8')),
        ]),
      );
      const problems: string[] = [];
      for (const [path, head] of heads) {
        if (head.description.trim().length < 20) problems.push(`${path}: no description`);
        if (head.icons.length !== 1) problems.push(`${path}: no icon link`);
        if (path === '/404/') {
          if (head.robots !== 'noindex' || head.canonical.length > 0) problems.push(`${path}: indexable`);
          continue;
        }
        const locale = path.startsWith('/en/') ? 'en' : 'vi';
        const other = locale === 'vi' ? 'en' : 'vi';
        const self = `${BUILT_SITE_URL}${path}`;
        if (head.canonical.join() !== self) problems.push(`${path}: canonical ${head.canonical.join()}`);
        if (head.alternates[locale] !== self)
          problems.push(`${path}: hreflang ${locale} ${head.alternates[locale]}`);
        const twin = head.alternates[other]?.replace(BUILT_SITE_URL, '');
        if (!twin || !built.has(twin) || heads.get(twin)?.alternates[locale] !== self)
          problems.push(`${path}: hreflang ${other} ${head.alternates[other]} is not its twin`);
        const vi = locale === 'vi' ? self : head.alternates.vi;
        if (head.alternates['x-default'] !== vi)
          problems.push(`${path}: x-default ${head.alternates['x-default']}`);
      }
      expect(problems).toEqual([]);
      // From the page's content, in its language.
      expect(heads.get('/en/results/')?.description).toBe(siteEn.resultsLead);
      expect(heads.get('/')?.description).not.toBe(heads.get('/en/')?.description);
      expect(heads.get(`/ket-qua/${DEMO_CODES.answered.toLowerCase()}/`)?.description).toContain(
        'Đoạn đường liên xã từ Vân Nham',
      );
      const descriptions = new Set([...heads.values()].map((h) => h.description));
      expect(descriptions.size).toBeGreaterThan(heads.size / 3);
    });

    it('holds none of the submitters’ personal data in any file', () => {
      const personal = [
        ...seededPersonalData(),
        EXTRA_CONTACT.name,
        EXTRA_CONTACT.email!,
        EXTRA_CONTACT.phone!,
        EXTRA_CONTACT.address,
      ];
      const found = builtFiles(ctx().site.outDir).flatMap((file) =>
        personal.filter((value) => file.text.includes(value)).map((value) => `${file.path}: ${value}`),
      );
      expect(found).toEqual([]);
    });

    it('exports each council’s published results and statistics per year as CSV with a BOM and JSON, without personal data', () => {
      const files = builtFiles(join(ctx().site.outDir, 'du-lieu-mo'));
      const csv = files.filter((f) => f.path.endsWith(`/huu-lung/${new Date().getFullYear()}/ket-qua.csv`));
      const all = files.filter((f) => f.path.endsWith('.csv'));
      expect(all.length).toBeGreaterThan(0);
      for (const file of all) {
        expect(file.text.startsWith('\uFEFF'), file.path).toBe(true);
        expect(() => parseCsv(file.text.slice(1)), file.path).not.toThrow();
      }
      for (const file of files.filter((f) => f.path.endsWith('.json')))
        expect(() => JSON.parse(file.text)).not.toThrow();
      const rows = csv.length ? parseCsv(csv[0]!.text.slice(1)) : parseCsv(all[0]!.text.slice(1));
      expect(rows[0]).toContain('title');
      expect(rows.length).toBeGreaterThan(1);
      const personal = [
        ...seededPersonalData(),
        EXTRA_CONTACT.name,
        EXTRA_CONTACT.email!,
        EXTRA_CONTACT.phone!,
      ];
      const found = files.flatMap((f) =>
        personal.filter((v) => f.text.includes(v)).map((v) => `${f.path}: ${v}`),
      );
      expect(found).toEqual([]);
    });

    it('writes valid Atom feeds of results per council, field and commune, and of a commune’s meetings, in both languages', () => {
      const root = ctx().site.outDir;
      const feeds = [...builtFiles(join(root, 'nguon-tin')), ...builtFiles(join(root, 'en', 'feeds'))];
      expect(feeds.length).toBeGreaterThan(10);
      for (const feed of feeds) expect(atomProblems(feed.text), feed.path).toEqual([]);
      const byPath = (end: string) => feeds.find((f) => f.path.endsWith(end))!.text;
      expect(byPath('/nguon-tin/ket-qua/hoi-dong/huu-lung.xml')).toContain('xml:lang="vi"');
      expect(byPath('/en/feeds/results/commune/van-nham.xml')).toContain('xml:lang="en"');
      expect(
        atomEntries(byPath('/nguon-tin/ket-qua/xa/van-nham.xml')).every((e) => e.link.includes('/ket-qua/')),
      ).toBe(true);
      const meetings = atomEntries(byPath('/nguon-tin/lich-tiep-xuc/xa/van-nham.xml'));
      expect(meetings.map((e) => e.title)).toContain(
        'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham',
      );
      const commune = readFileSync(join(root, 'lich-tiep-xuc/xa/van-nham/index.html'), 'utf8');
      expect(commune).toMatch(
        /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/nguon-tin\/lich-tiep-xuc\/xa\/van-nham\.xml"/,
      );
      // The calendar names the page's language, so an English browser still gets it in Vietnamese.
      expect(commune).toMatch(/href="webcal:\/\/[^"]+\/v1\/meetings\.ics\?commune=van-nham&(amp;)?lang=vi"/);
    });

    it('writes petition and meeting text containing markup as escaped text', () => {
      const pages = builtFiles(ctx().site.outDir).filter((f) => f.path.endsWith('.html'));
      for (const needle of MARKUP_NEEDLES) {
        expect(pages.filter((p) => p.text.includes(needle)).map((p) => p.path)).toEqual([]);
      }
      expect(pages.some((p) => p.text.includes('&lt;b&gt;Đèn đường&lt;/b&gt;'))).toBe(true);
    });
  });
}
