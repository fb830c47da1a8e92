/**
 * Staff search (issue #19 §3): what the index costs to keep and to read. On a table of its
 * own beside the bench's stack, metered per command (capacity-meter.ts):
 *
 * - write units per petition change, through the same indexPetitionChange() the stream
 *   consumer runs: a new petition, routing (status and agency), an acknowledgement (status),
 *   a roadmap (nothing a result shows), and an answer;
 * - read units and time of one search at 1,000 and 10,000 petitions of one council: a rare
 *   word with a common one, one common word, a common word with a status, and a code. The
 *   index is bulk-loaded (BatchWriteItem of the items the indexer would write) to reach the
 *   sizes quickly; its postings are what the stream would have written.
 */
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDatabase, createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { staffSearchKeys } from '../../functions/lib/data/staff-search-keys.ts';
import { indexedPetitionOf, indexPetitionChange, scopesOf } from '../../functions/lib/search/staff-index.ts';
import { searchPetitions } from '../../functions/lib/search/staff-search.ts';
import { putAll } from '../../functions/lib/statistics/rebuild.ts';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import type { ReferenceData, ReferenceRecords } from '../../shared/reference-data.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { generateTrackingCode } from '../../shared/tracking-code.ts';
import { createTableWithoutStream, putAllConcurrently } from './bench-table.ts';
import type { Figure, SectionResult } from './budgets.ts';
import { attachCapacityMeter, type CapacityMeter } from './capacity-meter.ts';
import { ms, table, units } from './markdown.ts';
import { median } from './stats.ts';

const SIZES = [1_000, 10_000] as const;
const COMMON = ['duong', 'nuoc', 'dien', 'truong', 'dat', 'cau', 'cong', 'cho', 'rac', 'den'];
/** Words of titles: a few very common ones and many rarer ones (place names, things). */
const WORDS = [...COMMON, ...Array.from({ length: 400 }, (_, i) => `ban${i.toString(36)}`)];
const STATUSES = ['received', 'routed', 'in_progress', 'answered', 'closed'] as const;
const AGENCIES = ['phong-tnmt-huu-lung', 'phong-gddt-huu-lung', 'ubnd-huu-lung'];

function petitionNo(n: number, now: Date): Petition {
  const pick = (k: number) => WORDS[(n * 7919 + k * 104729) % (k === 0 ? COMMON.length : WORDS.length)]!;
  const status = STATUSES[n % STATUSES.length]!;
  const at = new Date(now.getTime() - n * 3_600_000).toISOString();
  return {
    code: generateTrackingCode(),
    councilId: 'huu-lung',
    channel: 'online',
    status,
    fieldId: 'dat-dai',
    localityId: 'van-nham',
    communeId: 'van-nham',
    title: `Sửa ${pick(0)} ${pick(1)} ${pick(2)} thôn ${pick(3)}`,
    content: `Cử tri phản ánh ${pick(4)} ${pick(5)} xuống cấp, ${pick(0)} hư hỏng đã lâu.`,
    consentToPublish: true,
    receivedAt: at,
    voterCount: 1,
    version: 1,
    updatedAt: at,
    ...(status === 'received' ? {} : { agencyId: AGENCIES[n % AGENCIES.length]! }),
  };
}

/** The items the indexer would have written for these petitions (postings, counts, records). */
function indexItems(petitions: readonly Petition[], reference: ReferenceData, counts: Map<string, number>) {
  const items: Record<string, unknown>[] = [];
  for (const petition of petitions) {
    const entry = indexedPetitionOf(petition, reference);
    const { councilId: _council, ...shown } = entry;
    for (const scope of scopesOf(entry))
      for (const word of entry.words) {
        const pk = staffSearchKeys.pk(scope, word);
        items.push({
          pk,
          sk: staffSearchKeys.postingSk(entry.receivedAt, entry.code),
          entity: 'staff-search-posting',
          ...shown,
        });
        counts.set(pk, (counts.get(pk) ?? 0) + 1);
      }
    items.push({
      pk: staffSearchKeys.recordPk(petition.code),
      sk: staffSearchKeys.recordSk,
      entity: 'staff-search-record',
      version: 1,
      entry,
    });
  }
  return items;
}

async function meteredTable(stack: LocalStack) {
  const endpoint = stack.urls.dynamodb;
  const tableName = `bench-search-${Date.now().toString(36)}`;
  const admin = new DynamoDBClient({
    endpoint,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  // No stream: nothing reads one here, and DynamoDB Local's halves a bulk load's speed.
  await createTableWithoutStream(admin, tableName);
  const db = createDatabase({ tableName, endpoint, region: 'ap-southeast-1' });
  const inspector = DynamoDBDocumentClient.from(admin);
  const meter = attachCapacityMeter(db.doc, inspector);
  const repos = createRepositories(db);
  const reference = demoReference(demoActivity(new Date()).sessions);
  for (const kind of Object.keys(reference) as (keyof ReferenceRecords)[])
    for (const record of reference[kind]) await repos.reference.create(kind, record as never);
  return {
    repos,
    meter,
    drop: async () => {
      await admin.send(new DeleteTableCommand({ TableName: tableName }));
      admin.destroy();
    },
  };
}

async function writeCosts(repos: Repositories, meter: CapacityMeter, now: Date, runs: number) {
  const deps = { db: repos.db, reference: async () => repos.reference.load() };
  await deps.reference();
  const steps: [string, (p: Petition) => Partial<Petition> | undefined][] = [
    ['new petition (received)', () => undefined],
    ['route (status and agency)', () => ({ status: 'routed', agencyId: 'phong-tnmt-huu-lung' })],
    ['acknowledge (status)', () => ({ status: 'in_progress' })],
    [
      'roadmap (nothing shown changes)',
      () => ({ roadmap: { text: 'Trong quý tới', expectedBy: '2027-03-31' } }),
    ],
    ['answer (status)', () => ({ status: 'answered' })],
  ];
  const totals = new Map(steps.map(([name]) => [name, 0]));
  for (let i = 0; i < runs; i++) {
    let petition: Petition = { ...petitionNo(i + 50_000, now), status: 'received' };
    delete petition.agencyId;
    for (const [name, change] of steps) {
      const patch = change(petition);
      if (patch) petition = { ...petition, ...patch, version: petition.version + 1 };
      meter.reset();
      await indexPetitionChange(deps, { code: petition.code, version: petition.version, petition });
      totals.set(name, totals.get(name)! + meter.total().writes);
    }
  }
  return steps.map(([name]) => ({ name, writes: totals.get(name)! / runs }));
}

async function searchCosts(repos: Repositories, meter: CapacityMeter, code: string, runs: number) {
  const rareWord = WORDS[COMMON.length + 17]!;
  const queries: [string, Parameters<typeof searchPetitions>[1]][] = [
    ['a rare word and a common one', { scope: { councilId: 'huu-lung' }, q: `duong ${rareWord}` }],
    ['one common word', { scope: { councilId: 'huu-lung' }, q: 'nuoc' }],
    ['a common word, status "closed"', { scope: { councilId: 'huu-lung' }, q: 'dien', status: 'closed' }],
    [
      'a common word, as an agency officer',
      { scope: { councilId: 'huu-lung', agencyId: AGENCIES[0]! }, q: 'cau' },
    ],
    ['a tracking code', { scope: { councilId: 'huu-lung' }, q: code }],
  ];
  const rows: { name: string; reads: number; p50: number; results: number }[] = [];
  for (const [name, request] of queries) {
    await searchPetitions(repos, request);
    meter.reset();
    const times: number[] = [];
    let results = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      results = (await searchPetitions(repos, request)).items.length;
      times.push(performance.now() - start);
    }
    rows.push({ name, reads: meter.total().reads / runs, p50: median(times), results });
  }
  return rows;
}

export async function measureStaffSearch(
  stack: LocalStack,
  options: { quick: boolean },
): Promise<SectionResult> {
  const { repos, meter, drop } = await meteredTable(stack);
  const now = new Date();
  try {
    const writes = await writeCosts(repos, meter, now, options.quick ? 5 : 20);
    const reference = await repos.reference.load();
    const counts = new Map<string, number>();
    const bySize = new Map<number, Awaited<ReturnType<typeof searchCosts>>>();
    let loaded = 0;
    let code = '';
    for (const size of SIZES) {
      const petitions = Array.from({ length: size - loaded }, (_, i) => petitionNo(loaded + i, now));
      if (!code) {
        // The code row reads the petition item itself: load the one it looks up.
        const sample = petitions[0]!;
        code = sample.code;
        await putAll(repos, [
          { pk: petitionKeys.pk(sample.code), sk: petitionKeys.petitionSk, entity: 'petition', ...sample },
        ]);
      }
      await putAllConcurrently(repos, indexItems(petitions, reference, counts));
      await putAll(
        repos,
        [...counts].map(([pk, postings]) => ({
          pk,
          sk: staffSearchKeys.countSk,
          entity: 'staff-search-count',
          postings,
        })),
      );
      loaded = size;
      bySize.set(size, await searchCosts(repos, meter, code, options.quick ? 5 : 20));
    }
    const names = bySize.get(SIZES[0])!.map((r) => r.name);
    const body = [
      '**Index writes per petition change** (WRU, from the stream; not on the request path):',
      '',
      table(
        ['change', 'WRU'],
        writes.map((w) => [w.name, units(w.writes)]),
      ),
      '',
      '**One search** (RRU, p50 time on DynamoDB Local, results on the first page):',
      '',
      table(
        [
          'query',
          ...SIZES.flatMap((s) => [
            `RRU at ${s.toLocaleString('en')}`,
            `p50 at ${s.toLocaleString('en')}`,
            'results',
          ]),
        ],
        names.map((name, i) => [
          name,
          ...SIZES.flatMap((s) => {
            const row = bySize.get(s)![i]!;
            return [units(row.reads), ms(row.p50), String(row.results)];
          }),
        ]),
      ),
    ].join('\n');
    const largest = bySize.get(SIZES[1])!;
    const smallest = bySize.get(SIZES[0])!;
    const figures: Figure[] = [
      {
        figure: 'staff search: most RRU of one search at 10,000 petitions',
        value: Math.max(...largest.map((r) => r.reads)),
        shown: `${units(Math.max(...largest.map((r) => r.reads)))} RRU`,
      },
      {
        figure: 'staff search: RRU at 10,000 ÷ at 1,000 (worst query)',
        value: Math.max(...largest.map((r, i) => r.reads / Math.max(smallest[i]!.reads, 0.5))),
        shown: `${Math.max(...largest.map((r, i) => r.reads / Math.max(smallest[i]!.reads, 0.5))).toFixed(2)}×`,
      },
      ...writes.map((w) => ({
        figure: `staff search index: ${w.name}, WRU`,
        value: w.writes,
        shown: `${units(w.writes)} WRU`,
      })),
    ];
    return { body, figures };
  } finally {
    await drop();
  }
}
