/**
 * What the site's dev server may serve from disk (Vite's `server.fs.allow`): the site
 * itself, node_modules, and exactly the files outside the site that its sources import,
 * found by following their relative imports from site/src. Everything else of the
 * repository (the local stack and its settings, the functions, the tests) is a 403, even
 * at /@fs/<absolute path>.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(siteRoot, '..');
const SOURCE = /\.(?:ts|mts|js|mjs|astro|css)$/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|@import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every file outside site/ reached by relative imports from the site's sources. */
export function filesImportedFromOutside(): string[] {
  const seen = new Set<string>();
  const outside = new Set<string>();
  const queue = sourcesUnder(join(siteRoot, 'src'));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), specifier!.split('?')[0]!);
      if (!existsSync(target) || !statSync(target).isFile()) continue;
      if (!target.startsWith(siteRoot + sep)) outside.add(target);
      queue.push(target);
    }
  }
  return [...outside].sort();
}

export function devServerFileAccess() {
  return {
    strict: true,
    allow: [siteRoot, join(repoRoot, 'node_modules'), ...filesImportedFromOutside()],
  };
}
