/**
 * `npm run build:functions`: every function folder becomes one minified ESM bundle with
 * a source map, within DESIGN §7's gzip budget (100 KB citizen-facing, 150 KB staff API),
 * the AWS SDK left to the runtime, the Word writer a lazy chunk of the staff API only; and
 * the stack refuses to synthesize without them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
import { en } from '../../shared/messages/en.ts';
import { vi } from '../../shared/messages/vi.ts';
import {
  createStageApp,
  type Scratch,
  scratchDir,
  sharedBundles,
  sharedBundlesDir,
} from './support/synthesize.ts';

/** A string only the English catalogue holds, as esbuild writes it. */
const ENGLISH = JSON.stringify(en['request.notJson']);
/** Open311's discovery document names its specification. */
const OPEN311 = 'wiki.open311.org/GeoReport_v2';
/** The public oversight routes' path for the items of a source, as esbuild writes it. */
const OVERSIGHT = '"/sources/:kind/:id"';

let scratch: Scratch;
let outDir: string;
let bundles: FunctionBundle[];

beforeAll(() => {
  scratch = scratchDir('bundles');
  outDir = sharedBundlesDir();
  bundles = sharedBundles();
});
afterAll(() => scratch.remove());

function chunksOf(name: string): { file: string; code: string; atStart: boolean }[] {
  const folder = join(outDir, name, 'chunks');
  if (!existsSync(folder)) return [];
  const code = new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => [file, readFileSync(join(folder, file), 'utf8')]),
  );
  // What index.mjs imports statically, followed: loaded at a cold start like index.mjs itself.
  const atStart = new Set<string>();
  const visit = (source: string) => {
    for (const m of source.matchAll(/(?:from|import)\s*"\.\/(?:chunks\/)?([^"/]+\.mjs)"/g)) {
      if (atStart.has(m[1]!) || !code.has(m[1]!)) continue;
      atStart.add(m[1]!);
      visit(code.get(m[1]!)!);
    }
  };
  visit(readFileSync(join(outDir, name, BUNDLE_FILE), 'utf8'));
  return [...code].map(([file, source]) => ({ file, code: source, atStart: atStart.has(file) }));
}

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
      // Minified: a handful of very long lines, not one statement per line (index.mjs and the
      // chunks it loads at start together: esbuild may move shared code into one of those).
      const atStart = [
        code,
        ...chunksOf(bundle.name)
          .filter((c) => c.atStart)
          .map((c) => c.code),
      ].join('\n');
      expect(atStart.split('\n').length, bundle.name).toBeLessThan(atStart.length / 1000);
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
    // Any other chunk is the English catalogue (next test), lazy in the APIs and the deadline
    // job, the public API's Open311 routes, or one of esbuild's few-hundred-byte glue chunks.
    for (const bundle of bundles.filter((b) => b.name !== 'staff-api')) {
      for (const chunk of chunksOf(bundle.name).filter((c) => !c.atStart && c.code.length > 1024)) {
        const lazyGroup =
          bundle.name === 'public-api' && (chunk.code.includes(OPEN311) || chunk.code.includes(OVERSIGHT));
        if (!lazyGroup) expect(chunk.code, `${bundle.name} ${chunk.file}`).toContain(ENGLISH);
      }
    }
  });

  it.each([
    ['Open311 routes', 'Open311', OPEN311],
    ['public oversight routes', 'oversight', OVERSIGHT],
  ])(
    "loads the %s with the first %s request, not at the public API's cold start",
    (_routes, _first, marker) => {
      const start = readFileSync(join(outDir, 'public-api', BUNDLE_FILE), 'utf8');
      expect(start).not.toContain(marker);
      expect(
        chunksOf('public-api')
          .filter((c) => c.code.includes(marker))
          .map((c) => c.atStart),
      ).toEqual([false]);
    },
  );

  it("leaves the English catalogue out of the APIs' cold start, a chunk their first English request loads", () => {
    for (const name of ['public-api', 'staff-api']) {
      expect(readFileSync(join(outDir, name, BUNDLE_FILE), 'utf8'), name).not.toContain(ENGLISH);
      const chunks = chunksOf(name);
      const english = chunks.filter((c) => c.code.includes(ENGLISH));
      expect(
        english.map((c) => c.atStart),
        name,
      ).toEqual([false]);
      const start = readFileSync(join(outDir, name, BUNDLE_FILE), 'utf8');
      const loader = `import("./chunks/${english[0]!.file}")`;
      const loadsIt =
        start.includes(loader) || chunks.some((c) => c.code.includes(loader.replace('chunks/', '')));
      expect(loadsIt, name).toBe(true);
    }
    // The notifier writes English emails outside any request: its catalogue comes at start.
    const notifier = bundles.find((b) => b.name === 'notifier')!;
    expect(
      chunksOf('notifier')
        .filter((c) => c.code.includes(ENGLISH))
        .map((c) => c.atStart),
    ).toEqual([true]);
    expect(notifier.lazyGzipBytes).toBeLessThan(1024);
  });

  it('answers an English request in English from the built public API, the catalogue loaded on demand', () => {
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: '/no-such-page',
      rawQueryString: '',
      headers: { host: 'api.example.vn', 'accept-language': 'en' },
      requestContext: { http: { method: 'GET', path: '/no-such-page', sourceIp: '203.0.113.7' } },
      isBase64Encoded: false,
    };
    const file = pathToFileURL(join(outDir, 'public-api', BUNDLE_FILE)).href;
    const script =
      `const { handler } = await import(${JSON.stringify(file)});` +
      `const answers = [];` +
      `for (const lang of ['en', 'vi']) {` +
      `  const e = ${JSON.stringify(event)}; e.headers['accept-language'] = lang;` +
      `  answers.push(await handler(e, {}));` +
      `}` +
      `console.log(JSON.stringify(answers.map((a) => [a.statusCode, JSON.parse(a.body).message])));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env.PATH ?? '',
        TABLE_NAME: 'bundle-test',
        AWS_REGION: 'ap-southeast-1',
        PUBLIC_SITE_URL: 'https://kien-nghi.example.vn',
        RATE_LIMIT_SALT: 'bundle-test-rate-limit-salt-0123',
        FEEDBACK_TOKEN_SECRET: 'bundle-test-feedback-secret-0123',
        ORIGIN_SECRET: 'off',
        ATTACHMENTS_BUCKET: 'bundle-test-attachments',
      },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim())).toEqual([
      [404, en['request.notFound']],
      [404, vi['request.notFound']],
    ]);
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
    // The public API is held to its budget itself, no longer to a ceiling above it.
    expect(ceilingOf('public-api')).toBe(budgetOf('public-api'));
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
