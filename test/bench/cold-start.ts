/**
 * Cold start proxy: each Lambda bundle (built as `npm run build:functions` builds it, into
 * a temporary folder) with its minified and gzip size, and the time a fresh Node process
 * takes to import it with the environment its handler needs: the module-loading part of a
 * Lambda cold start. The median of several runs, next to an empty Node process's start.
 *
 * Part of that time is the AWS SDK's, which the runtime ships and no bundle can make
 * smaller: a fresh process importing only the `@aws-sdk/*` modules the bundle imports at
 * start measures it, and the bundle's own time is the total less that share. The import
 * budget holds the bundle's own time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { budgetOf, buildFunctions, bundlesOverBudget } from '../../infra/build-functions.ts';
import { REPOSITORY_ROOT } from '../../infra/lib/bundles.ts';
import type { Figure, SectionResult } from './budgets.ts';
import { kib, ms, table } from './markdown.ts';
import { median } from './stats.ts';

/** What any of the handlers reads at start, with harmless values (nothing is called at import). */
const HANDLER_ENVIRONMENT: Record<string, string> = {
  TABLE_NAME: 'hdnd-bench',
  AWS_REGION: 'ap-southeast-1',
  PUBLIC_SITE_URL: 'https://kien-nghi.example.vn',
  RATE_LIMIT_SALT: 'bench-rate-limit-salt-0123456789',
  FEEDBACK_TOKEN_SECRET: 'bench-feedback-secret-0123456789',
  ORIGIN_SECRET: 'bench-origin-secret-0123456789-0123456789',
  STAFF_JWKS_URL: 'https://cognito-idp.ap-southeast-1.amazonaws.com/pool/.well-known/jwks.json',
  STAFF_JWT_ISSUER: 'https://cognito-idp.ap-southeast-1.amazonaws.com/pool',
  STAFF_JWT_AUDIENCE: 'bench-client',
  STAFF_CONSOLE_URL: 'https://kien-nghi.example.vn/quan-ly',
  SES_SENDER: 'HĐND <thong-bao@example.vn>',
  SES_CONFIGURATION_SET: 'notifications',
  RECIPIENT_HASH_SALT: 'bench-recipient-salt-0123456789',
  ATTACHMENTS_BUCKET: 'hdnd-bench-attachments',
};

/** DESIGN §7 / issue #22: the public API's own import (the SDK's share aside) within 60 ms. */
export const COLD_IMPORT_BUDGET_MS: Record<string, number> = { 'public-api': 60 };

/** The budget table's figures (budgets.ts): each bundle's gzip size, and the cold imports budgeted. */
export const bundleFigureName = (name: string) => `${name}: bundle gzip (at start)`;
export const coldImportFigureName = (name: string) =>
  `${name}: cold import, the bundle's own (median, the SDK's share aside)`;
const bundleFigure = (name: string, gzipBytes: number): Figure => ({
  figure: bundleFigureName(name),
  value: gzipBytes,
  shown: kib(gzipBytes),
  budget: { max: budgetOf(name), shown: `≤ ${kib(budgetOf(name))}` },
});
const coldImportFigure = (name: string, importMs: number, budgetMs: number): Figure => ({
  figure: coldImportFigureName(name),
  value: importMs,
  shown: ms(importMs),
  budget: { max: budgetMs, shown: `≤ ${ms(budgetMs)}` },
});

interface Start {
  /** From the process's time origin to the end of the import. */
  readyMs: number;
  /** The whole import: the SDK's modules, then the bundle. */
  importMs: number;
  /** Of which the SDK's modules, imported first on their own. */
  sdkMs: number;
}

/**
 * One fresh process: imports `sdkFirst` (the SDK modules the bundle loads, nothing else),
 * then the bundle, timing each, so both shares are measured under the same load; the
 * bundle's own time is the second import, its SDK imports then already loaded.
 */
function startOnce(file: string | undefined, sdkFirst?: string): Start {
  const url = (f: string) => JSON.stringify(pathToFileURL(f).href);
  const script = file
    ? `const t0 = performance.now();${sdkFirst ? ` await import(${url(sdkFirst)});` : ''}` +
      `const ts = performance.now(); const m = await import(${url(file)});` +
      "if (typeof m.handler !== 'function') throw new Error('no handler export');" +
      'const t1 = performance.now(); console.log(JSON.stringify({ readyMs: t1, importMs: t1 - t0, sdkMs: ts - t0 }));'
    : 'const t = performance.now(); console.log(JSON.stringify({ readyMs: t, importMs: 0, sdkMs: 0 }));';
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...HANDLER_ENVIRONMENT },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`Importing ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Start;
}

/**
 * The `@aws-sdk/*` modules a bundle imports at start: those of index.mjs and of the chunks it
 * imports statically, followed (a chunk only `import()` reaches is not loaded at start).
 */
export function sdkModulesAtStart(file: string): string[] {
  const modules = new Set<string>();
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"(@aws-sdk\/[^"]+)"/g)) modules.add(m[1]!);
    for (const m of code.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.mjs)"/g))
      visit(join(dirname(path), m[1]!));
  };
  visit(file);
  return [...modules].sort();
}

/** A module beside the bundle importing only those SDK modules, resolved as the bundle resolves them. */
function sdkOnlyModule(bundleFile: string): string {
  const file = join(dirname(bundleFile), 'sdk-only.mjs');
  const imports = sdkModulesAtStart(bundleFile).map((m) => `import ${JSON.stringify(m)};`);
  writeFileSync(file, `${imports.join('\n')}\nexport const handler = () => {};\n`);
  return file;
}

export async function measureColdStarts(options: { quick: boolean }): Promise<SectionResult> {
  const runs = options.quick ? 3 : 9;
  // Inside the repository, so the bundles' `@aws-sdk/*` imports resolve to node_modules as
  // they do to the runtime's copy on Lambda (infra/build-functions.ts).
  mkdirSync(join(REPOSITORY_ROOT, 'dist'), { recursive: true });
  const outDir = mkdtempSync(join(REPOSITORY_ROOT, 'dist', 'bench-bundles-'));
  try {
    const bundles = await buildFunctions({ outDir });
    const startsOf = (file: string | undefined) => Array.from({ length: runs }, () => startOnce(file));
    const empty = startsOf(undefined);
    const figures: Figure[] = [];
    const rows = bundles.map((b) => {
      const sdk = sdkModulesAtStart(b.file);
      const sdkOnly = sdkOnlyModule(b.file);
      const starts = Array.from({ length: runs }, () => startOnce(b.file, sdkOnly));
      const importMs = median(starts.map((s) => s.importMs));
      const sdkMs = median(starts.map((s) => s.sdkMs));
      const ownMs = median(starts.map((s) => s.importMs - s.sdkMs));
      const importBudget = COLD_IMPORT_BUDGET_MS[b.name];
      figures.push(bundleFigure(b.name, b.gzipBytes));
      if (importBudget !== undefined) figures.push(coldImportFigure(b.name, ownMs, importBudget));
      return [
        b.name,
        kib(b.minifiedBytes),
        `${kib(b.gzipBytes)} (budget ${kib(budgetOf(b.name))})${bundlesOverBudget([b]).length === 0 ? '' : ' over'}`,
        b.lazyGzipBytes > 0 ? kib(b.lazyGzipBytes) : '',
        ms(importMs),
        sdk.length === 0 ? '—' : `${ms(sdkMs)} (${sdk.map((m) => m.replace('@aws-sdk/', '')).join(', ')})`,
        importBudget === undefined
          ? ms(ownMs)
          : `${ms(ownMs)} (budget ${ms(importBudget)})${ownMs > importBudget ? ' over' : ''}`,
        ms(median(starts.map((s) => s.readyMs))),
      ];
    });
    rows.push(['(empty Node process)', '', '', '', '', '', '', ms(median(empty.map((s) => s.readyMs)))]);
    const body = [
      table(
        [
          'function',
          'minified (at start)',
          'gzip (at start)',
          'lazy chunks (gzip)',
          'import, total (median)',
          "the SDK's share (median)",
          "the bundle's own (total − SDK)",
          'process start → handler ready (median)',
        ],
        rows,
      ),
      '',
      `Median of ${runs} fresh \`node\` processes (${process.version}) per bundle, each importing the bundle ` +
        "with the environment its handler reads, the AWS SDK from node_modules as Lambda loads the runtime's copy. " +
        'This is the module-loading part of a Lambda cold start ' +
        "(the runtime's own start and the first request's connections come on top). " +
        'In each process the `@aws-sdk/*` modules that bundle imports at start are imported first, on their own: ' +
        "that is the SDK's share, which the runtime ships and no bundle makes lighter; then the bundle, whose " +
        "import is its own time (the total less the SDK's share). **The import budget (60 ms for the public API) " +
        "holds the bundle's own time.**",
    ].join('\n');
    return { body, figures };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
