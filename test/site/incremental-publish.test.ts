/**
 * DESIGN §7: changing one published result rebuilds the pages and files that show it and
 * nothing else, uploads only what changed, and leaves the site exactly as a full build of
 * the same data would have it; a publication with nothing changed uploads nothing. Issue
 * #22 item 6: publishing one new result redraws its own pages, the first and newest
 * numbered page of each listing it is on, never the older numbered pages, and again leaves
 * the site byte for byte as a full build of the same data; a result no longer published has its
 * pages removed. Each publication reads only the results the pending change files name (as the
 * workflow writes them).
 *
 * Every Astro build costs tens of seconds, so only what needs a drawn site is proven here: the
 * rules of what a publication reads (the fallbacks to reading every result, a renamed meeting,
 * a changed meeting no result shows, …) are test/site/published-results-reads.test.ts's, on
 * the data a build reads, without a build. The publications run once, in beforeAll, each after
 * the last: an incremental publication is by definition relative to the one before it, so the
 * chain is what is under test; the tests only read its outcome, in any order.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPublishedResults } from '../../infra/local/bulk-results.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import type { RunningServer } from '../../infra/local/http-server.ts';
import { buildSite } from '../../infra/local/site-build.ts';
import {
  CHANGES_FOLDER,
  changeFileName,
  type PublishedChange,
  publishedChangeOf,
} from '../../shared/published-changes.ts';
import { ResultsPage } from '../../shared/schemas/publication.ts';
import { sitePaths } from '../../shared/ui/routes.ts';
import { type Publication, publishSite } from '../../site/incremental-publish.ts';
import type { SeededPublicApi } from './support/public-app.ts';
import {
  type CountedResultReads,
  type ResultReads,
  type ServedResults,
  serveCountedResults,
} from './support/result-reads.ts';

const NEW_TEXT = 'Văn bản trả lời đã được đính chính: công trình khởi công vào tháng Ba.';
const code = DEMO_CODES.answered;

let api: SeededPublicApi;
let server: RunningServer;
let work: string;
let before: Map<string, Buffer>;
let first: Publication;
let change: Publication;
let nothing: Publication;
let full: Map<string, Buffer>;
let afterChange: Map<string, Buffer>;
let beforeAdding: Map<string, Buffer>;
let added: Publication;
let fullAfterAdding: Map<string, Buffer>;
/** The live folder right after the new result's publication (later publications change it). */
let liveAfterAdding: Map<string, Buffer>;
/** Counts the builds' reads of results (support/result-reads.ts). */
let counted: CountedResultReads;
let served: ServedResults;
/** What each publication read of the results. */
const readBy = new Map<Publication, ResultReads>();
let site: { apiUrl: string; liveDir: string; stateDir: string };
let newCode: string;
let unpublished: Publication;
let unpublishedCode: string;
/** The live folder right after the unpublished result's publication. */
let liveAfterUnpublishing: Map<string, Buffer>;

/**
 * What the workflow writes before it starts the build: the Pipe's batch (one change per
 * stream record, shared/published-changes.ts), as a file of the state's changes folder.
 */
function recordChanges(records: { pk: string; sk: string; eventName: string }[]): string {
  const batch: PublishedChange[] = records.map(({ pk, sk, eventName }) =>
    publishedChangeOf({ eventName, dynamodb: { Keys: { pk: { S: pk }, sk: { S: sk } } } }),
  );
  const name = changeFileName(randomUUID());
  mkdirSync(join(site.stateDir, CHANGES_FOLDER), { recursive: true });
  writeFileSync(join(site.stateDir, CHANGES_FOLDER, name), JSON.stringify(batch));
  return name;
}
const petitionChanged = (c: string, eventName = 'MODIFY') => ({
  pk: `PETITION#${c}`,
  sk: 'PUB#PETITION',
  eventName,
});

async function publishCounted(): Promise<Publication> {
  const { value: publication, reads } = await counted.during(() => publishSite(site));
  readBy.set(publication, reads);
  return publication;
}

async function publishedCodes(council: string): Promise<string[]> {
  const res = await api.app.request(`/v1/results?council=${council}&limit=100`);
  return ResultsPage.parse(await res.json()).items.map((r) => r.code);
}

/**
 * Feeds and export files carry the build's instant (a feed's first <updated>, a file's
 * generatedAt), which is not what they show: a file not redrawn keeps its earlier one.
 */
function withoutInstant(bytes: Buffer): string {
  return bytes
    .toString('utf8')
    .replace(/"generatedAt": ?"[^"]*"/g, '')
    .replace(/<updated>[^<]*<\/updated>/, '');
}
const sameButInstant = (a: Buffer | undefined, b: Buffer) =>
  a !== undefined && withoutInstant(a) === withoutInstant(b);

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [`/${relative(dir, path).split(sep).join('/')}`, readFileSync(path)] as const;
      }),
  );
}

beforeAll(async () => {
  // 48 results: the listing has numbered pages 1–3, the filter listings pages of their own.
  served = await serveCountedResults('incremental-site', 45);
  ({ api, counted, server, work } = served);
  site = { apiUrl: server.url, liveDir: join(work, 'live'), stateDir: join(work, 'state') };
  first = await publishCounted();
  before = snapshot(site.liveDir);

  const petition = (await api.database.repos.petitions.get(code))!;
  const changed = { ...petition, answer: { ...petition.answer!, text: NEW_TEXT } };
  await api.database.db.doc.send(new PutCommand(api.database.repos.petitions.petitionPut(changed).Put!));
  await api.database.db.doc.send(new PutCommand(api.database.repos.petitions.textPut(changed).Put!));
  recordChanges([petitionChanged(code), { ...petitionChanged(code), sk: 'PUB#PETITION#TEXT' }]);
  change = await publishCounted();
  afterChange = snapshot(site.liveDir);
  nothing = await publishCounted();
  full = snapshot((await buildSite({ apiUrl: server.url, outDir: join(work, 'full') })).outDir);

  beforeAdding = snapshot(site.liveDir);
  const codesBefore = await publishedCodes('hau-giang');
  await addPublishedResults(api.database.repos, 1, { now: api.now, prefix: 'NEW2P' });
  newCode = (await publishedCodes('hau-giang')).find((c) => !codesBefore.includes(c))!;
  recordChanges([petitionChanged(newCode, 'INSERT')]);
  added = await publishCounted();
  liveAfterAdding = snapshot(site.liveDir);
  const after = await buildSite({ apiUrl: server.url, outDir: join(work, 'full-after') });
  fullAfterAdding = snapshot(after.outDir);

  // Unpublished: its petition leaves the published index (the stream's OldImage had it).
  unpublishedCode = codesBefore.find((c) => c.startsWith('GEN2P'))!;
  const leaving = (await api.database.repos.petitions.get(unpublishedCode))!;
  await api.database.db.doc.send(
    new PutCommand(api.database.repos.petitions.petitionPut({ ...leaving, publishedAt: undefined }).Put!),
  );
  recordChanges([petitionChanged(unpublishedCode)]);
  unpublished = await publishCounted();
  liveAfterUnpublishing = snapshot(site.liveDir);
}, 900_000);

afterAll(async () => {
  await served?.close();
});

describe('publishing one changed result', () => {
  it('first draws every page (no state yet)', () => {
    expect(first.drawn.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    expect(first.written.length).toBe(first.drawn.length);
  });

  it('draws only a few pages, its own among them', () => {
    const pages = change.drawn.filter((f) => f.endsWith('index.html') && !f.startsWith('/quan-ly/'));
    expect(pages).toContain(`${sitePaths.result('vi', code)}index.html`);
    expect(pages).toContain(`${sitePaths.result('en', code)}index.html`);
    expect(pages.length).toBeLessThan(first.drawn.length / 5);
  });

  it('writes exactly the pages whose bytes a full build changes, leaving every other file byte-identical', () => {
    const live = afterChange;
    const html = (files: Iterable<string>) => [...files].filter((f) => f.endsWith('.html')).sort();
    const differ = html(full.keys()).filter((f) => !before.get(f)?.equals(full.get(f)!));
    expect(html(change.written)).toEqual(differ);
    for (const file of html(full.keys())) expect(live.get(file)?.equals(full.get(file)!), file).toBe(true);
    for (const [file, bytes] of before) {
      if (change.removed.includes(file)) expect(live.has(file) || full.has(file), file).toBe(false);
      else if (!change.written.includes(file)) expect(live.get(file)?.equals(bytes), file).toBe(true);
    }
  });

  it('rewrites every feed, export and index file that shows the change, and only files that show it', () => {
    const live = afterChange;
    const showing = [...full].filter(([, bytes]) => bytes.includes(NEW_TEXT)).map(([file]) => file);
    expect(showing.some((f) => f.startsWith('/nguon-tin/'))).toBe(true);
    expect(showing.some((f) => f.startsWith('/du-lieu-mo/'))).toBe(true);
    for (const file of showing) {
      expect(change.written, file).toContain(file);
      expect(live.get(file)?.includes(NEW_TEXT), file).toBe(true);
    }
    const data = change.written.filter((f) => !f.endsWith('.html'));
    for (const file of data.filter((f) => !f.startsWith('/tim-kiem/chi-muc/'))) {
      expect(showing, file).toContain(file);
    }
  });

  it('reads that result alone, and consumes its change file', () => {
    expect(readBy.get(change)).toEqual({ pages: 0, single: [code] });
    expect(change.consumedChanges).toHaveLength(1);
  });

  it('uploads nothing when nothing changed, having read no result', () => {
    expect(readBy.get(nothing)).toEqual({ pages: 0, single: [] });
    expect(nothing.written).toEqual([]);
    expect(nothing.removed).toEqual([]);
    expect(
      nothing.drawn.filter((f) => f.endsWith('.html') && !f.startsWith('/quan-ly/')).length,
    ).toBeLessThan(5);
  });
});

describe('publishing a result no longer published', () => {
  it('reads it alone (a 404), removes its pages, and leaves no file that shows it', () => {
    expect(readBy.get(unpublished)).toEqual({ pages: 0, single: [unpublishedCode] });
    for (const locale of ['vi', 'en'] as const)
      expect(unpublished.removed).toContain(`${sitePaths.result(locale, unpublishedCode)}index.html`);
    const showing = [...liveAfterUnpublishing].filter(
      ([, bytes]) => bytes.includes(unpublishedCode) || bytes.includes(unpublishedCode.toLowerCase()),
    );
    expect(showing.map(([file]) => file)).toEqual([]);
  });
});

describe('publishing one new result', () => {
  const html = (files: Iterable<string>) =>
    [...files].filter((f) => f.endsWith('.html') && !f.startsWith('/quan-ly/')).sort();

  it('draws its pages, and of each listing only the first and the newest numbered page', () => {
    const pages = html(added.drawn);
    const newCode = [...fullAfterAdding.keys()]
      .filter((f) => !beforeAdding.has(f) && /^\/ket-qua\/new2p[a-z0-9]+\/index\.html$/.test(f))
      .map((f) => f.split('/')[2]!);
    expect(newCode).toHaveLength(1);
    expect(pages).toContain(`/ket-qua/${newCode[0]}/index.html`);
    expect(pages).toContain(`/en/results/${newCode[0]}/index.html`);
    expect(pages).toContain('/ket-qua/index.html');
    // 49 results: the newest numbered page is 3 (page 1 the oldest 20, page 2 the next 20).
    expect(pages).toContain('/ket-qua/trang/3/index.html');
    expect(pages).not.toContain('/ket-qua/trang/1/index.html');
    expect(pages).not.toContain('/ket-qua/trang/2/index.html');
    expect(pages).not.toContain('/en/results/page/1/index.html');
    expect(pages.length).toBeLessThan(first.drawn.length / 5);
  });

  it('leaves every page byte for byte, and every other file but for its build instant, as a full build of the same data', () => {
    const live = liveAfterAdding;
    const pages = html(fullAfterAdding.keys());
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) expect(live.get(file)?.equals(fullAfterAdding.get(file)!), file).toBe(true);
    const differing = [...fullAfterAdding].filter(([file, bytes]) => !sameButInstant(live.get(file), bytes));
    expect(differing.map(([file]) => file)).toEqual([]);
    const extra = [...live.keys()].filter((file) => !fullAfterAdding.has(file));
    expect(extra).toEqual([]);
  });

  it('reads that result alone, none of the others, and no list of results', () => {
    expect(readBy.get(added)).toEqual({ pages: 0, single: [newCode] });
    expect(added.resultsRead).toEqual({ all: false, codes: 1, councils: 0 });
    expect(added.consumedChanges).toHaveLength(1);
    expect(readdirSync(join(site.stateDir, CHANGES_FOLDER))).toEqual([]);
  });

  it("uploads of the search index only its new result's shards and the last chunk (documents numbered oldest first)", () => {
    const chunks = added.written.filter((f) => f.startsWith('/tim-kiem/chi-muc/d/'));
    const last = Math.max(
      ...[...fullAfterAdding.keys()]
        .filter((f) => f.startsWith('/tim-kiem/chi-muc/d/'))
        .map((f) => Number(f.split('/').at(-1)!.replace('.json', ''))),
    );
    expect(chunks).toEqual([`/tim-kiem/chi-muc/d/${last}.json`]);
    const shards = added.written.filter((f) => f.startsWith('/tim-kiem/chi-muc/t/'));
    expect(shards.length).toBeGreaterThan(0);
    // Every shard uploaded holds the new document or one dated after it (numbered after it: a
    // posting list's gaps add up to its last document); nothing older shifts.
    const json = (file: string) => JSON.parse(fullAfterAdding.get(file)!.toString('utf8'));
    const documents = [...fullAfterAdding.keys()]
      .filter((f) => f.startsWith('/tim-kiem/chi-muc/d/'))
      .sort((a, b) => Number(a.match(/(\d+)\.json$/)![1]) - Number(b.match(/(\d+)\.json$/)![1]))
      .flatMap((f) => json(f) as { i: string }[]);
    const itsNumber = documents.findIndex((d) => d.i.startsWith('NEW2P'));
    expect(itsNumber).toBeGreaterThan(documents.length - 17);
    const lastDocument = (postings: number[]) =>
      postings.filter((_, k) => k % 3 === 0).reduce((a, b) => a + b, 0);
    for (const file of shards) {
      const terms = Object.values(json(file) as Record<string, number[]>);
      expect(
        terms.some((postings) => lastDocument(postings) >= itsNumber),
        file,
      ).toBe(true);
    }
  });

  it('uploads the files that show the new result, and only files whose bytes changed', () => {
    const showing = [...fullAfterAdding].filter(
      ([file, bytes]) => !sameButInstant(beforeAdding.get(file), bytes),
    );
    expect(showing.length).toBeGreaterThan(0);
    for (const [file] of showing) expect(added.written, file).toContain(file);
    const live = liveAfterAdding;
    for (const file of added.written)
      expect(beforeAdding.get(file)?.equals(live.get(file)!), file).not.toBe(true);
    expect(added.removed).toEqual([]);
  });
});
