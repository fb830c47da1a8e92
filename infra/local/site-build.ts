/**
 * Builds the public site (`astro build`) against a running public API into a folder, in a
 * child process: the browser tests, the build measurement and anyone previewing a build
 * use it. Astro's output is kept and shown only when the build fails.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'hdnd-site-'));
  const astro = join(
    dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin',
    'astro.mjs',
  );
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--root', 'site', '--outDir', outDir], {
      cwd: repoRoot,
      env: { ...DEMO_SITE_IDENTITY, ...astroEnvironment(), ...options.env, PUBLIC_API_URL: options.apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output = (output + d.toString()).slice(-20_000);
    });
    child.stderr.on('data', (d: Buffer) => {
      output = (output + d.toString()).slice(-20_000);
    });
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0
        ? done({ outDir, milliseconds: Date.now() - started })
        : fail(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}
