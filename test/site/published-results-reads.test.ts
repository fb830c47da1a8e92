/**
 * Issue #22 item 6, at the level of the data (no Astro build): what an incremental
 * publication reads of the published results. They are read as a build reads them
 * (readPublishedResults, with the inputs site/src/lib/site-data.ts gives it, over HTTP from
 * the public API on DynamoDB Local, through a proxy that counts the reads of results); each
 * publication's next snapshot is then adopted as the publisher does (adoptNextSnapshot). Only the results the recorded changes name are
 * read, merged into the last publication's; every result when that snapshot cannot be
 * trusted; and either way the results are those a plain read (no snapshot) gives.
 * What the site draws of them is test/site/incremental-publish.test.ts's.
 *
 * Each test starts from a state of its own (one read of every result, adopted), so none
 * depends on another's publication or on their order.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPublishedResults } from '../../infra/local/bulk-results.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import type { RunningServer } from '../../infra/local/http-server.ts';
import { CHANGES_FOLDER, changeFileName, publishedChangeOf } from '../../shared/published-changes.ts';
import { CouncilDirectory, type PublishedResult } from '../../shared/schemas/publication.ts';
import type { NextPublication } from '../../site/src/lib/result-snapshot.ts';
import { type PublicMeeting, Reference } from '../../site/src/lib/schemas.ts';
import type { SeededPublicApi } from './support/public-app.ts';
import {
  type CountedResultReads,
  type ResultReads,
  type ServedResults,
  serveCountedResults,
} from './support/result-reads.ts';

type ApiModule = typeof import('../../site/src/lib/api.ts');
type SiteDataModule = typeof import('../../site/src/lib/site-data.ts');
type SnapshotModule = typeof import('../../site/src/lib/result-snapshot.ts');

const code = DEMO_CODES.answered;
const MEETING_ID = 'hl-txct-sau-kh11-van-nham';

let api: SeededPublicApi;
let server: RunningServer;
let work: string;
let siteApi: ApiModule;
let siteData: SiteDataModule;
let snapshots: SnapshotModule;
let councilCount: number;
/** Counts the reads of results through the proxy (support/result-reads.ts). */
let counted: CountedResultReads;
let served: ServedResults;
const apiUrlBefore = process.env.PUBLIC_API_URL;

interface DataPublication {
  results: PublishedResult[];
  read: NextPublication['read'];
  consumed: string[];
  /** What it read of the results. */
  reads: ResultReads;
}

/**
 * The published results as a build reads them (site-data.ts's read()): with the reference
 * data and council directory they are named from, and the meetings of the year before and
 * ahead. Without `env` (no SITE_INCREMENTAL_DIR) every result, as the dev server reads them.
 */
async function readResults(env: Record<string, string> = {}): Promise<{
  results: PublishedResult[];
  meetings: PublicMeeting[];
}> {
  const [reference, directory] = await Promise.all([
    siteApi.getJson('/v1/reference', Reference),
    siteApi.getJson('/v1/councils', CouncilDirectory),
  ]);
  const from = new Date(Date.now() - siteData.PAST_DAYS * 86_400_000).toISOString().slice(0, 10);
  const meetings = siteData.readMeetings(directory.items, from);
  const results = await snapshots.readPublishedResults({
    councilIds: directory.items.map((c) => c.id),
    depends: [reference, directory],
    meetings,
    meetingsFrom: from,
    env,
  });
  return { results, meetings: await meetings };
}

/** Reads the results as an incremental build in `state` does, then adopts its snapshot. */
async function publishData(state: string, codeVersion = 'v1'): Promise<DataPublication> {
  const { value, reads } = await counted.during(() =>
    readResults({ SITE_INCREMENTAL_DIR: state, SITE_CODE_VERSION: codeVersion }),
  );
  const next = snapshots.adoptNextSnapshot(state);
  return { results: value.results, read: next.read, consumed: next.consumed, reads };
}

/** Every published result, as a build without a snapshot (the dev server, a plain build) reads them. */
async function plainRead(): Promise<PublishedResult[]> {
  return (await readResults()).results;
}

/** A state folder of its own, after a first publication (every result read, adopted). */
async function freshState(): Promise<string> {
  const state = mkdtempSync(join(work, 'state-'));
  expect((await publishData(state)).read).toEqual({ all: true, reason: 'no snapshot' });
  return state;
}

/** What the workflow writes before it starts the build: the Pipe's batch as a change file. */
function recordChanges(state: string, records: { pk: string; sk: string; eventName?: string }[]): void {
  const batch = records.map(({ pk, sk, eventName = 'MODIFY' }) =>
    publishedChangeOf({ eventName, dynamodb: { Keys: { pk: { S: pk }, sk: { S: sk } } } }),
  );
  mkdirSync(join(state, CHANGES_FOLDER), { recursive: true });
  writeFileSync(join(state, CHANGES_FOLDER, changeFileName(randomUUID())), JSON.stringify(batch));
}
const petitionChanged = (c: string, eventName = 'MODIFY') => ({
  pk: `PETITION#${c}`,
  sk: 'PUB#PETITION',
  eventName,
});
const meetingChanged = (id: string) => ({ pk: `MEETING#${id}`, sk: 'MEETING' });

async function renameMeeting(id: string, title: string): Promise<void> {
  const meeting = (await api.database.repos.meetings.get(id))!;
  await api.database.repos.meetings.save(meeting, { ...meeting, title, sequence: meeting.sequence + 1 });
}

beforeAll(async () => {
  // A few results beside the demo's: one council with more than the others.
  served = await serveCountedResults('result-reads', 5);
  ({ api, counted, server, work } = served);
  // Read when the modules load (site/src/lib/api.ts, site-data.ts): set before importing them.
  process.env.PUBLIC_API_URL = server.url;
  siteApi = await import('../../site/src/lib/api.ts');
  siteData = await import('../../site/src/lib/site-data.ts');
  snapshots = await import('../../site/src/lib/result-snapshot.ts');
  // A worker that had loaded api.ts already would read another API: say so rather than miscount.
  expect(siteApi.PUBLIC_API_URL).toBe(server.url);
  councilCount = (await siteApi.getJson('/v1/councils', CouncilDirectory)).items.length;
}, 300_000);

afterAll(async () => {
  if (apiUrlBefore === undefined) delete process.env.PUBLIC_API_URL;
  else process.env.PUBLIC_API_URL = apiUrlBefore;
  await served?.close();
});

describe('what a publication reads of the results', () => {
  it("the first reads every council's results (no snapshot yet), and no single one", async () => {
    const state = mkdtempSync(join(work, 'state-'));
    const first = await publishData(state);
    expect(first.read).toEqual({ all: true, reason: 'no snapshot' });
    expect(first.reads.pages).toBeGreaterThanOrEqual(councilCount);
    expect(first.reads.single).toEqual([]);
    expect(first.results.length).toBeGreaterThanOrEqual(8);
    expect(first.results).toEqual(await plainRead());
  });

  it('one changed result: that result alone, merged into the others; its change file consumed', async () => {
    const state = await freshState();
    const newText = `Văn bản trả lời đã được đính chính (${randomUUID().slice(0, 8)}).`;
    const petition = (await api.database.repos.petitions.get(code))!;
    const changed = { ...petition, answer: { ...petition.answer!, text: newText } };
    await api.database.db.doc.send(new PutCommand(api.database.repos.petitions.petitionPut(changed).Put!));
    await api.database.db.doc.send(new PutCommand(api.database.repos.petitions.textPut(changed).Put!));
    recordChanges(state, [petitionChanged(code), { ...petitionChanged(code), sk: 'PUB#PETITION#TEXT' }]);
    const publication = await publishData(state);
    expect(publication.reads).toEqual({ pages: 0, single: [code] });
    expect(publication.read).toEqual({ all: false, codes: 1, councils: 0 });
    expect(publication.consumed).toHaveLength(1);
    expect(readdirSync(join(state, CHANGES_FOLDER))).toEqual([]);
    expect(JSON.stringify(publication.results.find((r) => r.code === code))).toContain(newText);
    expect(publication.results).toEqual(await plainRead());
  });

  it('nothing changed: no result at all', async () => {
    const state = await freshState();
    const publication = await publishData(state);
    expect(publication.reads).toEqual({ pages: 0, single: [] });
    expect(publication.read).toEqual({ all: false, codes: 0, councils: 0 });
    expect(publication.results).toEqual(await plainRead());
  });

  it('a new result: it alone, and no list of results', async () => {
    const state = await freshState();
    const codesBefore = new Set((await plainRead()).map((r) => r.code));
    await addPublishedResults(api.database.repos, 1, { now: api.now, prefix: 'NEW2P' });
    const newCode = (await plainRead()).map((r) => r.code).find((c) => !codesBefore.has(c))!;
    recordChanges(state, [petitionChanged(newCode, 'INSERT')]);
    const publication = await publishData(state);
    expect(publication.reads).toEqual({ pages: 0, single: [newCode] });
    expect(publication.read).toEqual({ all: false, codes: 1, councils: 0 });
    expect(publication.results.map((r) => r.code)).toContain(newCode);
    expect(publication.results).toEqual(await plainRead());
  });

  it('a result no longer published: it alone (a 404), and it is dropped', async () => {
    const state = await freshState();
    const leavingCode = (await plainRead()).find((r) => r.code.startsWith('GEN2P'))!.code;
    const leaving = (await api.database.repos.petitions.get(leavingCode))!;
    await api.database.db.doc.send(
      new PutCommand(api.database.repos.petitions.petitionPut({ ...leaving, publishedAt: undefined }).Put!),
    );
    recordChanges(state, [petitionChanged(leavingCode)]);
    const publication = await publishData(state);
    expect(publication.reads).toEqual({ pages: 0, single: [leavingCode] });
    expect(publication.results.map((r) => r.code)).not.toContain(leavingCode);
    expect(publication.results).toEqual(await plainRead());
  });

  it('a meeting renamed: only the results that show it are read again, and show its new name', async () => {
    const state = await freshState();
    const showing = (await plainRead()).filter((r) => r.meeting?.id === MEETING_ID).map((r) => r.code);
    expect(showing).toContain(code);
    const title = `Tiếp xúc cử tri sau kỳ họp thứ 11 tại xã Vân Nham (${randomUUID().slice(0, 8)})`;
    await renameMeeting(MEETING_ID, title);
    recordChanges(state, [meetingChanged(MEETING_ID)]);
    const publication = await publishData(state);
    expect(publication.reads).toEqual({ pages: 0, single: showing });
    expect(publication.results.find((r) => r.code === code)?.meeting?.name).toBe(title);
    expect(publication.results).toEqual(await plainRead());
  });

  it('a changed meeting no result shows: its council’s results, and no other', async () => {
    const state = await freshState();
    const data = await readResults();
    const shown = new Set(data.results.map((r) => r.meeting?.id));
    const meeting = data.meetings.find((m) => !shown.has(m.id))!;
    await renameMeeting(meeting.id, `${meeting.title} (${randomUUID().slice(0, 8)})`);
    recordChanges(state, [meetingChanged(meeting.id)]);
    const publication = await publishData(state);
    expect(publication.read).toEqual({ all: false, codes: 0, councils: 1 });
    expect(publication.reads.pages).toBeGreaterThanOrEqual(1);
    expect(publication.reads.pages).toBeLessThan(councilCount);
    expect(publication.reads.single).toEqual([]);
    expect(publication.results).toEqual(await plainRead());
  });
});

describe('every result is read again when the last publication’s cannot be trusted', () => {
  const snapshotFile = (state: string) => join(state, 'results', 'snapshot.json');
  const cases: { reason: string; publish: (state: string) => Promise<DataPublication> }[] = [
    {
      reason: 'no snapshot',
      publish: (state) => {
        rmSync(snapshotFile(state));
        return publishData(state);
      },
    },
    { reason: 'another code version', publish: (state) => publishData(state, 'v2') },
    {
      reason: 'reference data or council directory changed',
      publish: (state) => {
        const kept = JSON.parse(readFileSync(snapshotFile(state), 'utf8')) as Record<string, unknown>;
        writeFileSync(snapshotFile(state), JSON.stringify({ ...kept, depends: 'other reference data' }));
        return publishData(state);
      },
    },
  ];

  it.each(cases)('$reason', async ({ reason, publish }) => {
    const state = await freshState();
    recordChanges(state, [petitionChanged(code)]);
    const publication = await publish(state);
    expect(publication.read).toEqual({ all: true, reason });
    expect(publication.reads.pages).toBeGreaterThanOrEqual(councilCount);
    expect(publication.reads.single).toEqual([]);
    // The changes it covered are consumed all the same: every result was read.
    expect(publication.consumed).toHaveLength(1);
    expect(publication.results).toEqual(await plainRead());
  });
});
