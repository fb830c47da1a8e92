/** Checks on the built files themselves: budgets, no JavaScript, no personal data, markup escaped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite, PAGE_BUDGET_BYTES, SCRIPT_BUDGET_BYTES } from '../../../site/check-built-site.ts';
import { parseCsv } from '../../meetings/csv.ts';
import { atomEntries, atomProblems } from '../../open-data/atom-check.ts';
import { EXTRA_CONTACT, MARKUP_NEEDLES } from '../support/fixtures.ts';
import { seededPersonalData } from '../support/public-app.ts';
import type { Context } from './context.ts';

function everyFile(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => ({
      path: join(e.parentPath, e.name),
      text: readFileSync(join(e.parentPath, e.name), 'utf8'),
    }));
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

    it('keeps every public page within 14 KB of HTML and CSS (gzip) and ships JavaScript only on the petition form', () => {
      const report = checkBuiltSite(ctx().site.outDir);
      expect(report.pages.length).toBeGreaterThan(50);
      expect(report.overBudget.map((p) => `${p.path} ${p.gzipBytes} B > ${PAGE_BUDGET_BYTES} B`)).toEqual([]);
      expect(report.withJavaScript.map((p) => `${p.path}: ${p.scripts.join(' ')}`)).toEqual([]);
      const withScript = report.pages.filter((p) => p.scripts.length > 0).map((p) => p.path);
      expect(withScript.sort()).toEqual(['/en/search/', '/en/submit/', '/gui-kien-nghi/', '/tim-kiem/']);
      expect(
        report.scriptOverBudget.map((p) => `${p.path} ${p.scriptGzipBytes} B > ${SCRIPT_BUDGET_BYTES} B`),
      ).toEqual([]);
    });

    it('holds none of the submitters’ personal data in any file', () => {
      const personal = [
        ...seededPersonalData(),
        EXTRA_CONTACT.name,
        EXTRA_CONTACT.email!,
        EXTRA_CONTACT.phone!,
        EXTRA_CONTACT.address,
      ];
      const found = everyFile(ctx().site.outDir).flatMap((file) =>
        personal.filter((value) => file.text.includes(value)).map((value) => `${file.path}: ${value}`),
      );
      expect(found).toEqual([]);
    });

    it('exports each council’s published results and statistics per year as CSV with a BOM and JSON, without personal data', () => {
      const files = everyFile(join(ctx().site.outDir, 'du-lieu-mo'));
      const csv = files.filter((f) =>
        f.path.endsWith('/huu-lung/' + new Date().getFullYear() + '/ket-qua.csv'),
      );
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
      const feeds = [...everyFile(join(root, 'nguon-tin')), ...everyFile(join(root, 'en', 'feeds'))];
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
      expect(commune).toMatch(/href="webcal:\/\/[^"]+\/v1\/meetings\.ics\?commune=van-nham"/);
    });

    it('writes petition and meeting text containing markup as escaped text', () => {
      const pages = everyFile(ctx().site.outDir).filter((f) => f.path.endsWith('.html'));
      for (const needle of MARKUP_NEEDLES) {
        expect(pages.filter((p) => p.text.includes(needle)).map((p) => p.path)).toEqual([]);
      }
      expect(pages.some((p) => p.text.includes('&lt;b&gt;Đèn đường&lt;/b&gt;'))).toBe(true);
    });
  });
}
