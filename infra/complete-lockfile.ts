/**
 * `node infra/complete-lockfile.ts`: puts back the lockfile entries of platform binaries
 * this project's registry does not serve (other operating systems' builds of Biome and
 * the Astro compiler). `npm install` drops optional packages it cannot fetch, and then
 * `npm ci` refuses the lockfile ("Missing: … from lock file"). Each entry names its
 * os/cpu/libc, so npm skips it on every other platform and never fetches it here.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const PLATFORM_PACKAGE =
  /^@(?:biomejs\/cli|astrojs\/compiler-binding)-([a-z0-9]+)-([a-z0-9]+)(?:-(gnu|musl|msvc))?$/;

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const parent of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
    const match = PLATFORM_PACKAGE.exec(name);
    const key = `node_modules/${name}`;
    if (!match || lock.packages[key]) continue;
    const [, os = '', cpu = '', libc] = match;
    const entry: LockEntry = { version, dev: parent.dev ?? false, optional: true };
    if (os === 'wasm32') entry.cpu = ['wasm32'];
    else Object.assign(entry, { os: [os], cpu: [cpu] });
    if (libc === 'gnu' || libc === 'musl') entry.libc = [libc === 'gnu' ? 'glibc' : 'musl'];
    lock.packages[key] = entry;
    added.push(name);
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `Added ${added.length} platform entries: ${added.join(', ')}` : 'The lockfile is complete.',
);
