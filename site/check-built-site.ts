/**
 * Checks a built site against the budgets of DESIGN §7: every public page's HTML and the
 * stylesheets it links fit the first round trip (14 KB gzip), and read-only pages ship no
 * JavaScript (no script element, no inline handler, no javascript: link). Only the petition
 * form (the general one and each meeting's) and the search page may carry a script, within 10 KB gzip. The staff console (/quan-ly/) is an application, not a public
 * page, and is left to its own checks.
 *
 *   node site/check-built-site.ts [site/dist]      prints the report, exits 1 on a problem
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isPetitionFormPath, SITE_LOCALES, sitePaths } from '../shared/ui/routes.ts';

export const PAGE_BUDGET_BYTES = 14 * 1024;
const STAFF_CONSOLE_PREFIX = '/quan-ly/';
export const SCRIPT_BUDGET_BYTES = 10 * 1024;
/** Pages held to SCRIPT_BUDGET_BYTES besides the petition forms. */
const PAGES_WITH_SCRIPT_BUDGET = new Set(SITE_LOCALES.map((l) => sitePaths.search(l)));

export interface PageReport {
  path: string;
  /** HTML plus linked stylesheets, gzipped. */
  gzipBytes: number;
  scripts: string[];
  /** The page's own script files (src="/…"), gzipped. */
  scriptGzipBytes: number;
}

export interface SiteReport {
  pages: PageReport[];
  overBudget: PageReport[];
  /** Read-only pages that ship JavaScript, with what was found. */
  withJavaScript: PageReport[];
  /** Pages whose scripts pass SCRIPT_BUDGET_BYTES. */
  scriptOverBudget: PageReport[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

const pathOf = (root: string, file: string) =>
  `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/');

/** Every way a page can run JavaScript: script elements, inline handlers, javascript: URLs. */
export function javascriptIn(html: string): string[] {
  return [
    ...(html.match(/<script\b[^>]*>/gi) ?? []),
    // Inside a tag only: escaped text ("&lt;img onerror=…") is not markup.
    ...(html.match(/<[a-z][^<>]*?\son[a-z]+\s*=/gi) ?? []),
    ...(html.match(/<[a-z][^<>]*?(?:href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? []),
  ];
}

export function checkBuiltSite(root: string): SiteReport {
  const pages: PageReport[] = [];
  for (const file of htmlFiles(root)) {
    const path = pathOf(root, file);
    if (path.startsWith(STAFF_CONSOLE_PREFIX)) continue;
    const html = readFileSync(file, 'utf8');
    const stylesheets = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)].flatMap((m) => {
      const href = /href=["']?([^"'\s>]+)/i.exec(m[0])?.[1];
      return href?.startsWith('/') ? [readFileSync(join(root, href), 'utf8')] : [];
    });
    const scriptFiles = [...html.matchAll(/<script\b[^>]*\bsrc=["']?(\/[^"'\s>]+)/gi)].map((m) =>
      readFileSync(join(root, m[1]!), 'utf8'),
    );
    pages.push({
      path,
      gzipBytes: gzipSync([html, ...stylesheets].join('\n'), { level: 9 }).length,
      scripts: javascriptIn(html),
      scriptGzipBytes: scriptFiles.length ? gzipSync(scriptFiles.join('\n'), { level: 9 }).length : 0,
    });
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  return {
    pages,
    overBudget: pages.filter((p) => p.gzipBytes > PAGE_BUDGET_BYTES),
    withJavaScript: pages.filter(
      (p) => p.scripts.length > 0 && !isPetitionFormPath(p.path) && !PAGES_WITH_SCRIPT_BUDGET.has(p.path),
    ),
    scriptOverBudget: pages.filter(
      (p) =>
        (PAGES_WITH_SCRIPT_BUDGET.has(p.path) || isPetitionFormPath(p.path)) &&
        p.scriptGzipBytes > SCRIPT_BUDGET_BYTES,
    ),
  };
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'site/dist';
  const report = checkBuiltSite(root);
  const largest = [...report.pages].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
  console.log(`${report.pages.length} public pages in ${root}; the largest (HTML + CSS, gzip):`);
  for (const p of largest) console.log(`  ${(p.gzipBytes / 1024).toFixed(1)} KB  ${p.path}`);
  for (const p of report.overBudget)
    console.error(`OVER BUDGET ${(p.gzipBytes / 1024).toFixed(1)} KB > 14 KB: ${p.path}`);
  for (const p of report.withJavaScript)
    console.error(`JAVASCRIPT on a read-only page ${p.path}: ${p.scripts.join(' ')}`);
  for (const p of report.scriptOverBudget)
    console.error(`SCRIPT OVER BUDGET ${(p.scriptGzipBytes / 1024).toFixed(1)} KB > 10 KB: ${p.path}`);
  if (report.overBudget.length > 0 || report.withJavaScript.length > 0 || report.scriptOverBudget.length > 0)
    process.exit(1);
}
