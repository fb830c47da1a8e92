/**
 * `npm run build:functions`: every function folder becomes one minified ESM bundle with
 * a source map, within DESIGN §7's gzip budget (100 KB citizen-facing, 150 KB staff API),
 * the AWS SDK left to the runtime, the Word writer a lazy chunk of the staff API only; and
 * the stack refuses to synthesize without them.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetOf,
  buildFunctions,
  bundlesOverBudget,
  bundlesOverCeiling,
  ceilingOf,
  discoverFunctions,
  type FunctionBundle,
  formatSizeTable,
  OVER_BUDGET_CEILINGS,
} from '../../infra/build-functions.ts';
import { BUNDLE_FILE, MissingBundleError } from '../../infra/lib/bundles.ts';
import { DEPLOYED_FUNCTIONS } from '../../infra/lib/constructs/service-functions.ts';
import {
  createStageApp,
  type Scratch,
  scratchDir,
  sharedBundles,
  sharedBundlesDir,
} from './support/synthesize.ts';

let scratch: Scratch;
let outDir: string;
let bundles: FunctionBundle[];

beforeAll(() => {
  scratch = scratchDir('bundles');
  outDir = sharedBundlesDir();
  bundles = sharedBundles();
});
afterAll(() => scratch.remove());

describe('function bundles', () => {
  it('bundles every folder of functions/ that has a handler, and nothing else', () => {
    const names = bundles.map((b) => b.name);
    expect(names).toEqual(discoverFunctions());
    expect(names).not.toContain('lib');
    for (const name of names) expect(existsSync(join(outDir, name, BUNDLE_FILE))).toBe(true);
  });

  it('deploys exactly the functions that have a handler', () => {
    expect(Object.keys(DEPLOYED_FUNCTIONS).sort()).toEqual(discoverFunctions());
  });

  it('writes minified ES modules with a source map, exporting the handler', () => {
    for (const bundle of bundles) {
      const code = readFileSync(bundle.file, 'utf8');
      expect(code, bundle.name).toMatch(/^import\{createRequire/);
      expect(code, bundle.name).toMatch(/export\s*\{[^}]*\bas handler\b|export\{[^}]*handler/);
      // Minified: a handful of very long lines, not one statement per line.
      expect(code.split('\n').length, bundle.name).toBeLessThan(code.length / 1000);
      const map = JSON.parse(readFileSync(`${bundle.file}.map`, 'utf8')) as { sources: string[] };
      expect(map.sources.some((s) => s.includes(`functions/${bundle.name}/handler.ts`))).toBe(true);
    }
  });

  it('leaves the AWS SDK v3 to the runtime, importing only packages the Node 24 runtime ships', () => {
    const shipped = /^@aws-sdk\/(?:client-[a-z0-9-]+|lib-dynamodb|util-dynamodb)$/;
    for (const bundle of bundles) {
      const code = readFileSync(bundle.file, 'utf8');
      const imported = [...code.matchAll(/from\s*["'](@aws-sdk\/[^"']+)["']/g)].map((m) => m[1]!);
      expect(
        imported.filter((p) => !shipped.test(p)),
        bundle.name,
      ).toEqual([]);
      expect(code, bundle.name).not.toMatch(/require\(["']aws-sdk["']\)/);
      const sources = JSON.parse(readFileSync(`${bundle.file}.map`, 'utf8')).sources as string[];
      expect(
        sources.filter((s) => /node_modules\/@(?:aws-sdk|smithy)\//.test(s)),
        bundle.name,
      ).toEqual([]);
    }
    const publicApi = readFileSync(bundles.find((b) => b.name === 'public-api')!.file, 'utf8');
    expect(publicApi).toMatch(/from\s*["']@aws-sdk\/client-dynamodb["']/);
  });

  it('keeps the Word writer out of every cold start: a lazy chunk of the staff API only', () => {
    for (const bundle of bundles) {
      const atStart = readFileSync(bundle.file, 'utf8');
      expect(atStart, bundle.name).not.toContain('officeDocument');
    }
    const staff = bundles.find((b) => b.name === 'staff-api')!;
    expect(staff.lazyGzipBytes).toBeGreaterThan(20 * 1024);
    for (const bundle of bundles.filter((b) => b.name !== 'staff-api')) {
      expect(bundle.lazyGzipBytes, bundle.name).toBe(0);
    }
  });

  it('holds every bundle to its gzip budget, a known exception to its ceiling', () => {
    for (const bundle of bundles) {
      expect(bundle.gzipBytes, bundle.name).toBeLessThan(bundle.minifiedBytes);
      expect(bundle.gzipBytes, bundle.name).toBeLessThanOrEqual(ceilingOf(bundle.name));
    }
    expect(budgetOf('public-api')).toBe(100 * 1024);
    expect(budgetOf('notifier')).toBe(100 * 1024);
    expect(budgetOf('deadlines')).toBe(100 * 1024);
    expect(budgetOf('staff-api')).toBe(150 * 1024);
    // Only the listed exceptions are over, and an exception that came within must leave the list.
    expect(bundlesOverBudget(bundles).map((b) => b.name)).toEqual(Object.keys(OVER_BUDGET_CEILINGS));
    expect(bundlesOverCeiling(bundles)).toEqual([]);
    const first = bundles.find((b) => !(b.name in OVER_BUDGET_CEILINGS))!;
    expect(bundlesOverCeiling([{ ...first, gzipBytes: budgetOf(first.name) + 1 }])).toHaveLength(1);
  });

  it('prints one row per function with its minified and gzip size', () => {
    const table = formatSizeTable(bundles).split('\n');
    expect(table[0]).toMatch(/function.*minified.*gzip.*budget.*within/);
    expect(table).toHaveLength(bundles.length + 2);
    for (const bundle of bundles) {
      const row = table.find((line) => line.startsWith(`| ${bundle.name} `));
      expect(row).toContain(`${(bundle.minifiedBytes / 1024).toFixed(1)} KiB`);
      expect(row).toContain(`${(bundle.gzipBytes / 1024).toFixed(1)} KiB`);
    }
  });

  it('refuses a function that imports the AWS SDK v2', async () => {
    const root = join(scratch.dir, 'v2-repo');
    mkdirSync(join(root, 'functions', 'legacy'), { recursive: true });
    writeFileSync(
      join(root, 'functions', 'legacy', 'handler.ts'),
      "import AWS from 'aws-sdk';\nexport const handler = async () => new AWS.S3();\n",
    );
    await expect(buildFunctions({ root, outDir: join(root, 'dist') })).rejects.toThrow(/AWS SDK v2/);
  });
});

describe('synthesis without a bundle', () => {
  it('fails, naming the function and `npm run build:functions`', () => {
    const partial = join(scratch.dir, 'partial');
    cpSync(outDir, partial, { recursive: true });
    rmSync(join(partial, 'notifier'), { recursive: true });
    const attempt = () => createStageApp('dev', partial, join(scratch.dir, 'cdk.out-partial'));
    expect(attempt).toThrow(MissingBundleError);
    expect(attempt).toThrow(/"notifier".*npm run build:functions/);
  });
});
