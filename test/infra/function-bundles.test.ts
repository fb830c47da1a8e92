/**
 * `npm run build:functions`: every function folder becomes one minified ESM bundle with
 * a source map, under the size budget, and the stack refuses to synthesize without them.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetOf,
  buildFunctions,
  bundlesOverBudget,
  discoverFunctions,
  type FunctionBundle,
  formatSizeTable,
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

  it('bundles the AWS SDK v3 clients into the function instead of relying on the runtime', () => {
    for (const bundle of bundles) {
      const code = readFileSync(bundle.file, 'utf8');
      expect(code, bundle.name).not.toMatch(/from\s*["']@aws-sdk\//);
      expect(code, bundle.name).not.toMatch(/require\(["']aws-sdk["']\)/);
    }
    const publicApi = bundles.find((b) => b.name === 'public-api')!;
    const sources = JSON.parse(readFileSync(`${publicApi.file}.map`, 'utf8')).sources as string[];
    expect(sources.some((s) => s.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
  });

  it('holds every bundle under its size budget', () => {
    for (const bundle of bundles) {
      expect(bundle.minifiedBytes, bundle.name).toBeLessThanOrEqual(budgetOf(bundle.name));
      expect(bundle.gzipBytes, bundle.name).toBeLessThan(bundle.minifiedBytes);
    }
    expect(bundlesOverBudget(bundles)).toEqual([]);
    expect(
      bundlesOverBudget([{ ...bundles[0]!, minifiedBytes: budgetOf(bundles[0]!.name) + 1 }]),
    ).toHaveLength(1);
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
