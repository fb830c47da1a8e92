/**
 * Scale run: the same operations at 100, 1,000, 10,000 and 100,000 petitions (five councils,
 * ten years at 100,000: test/bench/scale-load.ts), on a table of its own beside the bench's
 * stack, through the public and staff apps over HTTP with every DynamoDB command metered.
 * What grows with the petitions shows as a row that grows; the budget table gets the
 * statistics' growth and each row's figure at 100,000.
 */
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { freePort } from '../../infra/local/ports.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import type { ExpectedFigure, Figure, SectionResult } from './budgets.ts';
import { ms, ratio, table, units } from './markdown.ts';
import { startMeteredService } from './metered-service.ts';
import { ScaleLoad } from './scale-load.ts';
import { SCALE_MEASURES, type ScaleContext, type ScaleMeasure, type ScaleSample } from './scale-measures.ts';
import {
  AGENCY,
  AGENCY_USER,
  communeMeetings,
  staffCall,
  statisticsOf,
  submission,
  submit,
  track,
} from './service-calls.ts';
import { median } from './stats.ts';

/** Times `runs` calls of `operation` and meters them: the median time, mean capacity per call. */
async function sample(
  context: ScaleContext,
  runs: number,
  operation: (i: number) => Promise<unknown>,
): Promise<ScaleSample> {
  const { meter } = context.service;
  await operation(-1); // warm: caches, connections
  meter.reset();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await operation(i);
    times.push(performance.now() - start);
  }
  const total = meter.total('request');
  return { p50Ms: median(times), reads: total.reads / runs, writes: total.writes / runs };
}

const OWN_MEASURES: ScaleMeasure[] = [
  {
    name: 'track (GET /v1/petitions/{code})',
    measure: (c) =>
      sample(c, c.quick ? 20 : 50, (i) =>
        track(c.service.publicUrl, c.sampleCodes[Math.abs(i) % c.sampleCodes.length]!),
      ),
  },
  {
    name: 'submit (POST /v1/petitions)',
    measure: (c) =>
      sample(c, c.quick ? 10 : 30, (i) => submit(c.service.publicUrl, submission(c.petitions + i + 1))),
  },
  {
    name: "an agency's queue, one page of 25 (staff)",
    measure: async (c) => {
      const token = await c.service.tokenFor(AGENCY_USER);
      return sample(c, c.quick ? 10 : 30, () =>
        staffCall(c.service.staffUrl, token, 'GET', `/v1/agencies/${AGENCY}/petitions?status=routed`),
      );
    },
  },
  {
    name: 'statistics of a council (GET /v1/statistics?council=)',
    measure: (c) => sample(c, c.quick ? 10 : 30, () => statisticsOf(c.service.publicUrl, 'huu-lung')),
  },
  {
    name: 'statistics of every council (GET /v1/statistics)',
    measure: async (c) => {
      const s = await sample(c, c.quick ? 5 : 15, async () => {
        const response = await fetch(`${c.service.publicUrl}/v1/statistics`);
        if (response.status !== 200) throw new Error(`statistics: ${response.status}`);
        return response.json();
      });
      return s;
    },
  },
  {
    name: "a commune's meetings (GET /v1/meetings?commune=)",
    measure: (c) => sample(c, c.quick ? 10 : 30, () => communeMeetings(c.service.publicUrl)),
  },
];

const cell = (s: ScaleSample) =>
  [
    ms(s.p50Ms),
    s.reads ? `${units(Number(s.reads.toFixed(1)))} RRU` : '',
    s.writes ? `${units(Number(s.writes.toFixed(1)))} WRU` : '',
  ]
    .filter(Boolean)
    .join(' · ');

const scaleSizes = (quick: boolean) => (quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 100_000]);
const STATISTICS_ROW = 'statistics of a council (GET /v1/statistics?council=)';
const growthName = (sizes: readonly number[]) =>
  `statistics RRU at ${sizes.at(-1)!.toLocaleString('en')} ÷ at ${sizes[0]!.toLocaleString('en')} petitions`;
const GROWTH_BUDGET = { max: 1.5, shown: '≈ 1× (same cost)' };
const rowName = (m: ScaleMeasure, sizes: readonly number[]) =>
  `${m.name} at ${sizes.at(-1)!.toLocaleString('en')} petitions`;

/** The budget table's figures (budgets.ts) this section returns. */
export function scaleFigures(quick: boolean): ExpectedFigure[] {
  const sizes = scaleSizes(quick);
  return [
    { figure: growthName(sizes), budget: GROWTH_BUDGET },
    ...[...OWN_MEASURES, ...SCALE_MEASURES].map((m) => ({
      figure: rowName(m, sizes),
      ...(m.budget ? { budget: { max: m.budget.maxMs, shown: m.budget.shown } } : {}),
    })),
  ];
}

export async function measureScale(stack: LocalStack, options: { quick: boolean }): Promise<SectionResult> {
  const sizes = scaleSizes(options.quick);
  // A DynamoDB Local of its own, started for a bulk load and holding nothing else (the
  // stack's holds every earlier section's tables by now), stopped after the run.
  const dynamo = await startDynamoDbLocal({ port: await freePort(), bulkLoad: true });
  // No stream readers, and no stream: the bulk load's records would keep them busy for hours,
  // and this run measures the requests; what counting costs is in the cost section.
  const service = await startMeteredService(stack, 'bench-scale', {
    streamReaders: false,
    endpoint: dynamo.endpoint,
  }).catch(async (error: unknown) => {
    await dynamo.stop();
    throw error;
  });
  const measures = [...OWN_MEASURES, ...SCALE_MEASURES];
  const results = new Map<string, ScaleSample[]>(measures.map((m) => [m.name, []]));
  const loadTimes: number[] = [];
  try {
    const reference = await service.repos.reference.load({ fresh: true });
    const load = new ScaleLoad(service.repos, reference, new Date());
    for (const size of sizes) {
      const started = performance.now();
      await load.loadTo(size);
      loadTimes.push(performance.now() - started);
      console.error(`[bench] scale: ${size} petitions loaded`);
      const context: ScaleContext = {
        service,
        petitions: size,
        sampleCodes: load.sampleCodes,
        quick: options.quick,
      };
      for (const m of measures) results.get(m.name)!.push(await m.measure(context));
    }
  } finally {
    await service.stop();
    await dynamo.stop();
  }
  const header = ['operation', ...sizes.map((s) => `${s.toLocaleString('en')} petitions`)];
  const rows = measures.map((m) => [m.name, ...results.get(m.name)!.map(cell)]);
  rows.push([
    '(bulk load of the petitions added, BatchWriteItem)',
    ...loadTimes.map((t) => `${(t / 1000).toFixed(1)} s`),
  ]);

  const figures: Figure[] = [];
  const last = (name: string) => results.get(name)!.at(-1)!;
  const first = (name: string) => results.get(name)![0]!;
  const statistics = STATISTICS_ROW;
  const growth = (last(statistics).reads ?? 0) / Math.max(first(statistics).reads ?? 0, 0.5);
  figures.push({
    figure: growthName(sizes),
    value: growth,
    shown: `${ratio(growth)} (${units(first(statistics).reads ?? 0)} → ${units(last(statistics).reads ?? 0)} RRU)`,
    budget: GROWTH_BUDGET,
  });
  for (const m of measures) {
    const s = last(m.name);
    figures.push({
      figure: rowName(m, sizes),
      value: s.p50Ms,
      shown: cell(s),
      ...(m.budget ? { budget: { max: m.budget.maxMs, shown: m.budget.shown } } : {}),
    });
  }
  const body = [
    table(header, rows),
    '',
    'Each cell: the median time of one operation, and the mean DynamoDB capacity it consumed (the request only). ' +
      'Petitions arrive at a steady rate (10 years at 100,000); those received in the last 45 days are open, so ' +
      "past 45 days of history only the answered ones grow. The statistics read the council's overdue threshold, " +
      'one Query of its rows (overdue counted in them as of the threshold) and one Query of the deadlines passed ' +
      "since (functions/lib/statistics/overdue.ts): rows are bounded by the council's bodies, fields, communes and " +
      'sessions, the range by the deadlines of a day; neither by history nor by the overdue backlog.',
  ].join('\n');
  return { body, figures };
}
