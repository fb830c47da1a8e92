/**
 * Publishes the site incrementally (DESIGN §7: a change rebuilds what it touched): an Astro
 * build with SITE_INCREMENTAL_DIR set draws only the pages and files whose data changed
 * since the last publication (src/lib/incremental.ts), into a staging folder; what differs
 * from the live folder is copied there, the files of entries that are gone are deleted,
 * and the lists of both are what to upload and to remove (S3 on AWS). With no state, or
 * another code version, every page is drawn: the first publication and the nightly full
 * build (`full: true`, which also deletes live files no build writes any more).
 *
 * What the build reads: the results the pending change files name, merged into the last
 * publication's results (src/lib/result-snapshot.ts), or every result when that cannot be
 * trusted. The change files it consumed are deleted once the publication is in place (on
 * AWS the caller deletes them from the bucket after the upload: `changes` of the CLI's JSON).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { buildSite } from '../infra/local/site-build.ts';
import { NEXT_FOLDER, type RouteManifest, STATE_FOLDER } from './src/lib/incremental.ts';
import {
  adoptNextSnapshot,
  clearNextSnapshot,
  type NextPublication,
  RESULTS_FOLDER,
  SNAPSHOT_FILE,
} from './src/lib/result-snapshot.ts';

export interface Publication {
  /** Files the build drew (site-relative, "/ket-qua/abc/index.html"). */
  drawn: string[];
  /** Files copied into the live folder because their bytes changed (or are new): the upload. */
  written: string[];
  /** Files deleted from the live folder: the removal. */
  removed: string[];
  milliseconds: number;
  /** Of which the Astro build (data reading, digests and drawing). */
  buildMilliseconds: number;
  /** The change files (`<state>/changes/`) this publication covered, now deleted there. */
  consumedChanges: string[];
  /** How the results were read: every one (and why), or only the changed ones. */
  resultsRead: NextPublication['read'];
}

const REPOSITORY_ROOT = join(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .sort();
}

/**
 * The site's code (its sources and shared/, not their READMEs or tests): another version
 * draws every page again.
 */
export function siteCodeVersion(root = REPOSITORY_ROOT): string {
  const hash = createHash('sha1');
  for (const folder of ['site/src', 'site/public', 'shared']) {
    for (const file of filesUnder(join(root, folder))) {
      if (file.endsWith('.test.ts') || file.endsWith('.md')) continue;
      hash
        .update(`${folder}${file}\0`)
        .update(readFileSync(join(root, folder, file)))
        .update('\0');
    }
  }
  hash.update(readFileSync(join(root, 'site', 'astro.config.ts')));
  return hash.digest('base64url');
}

/** The served copy when it is a local folder. */
export interface LiveCopy {
  holds(file: string): boolean;
  /** Every file it holds: only a full build lists them (an incremental one costs its changes). */
  list(): readonly string[];
}

export const liveFolder = (dir: string): LiveCopy => ({
  holds: (file) => existsSync(join(dir, file)),
  list: () => filesUnder(dir),
});

/**
 * The files to delete from the live copy: a full build's, every live file no build writes
 * (neither drawn nor kept by a manifest); an incremental one's, the files of entries that
 * are gone and that no entry still has. With `live` (a local live copy), only those it
 * holds; without (the copy is remote), every one, for the caller to delete there.
 */
export function filesToRemove(input: {
  manifests: readonly Pick<RouteManifest, 'files' | 'removed'>[];
  drawn: readonly string[];
  full: boolean;
  live?: LiveCopy;
}): string[] {
  const kept = new Set(input.manifests.flatMap((m) => Object.keys(m.files)));
  const drawn = new Set(input.drawn);
  if (input.full) return (input.live?.list() ?? []).filter((file) => !drawn.has(file) && !kept.has(file));
  const gone = [...new Set(input.manifests.flatMap((m) => m.removed))].filter((file) => !kept.has(file));
  const { live } = input;
  return live ? gone.filter((file) => live.holds(file)) : gone;
}

const sameBytes = (a: string, b: string) => existsSync(b) && readFileSync(a).equals(readFileSync(b));

export async function publishSite(options: {
  apiUrl: string;
  /** The folder the site is served from (the bucket's copy). */
  liveDir: string;
  /** Where the digests of the last publication are kept (not served). */
  stateDir: string;
  full?: boolean;
  /**
   * The served copy is elsewhere (the S3 bucket, on AWS): `liveDir` starts empty, so every
   * file drawn is to upload, and `removed` lists every file an entry that is gone had,
   * for the caller to delete there (nothing is deleted here). A full build's stale files
   * are the caller's to find (`aws s3 sync --delete`).
   */
  remote?: boolean;
  env?: Record<string, string>;
}): Promise<Publication> {
  const started = performance.now();
  const { liveDir, stateDir } = options;
  const results = join(stateDir, RESULTS_FOLDER);
  if (options.full) {
    rmSync(join(stateDir, STATE_FOLDER), { recursive: true, force: true });
    rmSync(join(results, SNAPSHOT_FILE), { force: true });
  }
  rmSync(join(stateDir, NEXT_FOLDER), { recursive: true, force: true });
  clearNextSnapshot(stateDir);
  const staging = mkdtempSync(join(tmpdir(), 'hdnd-site-staging-'));
  try {
    const build = await buildSite({
      apiUrl: options.apiUrl,
      outDir: staging,
      env: { ...options.env, SITE_INCREMENTAL_DIR: stateDir, SITE_CODE_VERSION: siteCodeVersion() },
    });
    const drawn = filesUnder(staging);
    const written = drawn.filter((file) => !sameBytes(join(staging, file), join(liveDir, file)));
    for (const file of written) {
      mkdirSync(dirname(join(liveDir, file)), { recursive: true });
      copyFileSync(join(staging, file), join(liveDir, file));
    }
    const manifests = readdirSync(join(stateDir, NEXT_FOLDER)).map(
      (name) => JSON.parse(readFileSync(join(stateDir, NEXT_FOLDER, name), 'utf8')) as RouteManifest,
    );
    const removed = filesToRemove({
      manifests,
      drawn,
      full: options.full ?? false,
      ...(options.remote ? {} : { live: liveFolder(liveDir) }),
    });
    if (!options.remote) for (const file of removed) rmSync(join(liveDir, file));
    rmSync(join(stateDir, STATE_FOLDER), { recursive: true, force: true });
    renameSync(join(stateDir, NEXT_FOLDER), join(stateDir, STATE_FOLDER));
    const next = adoptNextSnapshot(stateDir);
    return {
      drawn,
      written,
      removed,
      milliseconds: performance.now() - started,
      buildMilliseconds: build.milliseconds,
      consumedChanges: next.consumed,
      resultsRead: next.read,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 *   node site/incremental-publish.ts <live folder> <state folder> [--full] [--remote]
 * with PUBLIC_API_URL set: publishes, then prints what to upload and what to remove (JSON).
 * `--remote`: the served copy is the S3 bucket (the AWS site build, infra/lib/site-build-spec.ts).
 */
if (import.meta.main) {
  const [liveDir, stateDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!liveDir || !stateDir || !process.env.PUBLIC_API_URL) {
    console.error('Usage: PUBLIC_API_URL=… node site/incremental-publish.ts <live> <state> [--full]');
    process.exit(2);
  }
  const publication = await publishSite({
    apiUrl: process.env.PUBLIC_API_URL,
    liveDir,
    stateDir,
    full: process.argv.includes('--full'),
    remote: process.argv.includes('--remote'),
  });
  console.log(
    JSON.stringify({
      upload: publication.written,
      remove: publication.removed,
      changes: publication.consumedChanges,
    }),
  );
  console.error(
    `${publication.drawn.length} files drawn, ${publication.written.length} to upload, ` +
      `${publication.removed.length} to remove, in ${(publication.milliseconds / 1000).toFixed(1)} s; ` +
      `results read: ${JSON.stringify(publication.resultsRead)}`,
  );
}
