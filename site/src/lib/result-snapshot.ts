/**
 * The published results a build shows (issue #22 item 6: an incremental publication reads
 * only what changed). Without SITE_INCREMENTAL_DIR (the dev server, a plain build) every
 * result is read from `/v1/results?council=`, every page. With it (site/incremental-publish.ts),
 * the last publication's results are kept in `<dir>/results/snapshot.json`, as the API served
 * them, and a build reads only the results the pending changes name (`<dir>/changes/*.json`,
 * the Pipe's batches: shared/published-changes.ts), one `GET /v1/results/{code}` each,
 * merged into the snapshot: replaced, added, or dropped when the API answers 404.
 *
 * Every result is read again, as before, when there is no snapshot, when the site's code
 * changed, or when the reference data or the council directory changed (names a result
 * shows). Meetings (read in full anyway, for the year before the build and ahead): a result
 * whose meeting is shown otherwise than the snapshot has it, or is no longer published, is
 * read again alone, as are the results naming a meeting the changes name; a changed meeting
 * no result shows may be newly published for results that did not show it, so its council's
 * results are read again (every result when the meeting is not among those read).
 *
 * The new snapshot goes to `<dir>/results/next.json` with the change files it consumed; the
 * publisher makes it the snapshot and deletes those files only once the publication is done.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANGES_FOLDER, changedKeys, type PublishedChange } from '../../../shared/published-changes.ts';
import { PublishedResult, ResultsPage } from '../../../shared/schemas/publication.ts';
import { getAllPages, getJson, getJsonIfFound } from './api.ts';
import type { PublicMeeting } from './schemas.ts';

export const RESULTS_FOLDER = 'results';
export const SNAPSHOT_FILE = 'snapshot.json';
const NEXT_SNAPSHOT_FILE = 'next.json';
const NEXT_PUBLICATION_FILE = 'next-publication.json';

export interface ResultSnapshot {
  /** The site's code version (SITE_CODE_VERSION). */
  code: string;
  /** A digest of the reference data and the council directory the results were read with. */
  depends: string;
  /** Newest first. */
  results: PublishedResult[];
}

/**
 * What a build leaves for the publisher beside the new snapshot (a file of its own, so the
 * publisher need not read every result back): the change files it covers, and how it read.
 */
export interface NextPublication {
  consumed: string[];
  /** How the results were read: every one (and why), or only those changed. */
  read: { all: true; reason: string } | { all: false; codes: number; councils: number };
}

const newestFirst = (a: PublishedResult, b: PublishedResult) =>
  b.publishedAt.localeCompare(a.publishedAt) || a.code.localeCompare(b.code);

async function readCouncilResults(councilId: string): Promise<PublishedResult[]> {
  return getAllPages(`/v1/results?council=${encodeURIComponent(councilId)}&limit=100`, (path) =>
    getJson(path, ResultsPage),
  );
}

async function readAll(councilIds: readonly string[]): Promise<PublishedResult[]> {
  return (await Promise.all(councilIds.map(readCouncilResults))).flat();
}

/** The pending change files (sorted by name), and the changes they hold. */
export function pendingChanges(dir: string): { files: string[]; changes: PublishedChange[] } {
  const folder = join(dir, CHANGES_FOLDER);
  if (!existsSync(folder)) return { files: [], changes: [] };
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const changes = files.flatMap((f) => {
    const batch = JSON.parse(readFileSync(join(folder, f), 'utf8')) as PublishedChange | PublishedChange[];
    return Array.isArray(batch) ? batch : [batch];
  });
  return { files, changes };
}

function readSnapshot(dir: string): ResultSnapshot | undefined {
  const file = join(dir, RESULTS_FOLDER, SNAPSHOT_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ResultSnapshot) : undefined;
}

export const dependsDigest = (...data: unknown[]) =>
  createHash('sha1').update(JSON.stringify(data)).digest('base64url');

/** At most `width` requests at a time. */
async function inBatches<T, R>(items: readonly T[], width: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width)
    out.push(...(await Promise.all(items.slice(i, i + width).map(f))));
  return out;
}

/**
 * Of the snapshot, what must be read again: the codes alone, the councils in full, or
 * everything (a reason).
 */
export function toReadAgain(input: {
  snapshot: ResultSnapshot | undefined;
  code: string;
  depends: string;
  changes: readonly PublishedChange[];
  meetings: readonly PublicMeeting[];
  /** The first day of the meetings read (YYYY-MM-DD): an older meeting is not among them. */
  meetingsFrom: string;
}): { all: string } | { codes: Set<string>; councils: Set<string> } {
  const { snapshot } = input;
  if (!snapshot) return { all: 'no snapshot' };
  if (snapshot.code !== input.code) return { all: 'another code version' };
  if (snapshot.depends !== input.depends) return { all: 'reference data or council directory changed' };
  const changed = changedKeys(input.changes);
  const codes = new Set(changed.petitions);
  const councils = new Set<string>();
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const naming = new Map<string, PublishedResult[]>();
  for (const result of snapshot.results) {
    if (!result.meeting) continue;
    const shown = result.meeting;
    const named = naming.get(shown.id);
    if (named) named.push(result);
    else naming.set(shown.id, [result]);
    const meeting = meetings.get(shown.id);
    const stale = meeting
      ? meeting.title !== shown.name || meeting.startsAt !== shown.startsAt
      : shown.startsAt.slice(0, 10) >= input.meetingsFrom;
    if (stale) codes.add(result.code);
  }
  for (const id of changed.meetings) {
    const named = naming.get(id);
    if (named) for (const result of named) codes.add(result.code);
    else {
      const meeting = meetings.get(id);
      if (!meeting) return { all: 'a meeting no result shows changed, outside the meetings read' };
      councils.add(meeting.councilId);
    }
  }
  return { codes, councils };
}

/**
 * The published results of `councilIds`, newest first. `depends` is what they are named from
 * (the reference data and council directory as read); `meetings` the meetings read (only
 * awaited in an incremental build).
 */
export async function readPublishedResults(input: {
  councilIds: readonly string[];
  depends: readonly unknown[];
  meetings: Promise<readonly PublicMeeting[]>;
  meetingsFrom: string;
  env?: Record<string, string | undefined>;
}): Promise<PublishedResult[]> {
  const env = input.env ?? process.env;
  const dir = env.SITE_INCREMENTAL_DIR;
  if (!dir) return (await readAll(input.councilIds)).sort(newestFirst);
  const code = env.SITE_CODE_VERSION ?? '';
  const depends = dependsDigest(input.councilIds, ...input.depends);
  const pending = pendingChanges(dir);
  const snapshot = readSnapshot(dir);
  const plan = toReadAgain({
    snapshot,
    code,
    depends,
    changes: pending.changes,
    meetings: await input.meetings,
    meetingsFrom: input.meetingsFrom,
  });
  let results: PublishedResult[];
  let read: NextPublication['read'];
  if ('all' in plan || !snapshot) {
    results = await readAll(input.councilIds);
    read = { all: true, reason: 'all' in plan ? plan.all : 'no snapshot' };
  } else {
    const councils = [...plan.councils].filter((c) => input.councilIds.includes(c));
    const codes = [...plan.codes];
    const [ofCouncils, found] = await Promise.all([
      readAll(councils),
      inBatches(codes, 16, (c) => getJsonIfFound(`/v1/results/${encodeURIComponent(c)}`, PublishedResult)),
    ]);
    const byCode = new Map(
      snapshot.results.filter((r) => !councils.includes(r.council.id)).map((r) => [r.code, r]),
    );
    for (const r of ofCouncils) byCode.set(r.code, r);
    codes.forEach((c, i) => {
      const result = found[i];
      if (result && input.councilIds.includes(result.council.id)) byCode.set(c, result);
      else byCode.delete(c);
    });
    results = [...byCode.values()];
    read = { all: false, codes: codes.length, councils: councils.length };
  }
  results.sort(newestFirst);
  const next: ResultSnapshot = { code, depends, results };
  const publication: NextPublication = { consumed: pending.files, read };
  mkdirSync(join(dir, RESULTS_FOLDER), { recursive: true });
  writeFileSync(join(dir, RESULTS_FOLDER, NEXT_SNAPSHOT_FILE), JSON.stringify(next));
  writeFileSync(join(dir, RESULTS_FOLDER, NEXT_PUBLICATION_FILE), JSON.stringify(publication));
  return results;
}

/** Before a build: what an earlier build left and no publication adopted (it failed) goes. */
export function clearNextSnapshot(dir: string): void {
  for (const file of [NEXT_SNAPSHOT_FILE, NEXT_PUBLICATION_FILE])
    rmSync(join(dir, RESULTS_FOLDER, file), { force: true });
}

/**
 * Once a publication is in place: the build's next snapshot becomes the snapshot, and the
 * change files it covered are deleted (site/incremental-publish.ts). Gives what it covered.
 */
export function adoptNextSnapshot(dir: string): NextPublication {
  const results = join(dir, RESULTS_FOLDER);
  const next = JSON.parse(readFileSync(join(results, NEXT_PUBLICATION_FILE), 'utf8')) as NextPublication;
  renameSync(join(results, NEXT_SNAPSHOT_FILE), join(results, SNAPSHOT_FILE));
  rmSync(join(results, NEXT_PUBLICATION_FILE));
  for (const file of next.consumed) rmSync(join(dir, CHANGES_FOLDER, file), { force: true });
  return next;
}
