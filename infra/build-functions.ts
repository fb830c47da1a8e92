/**
 * Bundles every Lambda (functions/<name>/handler.ts) into dist/functions/<name>/index.mjs:
 * minified ESM for Node 24 with source maps. The AWS SDK v3 (`@aws-sdk/*`, each client
 * imported on its own) is left out: the Node 24 runtime ships it, and bundled it was 105 KB
 * gzip of every function, over the whole budget (infra/README.md, "Function bundles", says
 * what this costs in version pinning). A module imported with `import()` (the Word writer
 * of the staff API's reports) becomes a chunk beside index.mjs, loaded by the first request
 * that needs it, never at a cold start. The CDK stack deploys each folder as it is, so
 * synthesis needs neither Docker nor esbuild.
 *
 * `npm run build:functions` runs this file and prints each bundle's size; the infra
 * tests call buildFunctions() into a temporary folder.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { type BundleOutputs, loadedAtStart } from '../shared/bundle-start.ts';
import { BUNDLE_FILE, DEFAULT_BUNDLES_DIR, REPOSITORY_ROOT, SHARP_LAYER_FOLDER } from './lib/bundles.ts';

/**
 * DESIGN §7: what a cold start loads (index.mjs and the chunks it imports statically), gzip:
 * at most 100 KB for a citizen-facing function, 150 KB for the staff API. Chunks loaded
 * with `import()` are reported beside it and held to no budget of their own.
 */
const DEFAULT_BUDGET_BYTES = 100 * 1024;
const BUDGET_BYTES: Record<string, number> = {
  'staff-api': 150 * 1024,
};
export const budgetOf = (name: string): number => BUDGET_BYTES[name] ?? DEFAULT_BUDGET_BYTES;

/**
 * Bundles known to be over their budget, each with the ceiling it must not pass meanwhile
 * (a regression still fails the build). None today: the public API, the last one (117.4 KB
 * gzip on 1 December 2026 after zod as a namespace, the English catalogue and the Open311
 * routes lazy chunks), came within its 100 KB once its schemas moved to zod/mini (99.7 KB),
 * its code imported each schema module rather than shared/schemas/index.ts (so the staff's
 * schemas stay out), and its apps were built on hono/quick's routers (98.5 KB).
 */
export const OVER_BUDGET_CEILINGS: Readonly<Record<string, number>> = {};
export const ceilingOf = (name: string): number => OVER_BUDGET_CEILINGS[name] ?? budgetOf(name);

/** Left to the Lambda runtime, which ships the AWS SDK v3 (clients and lib-dynamodb). */
export const RUNTIME_PROVIDED = ['@aws-sdk/*'];

/**
 * sharp is a native module (libvips): it cannot be bundled, so no bundle carries it and the
 * processor loads it from a layer (`buildSharpLayer`), the only function that may import it.
 */
export const NATIVE_EXTERNALS = ['sharp'];
/** sharp and what it loads at run time: its JavaScript, its three dependencies, and the Linux x64 build of libvips. */
const SHARP_LAYER_PACKAGES = [
  'sharp',
  '@img/colour',
  'detect-libc',
  'semver',
  '@img/sharp-linux-x64',
  '@img/sharp-libvips-linux-x64',
];

/** The processor's layer (nodejs/node_modules/…), copied from the installed packages. */
export function buildSharpLayer(options: { root?: string; outDir?: string } = {}): string {
  const root = options.root ?? REPOSITORY_ROOT;
  const layer = join(options.outDir ?? DEFAULT_BUNDLES_DIR, SHARP_LAYER_FOLDER);
  rmSync(layer, { recursive: true, force: true });
  for (const name of SHARP_LAYER_PACKAGES) {
    const from = join(root, 'node_modules', name);
    if (!existsSync(from)) throw new Error(`sharp's layer needs ${name}: run npm ci`);
    cpSync(from, join(layer, 'nodejs', 'node_modules', name), { recursive: true, dereference: true });
  }
  return layer;
}

export interface FunctionBundle {
  readonly name: string;
  /** index.mjs: what Lambda loads (handler `index.handler`). */
  readonly file: string;
  /** index.mjs and the chunks it imports statically, minified. */
  readonly minifiedBytes: number;
  /** The same, each file gzipped: what the budget holds. */
  readonly gzipBytes: number;
  /** Chunks loaded only by `import()` (by the request that needs them), gzip. */
  readonly lazyGzipBytes: number;
}

/** The deployable functions: every folder of functions/ with a handler.ts (functions/lib is shared code). */
export function discoverFunctions(root: string = REPOSITORY_ROOT): string[] {
  const folder = join(root, 'functions');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'lib')
    .filter((entry) => existsSync(join(folder, entry.name, 'handler.ts')))
    .map((entry) => entry.name)
    .sort();
}

// The v2 SDK is one huge package and is not in the Node 24 runtime: importing it is a mistake.
const refuseSdkV2: Plugin = {
  name: 'refuse-aws-sdk-v2',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^aws-sdk(\/|$)/ }, (args) => ({
      errors: [
        { text: `${args.importer} imports the AWS SDK v2 ("${args.path}"); import a v3 client instead` },
      ],
    }));
  },
};

// zod's `z` namespace re-exports every locale (about 260 KiB minified), which no function
// uses: the messages catalogue in shared/messages words every error. Keep English (zod's
// default) and Vietnamese; the rest resolve to nothing.
const onlyNeededZodLocales: Plugin = {
  name: 'only-needed-zod-locales',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: resolve(args.resolveDir, args.path), namespace: 'zod-locales' }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js'; export { default as vi } from './vi.js';",
      resolveDir: resolve(args.path, '..'),
      loader: 'js',
    }));
  },
};

export async function buildFunctions(
  options: { root?: string; outDir?: string } = {},
): Promise<FunctionBundle[]> {
  const root = options.root ?? REPOSITORY_ROOT;
  const outDir = options.outDir ?? DEFAULT_BUNDLES_DIR;
  const names = discoverFunctions(root);
  if (names.includes('attachment-processor')) buildSharpLayer({ root, outDir });
  return Promise.all(
    names.map(async (name) => {
      const folder = join(outDir, name);
      // The stack deploys the folder as it is: no chunk of an earlier build may stay in it.
      rmSync(folder, { recursive: true, force: true });
      const result = await build({
        absWorkingDir: root,
        entryPoints: { index: join(root, 'functions', name, 'handler.ts') },
        outdir: folder,
        outExtension: { '.js': '.mjs' },
        chunkNames: 'chunks/[name]-[hash]',
        splitting: true,
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node24',
        minify: true,
        sourcemap: true,
        external: [...RUNTIME_PROVIDED, ...NATIVE_EXTERNALS],
        // ESM builds tree-shake better than their CommonJS twins.
        mainFields: ['module', 'main'],
        legalComments: 'none',
        // Vietnamese words as UTF-8, not \uXXXX escapes: 0.4 KB gzip less (Node reads modules as UTF-8).
        charset: 'utf8',
        metafile: true,
        // Some bundled CommonJS dependencies call require() for Node built-ins; ESM has none.
        banner: {
          js: "import{createRequire as __createRequire}from'node:module';const require=__createRequire(import.meta.url);",
        },
        plugins: [refuseSdkV2, onlyNeededZodLocales],
        logLevel: 'warning',
      });
      return { name, file: join(folder, BUNDLE_FILE), ...sizesOf(result.metafile.outputs, root) };
    }),
  );
}

/**
 * Sizes what index.mjs loads at start (it and the chunks it imports statically, followed)
 * and the rest (chunks only `import()` reaches). Output paths are relative to `root`.
 */
function sizesOf(outputs: BundleOutputs, root: string) {
  const files = Object.keys(outputs).filter((f) => f.endsWith('.mjs'));
  const atStart = loadedAtStart(outputs, files.find((f) => basename(f) === BUNDLE_FILE)!);
  const code = (file: string) => readFileSync(resolve(root, file));
  const total = (list: string[], size: (code: Buffer) => number) =>
    list.reduce((sum, file) => sum + size(code(file)), 0);
  const lazy = files.filter((f) => !atStart.has(f));
  return {
    minifiedBytes: total([...atStart], (c) => c.byteLength),
    gzipBytes: total([...atStart], (c) => gzipSync(c).byteLength),
    lazyGzipBytes: total(lazy, (c) => gzipSync(c).byteLength),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatSizeTable(bundles: readonly FunctionBundle[]): string {
  const rows = bundles.map((b) => [
    b.name,
    kib(b.minifiedBytes),
    kib(b.gzipBytes),
    kib(budgetOf(b.name)),
    b.gzipBytes <= budgetOf(b.name) ? 'ok' : 'over',
    b.lazyGzipBytes > 0 ? kib(b.lazyGzipBytes) : '',
  ]);
  const header = ['function', 'minified', 'gzip', 'budget (gzip)', 'within', 'lazy chunks (gzip)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function bundlesOverBudget(bundles: readonly FunctionBundle[]): FunctionBundle[] {
  return bundles.filter((b) => b.gzipBytes > budgetOf(b.name));
}

/** Over their ceiling: a bundle over budget that was not, or one known over budget that grew. */
export function bundlesOverCeiling(bundles: readonly FunctionBundle[]): FunctionBundle[] {
  return bundles.filter((b) => b.gzipBytes > ceilingOf(b.name));
}

if (import.meta.main) {
  const bundles = await buildFunctions();
  console.log(formatSizeTable(bundles));
  const over = bundlesOverBudget(bundles);
  if (over.length > 0) console.warn(`Over the bundle budget: ${over.map((b) => b.name).join(', ')}`);
  const grown = bundlesOverCeiling(bundles);
  if (grown.length > 0) {
    console.error(`Over the bundle ceiling: ${grown.map((b) => b.name).join(', ')}`);
    process.exitCode = 1;
  }
}
