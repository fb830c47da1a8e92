/**
 * Bundles every Lambda (functions/<name>/handler.ts) into dist/functions/<name>/index.mjs:
 * minified ESM for Node 24 with source maps, the AWS SDK v3 clients bundled (each
 * imported on its own, so only the clients a function uses are in it). The CDK stack
 * deploys these files as they are, so synthesis needs neither Docker nor esbuild.
 *
 * `npm run build:functions` runs this file and prints each bundle's size; the infra
 * tests call buildFunctions() into a temporary folder.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { BUNDLE_FILE, DEFAULT_BUNDLES_DIR, REPOSITORY_ROOT, SHARP_LAYER_FOLDER } from './lib/bundles.ts';

/**
 * DESIGN §7: each bundle is held under a minified size. zod and the AWS SDK clients make
 * up most of every bundle; the staff API also carries docx for the Word summary report.
 */
const DEFAULT_BUDGET_BYTES = 768 * 1024;
const BUDGET_BYTES: Record<string, number> = {
  'staff-api': 1024 * 1024,
  // The DynamoDB clients and zod (533 KiB): no SES client, no HTTP framework.
  'email-feedback': 640 * 1024,
};
export const budgetOf = (name: string): number => BUDGET_BYTES[name] ?? DEFAULT_BUDGET_BYTES;

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
  readonly file: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
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
      const file = join(outDir, name, BUNDLE_FILE);
      await build({
        entryPoints: [join(root, 'functions', name, 'handler.ts')],
        outfile: file,
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node24',
        minify: true,
        sourcemap: true,
        // The ESM builds of the SDK tree-shake better than their CommonJS twins.
        mainFields: ['module', 'main'],
        legalComments: 'none',
        // Some bundled CommonJS dependencies call require() for Node built-ins; ESM has none.
        banner: {
          js: "import{createRequire as __createRequire}from'node:module';const require=__createRequire(import.meta.url);",
        },
        plugins: [refuseSdkV2, onlyNeededZodLocales],
        external: NATIVE_EXTERNALS,
        logLevel: 'warning',
      });
      const code = readFileSync(file);
      return { name, file, minifiedBytes: code.byteLength, gzipBytes: gzipSync(code).byteLength };
    }),
  );
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatSizeTable(bundles: readonly FunctionBundle[]): string {
  const rows = bundles.map((b) => [
    b.name,
    kib(b.minifiedBytes),
    kib(b.gzipBytes),
    kib(budgetOf(b.name)),
    b.minifiedBytes <= budgetOf(b.name) ? 'ok' : 'OVER',
  ]);
  const header = ['function', 'minified', 'gzip', 'budget', 'within'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function bundlesOverBudget(bundles: readonly FunctionBundle[]): FunctionBundle[] {
  return bundles.filter((b) => b.minifiedBytes > budgetOf(b.name));
}

if (import.meta.main) {
  const bundles = await buildFunctions();
  console.log(formatSizeTable(bundles));
  const over = bundlesOverBudget(bundles);
  if (over.length > 0) {
    console.error(`Over the bundle budget: ${over.map((b) => b.name).join(', ')}`);
    process.exitCode = 1;
  }
}
