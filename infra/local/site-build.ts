/**
 * Builds the public site (`astro build`) against a running public API into a folder, in a
 * child process: the browser tests, the build measurement and anyone previewing a build
 * use it. Astro's output is kept and shown only when the build fails.
 *
 * Each build has folders of its own, so that builds can run side by side (browser test files
 * in parallel): Astro puts its prerender chunks in `<cwd>/.astro/.prerender` when the output
 * folder is outside the working directory, and removes that folder when done, so two builds
 * from the repository root removed each other's chunks. Each build runs in a folder of its own
 * inside the repository, `.astro/builds/<id>/` (the chunks must stay under the repository: they
 * import packages from its node_modules), so its chunks go to `.astro/builds/<id>/.astro/.prerender`,
 * with a cache folder of its own (`HDND_ASTRO_CACHE_DIR`, read by site/astro.config.ts) there
 * too; the folder is removed when the build ends.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroEnvironment } from './site-dev-server.ts';
import { DEMO_SITE_IDENTITY } from './site-identity.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SiteBuild {
  outDir: string;
  milliseconds: number;
}

export function buildSite(options: {
  apiUrl: string;
  outDir?: string;
  env?: Record<string, string>;
}): Promise<SiteBuild> {
  const outDir = resolve(options.outDir ?? mkdtempSync(join(tmpdir(), 'hdnd-site-')));
  mkdirSync(outDir, { recursive: true });
  mkdirSync(join(repoRoot, '.astro', 'builds'), { recursive: true });
  const buildDir = mkdtempSync(join(repoRoot, '.astro', 'builds', 'build-'));
  const cacheDir = join(buildDir, 'cache');
  const astro = join(
    dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin',
    'astro.mjs',
  );
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [astro, 'build', '--root', join(repoRoot, 'site'), '--outDir', outDir],
      {
        cwd: buildDir,
        env: {
          ...DEMO_SITE_IDENTITY,
          ...astroEnvironment(),
          // A build reads the site's data once (site-data.ts): with the dev server's 5 s, a build
          // longer than that read every result again from the API for the routes and pages drawn
          // after, and drew them from another snapshot than the one it digested.
          SITE_DATA_CACHE_MS: 'Infinity',
          ...options.env,
          PUBLIC_API_URL: options.apiUrl,
          HDND_ASTRO_CACHE_DIR: cacheDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output = (output + d.toString()).slice(-20_000);
    });
    child.stderr.on('data', (d: Buffer) => {
      output = (output + d.toString()).slice(-20_000);
    });
    child.once('error', (error) => {
      rmSync(buildDir, { recursive: true, force: true });
      fail(error);
    });
    child.once('exit', (code) => {
      rmSync(buildDir, { recursive: true, force: true });
      return code === 0
        ? done({ outDir, milliseconds: Date.now() - started })
        : fail(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
