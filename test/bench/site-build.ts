/**
 * Site build: how long the Astro build takes, and how heavy its largest page is, for 100,
 * 1,000 and 10,000 published results. Each size gets a fresh table (the demo data plus
 * the results) on a DynamoDB Local of the section's own, and a public API over it; the
 * site is built against that API
 * (PUBLIC_API_URL) into a temporary folder, exactly as the deployment builds it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { buildSite as buildLocalSite } from '../../infra/local/site-build.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import type { PublishedResult } from '../../shared/schemas/publication.ts';
import { buildSearchIndex } from '../../shared/search/build-index.ts';
import { SEARCH_INDEX_BASE } from '../../shared/search/index-format.ts';
import { resultDocument } from '../../shared/search/result-documents.ts';
import { kib, seconds, table } from './markdown.ts';
import { eachSize, withResultsApi } from './results-api.ts';

interface BuiltSite {
  buildMs: number;
  pages: number;
  totalBytes: number;
  largest: { path: string; bytes: number; gzipBytes: number };
  largestGzipBytes: number;
  index: SearchIndexSize;
}

interface SearchIndexSize {
  files: number;
  bytes: number;
  gzipBytes: number;
  largestShardGzipBytes: number;
  /** buildSearchIndex over the same results, in this process (the build's share of it). */
  buildMs: number;
}

/** The search index the build wrote (site/src/pages/tim-kiem/chi-muc/), and how long building it takes. */
function measureSearchIndex(outDir: string): SearchIndexSize {
  const folder = join(outDir, SEARCH_INDEX_BASE);
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: f, text: readFileSync(join(folder, f), 'utf8') }));
  const gzip = files.map((f) => ({ shard: f.path.startsWith('t'), bytes: gzipSync(f.text).byteLength }));
  const exports = join(outDir, 'du-lieu-mo');
  const results = readdirSync(exports, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('ket-qua.json'))
    .flatMap(
      (f) => (JSON.parse(readFileSync(join(exports, f), 'utf8')) as { items: PublishedResult[] }).items,
    );
  const started = performance.now();
  buildSearchIndex(results.map(resultDocument));
  return {
    files: files.length,
    bytes: files.reduce((s, f) => s + Buffer.byteLength(f.text), 0),
    gzipBytes: gzip.reduce((s, f) => s + f.bytes, 0),
    largestShardGzipBytes: Math.max(0, ...gzip.filter((f) => f.shard).map((f) => f.bytes)),
    buildMs: performance.now() - started,
  };
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(folder, f));
}

/**
 * The build in a folder of its own (infra/local/site-build.ts), so that a test file building
 * the site meanwhile cannot remove its prerender chunks (the full run of 1 December failed so).
 */
async function buildSite(apiUrl: string, outDir: string): Promise<number> {
  const built = await buildLocalSite({ apiUrl, outDir, env: { SITE_DATA_CACHE_MS: '600000' } });
  return built.milliseconds;
}

async function measureOne(stack: LocalStack, dynamo: DynamoDbLocal, results: number): Promise<BuiltSite> {
  return withResultsApi(stack, dynamo, `bench-site-${results}`, results, async (api) => {
    const outDir = mkdtempSync(join(tmpdir(), 'hdnd-bench-site-'));
    try {
      const buildMs = await buildSite(api.url, outDir);
      const pages = htmlFiles(outDir).map((file) => {
        const html = readFileSync(file);
        return {
          path: `/${relative(outDir, file)}`,
          bytes: statSync(file).size,
          gzipBytes: gzipSync(html).byteLength,
        };
      });
      const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      return {
        buildMs,
        pages: pages.length,
        totalBytes: pages.reduce((s, p) => s + p.bytes, 0),
        largest,
        largestGzipBytes: Math.max(...pages.map((p) => p.gzipBytes)),
        index: measureSearchIndex(outDir),
      };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
}

export async function measureSiteBuilds(stack: LocalStack, options: { quick: boolean }): Promise<string> {
  const sizes = options.quick ? [100, 1000] : [100, 1000, 10_000];
  const rows = await eachSize(sizes, async (dynamo, size) => {
    console.error(`[bench]   site with ${size} published results…`);
    const site = await measureOne(stack, dynamo, size);
    return [
      size.toLocaleString('en'),
      seconds(site.buildMs),
      site.pages.toLocaleString('en'),
      kib(site.totalBytes),
      `${kib(site.largest.bytes)} (${kib(site.largest.gzipBytes)} gzip) ${site.largest.path}`,
      kib(site.largestGzipBytes),
      `${site.index.files.toLocaleString('en')} files, ${kib(site.index.bytes)} (${kib(site.index.gzipBytes)} gzip); largest shard ${kib(site.index.largestShardGzipBytes)} gzip; built in ${seconds(site.index.buildMs)}`,
    ];
  });
  return [
    table(
      [
        'published results',
        'build time',
        'HTML pages',
        'HTML in all',
        'largest page (HTML, CSS inlined)',
        'largest gzip',
        'search index',
      ],
      rows,
    ),
    '',
    '`astro build` of site/ against a public API over a fresh table (the demo data plus that many answered, ' +
      'published petitions of one council), data reading included. The budget for a page is about 14 KiB ' +
      'compressed (DESIGN §7). The search index is static JSON (a shard per three-letter term prefix, a ' +
      'chunk per 16 results): a keystroke reads one shard, a page of hits a few chunks.',
  ].join('\n');
}
