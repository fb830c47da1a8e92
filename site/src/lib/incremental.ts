/**
 * Incremental builds (DESIGN §7: a change rebuilds what it touched). With
 * SITE_INCREMENTAL_DIR set, each route's getStaticPaths passes its entries through
 * `onlyChanged`: an entry is built only when the digest of what it shows differs from the
 * last build's (state/<route>.json), or is new. The new digests and the files whose entry
 * is gone are written to next/<route>.json for the publisher (site/incremental-publish.ts),
 * which copies what changed into the live folder and makes next/ the state. Without the
 * variable every entry is built, as the nightly full build does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from './page-digest.ts';

/** What a route leaves for the publisher: every file it would write, by digest, and those gone. */
export interface RouteManifest {
  /** The build's code version (site sources and shared/): another one rebuilds everything. */
  code: string;
  files: Record<string, string>;
  removed: string[];
}

export const STATE_FOLDER = 'state';
export const NEXT_FOLDER = 'next';

const manifestFile = (dir: string, folder: string, route: string) => join(dir, folder, `${route}.json`);

function previousManifest(dir: string, route: string, code: string): Record<string, string> {
  const file = manifestFile(dir, STATE_FOLDER, route);
  if (!existsSync(file)) return {};
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as RouteManifest;
  return manifest.code === code ? manifest.files : {};
}

/**
 * The entries of `route` to build: all of them in a full build; in an incremental one,
 * those whose file (`fileOf`, the path under the site root) shows other data than before.
 * What a file shows is its props unless `shows` says otherwise (a feed without the build's
 * instant, an export file by the results it holds).
 */
export function onlyChanged<E extends { props: unknown }>(
  route: string,
  entries: readonly E[],
  fileOf: (entry: E) => string,
  env: Record<string, string | undefined> = process.env,
  shows: (entry: E) => unknown = (entry) => entry.props,
): E[] {
  const dir = env.SITE_INCREMENTAL_DIR;
  if (!dir) return [...entries];
  const code = env.SITE_CODE_VERSION ?? '';
  const before = previousManifest(dir, route, code);
  const files: Record<string, string> = {};
  const changed = entries.filter((entry) => {
    const file = fileOf(entry);
    files[file] = digest(shows(entry));
    return before[file] !== files[file];
  });
  const removed = Object.keys(before).filter((file) => !(file in files));
  mkdirSync(join(dir, NEXT_FOLDER), { recursive: true });
  const manifest: RouteManifest = { code, files, removed };
  writeFileSync(manifestFile(dir, NEXT_FOLDER, route), JSON.stringify(manifest));
  return changed;
}
