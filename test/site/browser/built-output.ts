/** Checks on the built files themselves: budgets, no JavaScript, no personal data, markup escaped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite, PAGE_BUDGET_BYTES } from '../../../site/check-built-site.ts';
import { autocompleteProblems } from '../../support/autocomplete.ts';
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
      expect(withScript.sort()).toEqual(['/en/submit/', '/gui-kien-nghi/']);
    });

    it('uses on every form control only autocomplete tokens the HTML standard allows there', () => {
      const pages = everyFile(ctx().site.outDir).filter((f) => f.path.endsWith('.html'));
      expect(
        pages.flatMap((p) => autocompleteProblems(p.text).map((problem) => `${p.path}: ${problem}`)),
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

    it('writes petition and meeting text containing markup as escaped text', () => {
      const pages = everyFile(ctx().site.outDir).filter((f) => f.path.endsWith('.html'));
      for (const needle of MARKUP_NEEDLES) {
        expect(pages.filter((p) => p.text.includes(needle)).map((p) => p.path)).toEqual([]);
      }
      expect(pages.some((p) => p.text.includes('&lt;b&gt;Đèn đường&lt;/b&gt;'))).toBe(true);
    });
  });
}
