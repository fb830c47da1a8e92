/**
 * Incremental publication (issue #22, item 6): with 1,000, 10,000 and 100,000 published
 * results (quick: 100 and 1,000), the site is published once in full, then one result is
 * changed (its answer corrected) and published, then one new result is published. Each
 * row says how long the publication took, how many pages it drew and how many files it
 * uploaded, beside the budget (seconds, flat in the number of results). Each change is made
 * as production makes it: in the table through the repositories, and recorded as the site
 * rebuild's workflow records it (the Pipe's batch, shared/published-changes.ts, as a file of
 * the state's changes folder), so the publication reads only that result.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import type { DynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { CHANGES_FOLDER, changeFileName, publishedChangeOf } from '../../shared/published-changes.ts';
import { type Publication, publishSite } from '../../site/incremental-publish.ts';
import type { ExpectedFigure, Figure, SectionResult } from './budgets.ts';
import { seconds, table } from './markdown.ts';
import { seedPublishedResults } from './published-results.ts';
import { eachSize, withResultsApi } from './results-api.ts';

/** DESIGN §7: publishing one change takes seconds, whatever the number of results. */
const BUDGET_MS = 60_000;

/** The budget table's figures (budgets.ts): each publication of one change, at each size. */
export const incrementalSizes = (quick: boolean): number[] =>
  process.env.BENCH_SITE_INCREMENTAL_SIZES?.split(',').map(Number) ??
  (quick ? [100, 1000] : [1000, 10_000, 100_000]);
const CHANGES = ['one result changed', 'one result published'];
export const incrementalFigures = (quick: boolean): ExpectedFigure[] =>
  incrementalSizes(quick).flatMap((size) =>
    CHANGES.map((what) => ({
      figure: `site: ${what}, publication time at ${size.toLocaleString('en')} results`,
      budget: { max: BUDGET_MS, shown: `≤ ${seconds(BUDGET_MS)}` },
    })),
  );
const figureOf = (size: number, what: string, p: Publication): Figure => ({
  figure: `site: ${what}, publication time at ${size.toLocaleString('en')} results`,
  value: p.milliseconds,
  shown: seconds(p.milliseconds),
  budget: { max: BUDGET_MS, shown: `≤ ${seconds(BUDGET_MS)}` },
});

const pagesOf = (p: Publication) => p.drawn.filter((f) => f.endsWith('.html')).length;
const resultsReadOf = (p: Publication) =>
  p.resultsRead.all ? `every one (${p.resultsRead.reason})` : `${p.resultsRead.codes} by code`;

/**
 * What the workflow writes before it starts the build: the batch of the stream records the
 * Pipe let through, as its input template makes each one (publishedChangeOf).
 */
function recordChange(stateDir: string, eventName: string, code: string, sortKeys: string[]): void {
  const batch = sortKeys.map((sk) =>
    publishedChangeOf({ eventName, dynamodb: { Keys: { pk: { S: `PETITION#${code}` }, sk: { S: sk } } } }),
  );
  mkdirSync(join(stateDir, CHANGES_FOLDER), { recursive: true });
  writeFileSync(join(stateDir, CHANGES_FOLDER, changeFileName(randomUUID())), JSON.stringify(batch));
}
const row = (size: number, what: string, p: Publication) => [
  size.toLocaleString('en'),
  what,
  `${seconds(p.milliseconds)}${what === 'full build' ? '' : p.milliseconds > BUDGET_MS ? ' over' : ''}`,
  seconds(p.buildMilliseconds),
  resultsReadOf(p),
  pagesOf(p).toLocaleString('en'),
  p.written.length.toLocaleString('en'),
  p.removed.length.toLocaleString('en'),
];

async function measureOne(
  stack: LocalStack,
  dynamo: DynamoDbLocal,
  results: number,
  figures: Figure[],
): Promise<string[][]> {
  return withResultsApi(stack, dynamo, `bench-incremental-${results}`, results, async ({ url, repos }) => {
    const work = mkdtempSync(join(tmpdir(), 'hdnd-bench-incremental-'));
    const site = { apiUrl: url, liveDir: join(work, 'live'), stateDir: join(work, 'state') };
    try {
      const rows = [row(results, 'full build', await publishSite({ ...site, full: true }))];
      const petition = (await repos.petitions.get(DEMO_CODES.answered))!;
      const corrected = {
        ...petition,
        answer: { ...petition.answer!, text: `${petition.answer!.text} (đính chính)` },
      };
      await repos.db.doc.send(new PutCommand(repos.petitions.petitionPut(corrected).Put!));
      await repos.db.doc.send(new PutCommand(repos.petitions.textPut(corrected).Put!));
      recordChange(site.stateDir, 'MODIFY', petition.code, ['PUB#PETITION', 'PUB#PETITION#TEXT']);
      const changed = await publishSite(site);
      rows.push(row(results, 'one result changed', changed));
      figures.push(figureOf(results, 'one result changed', changed));
      const [added] = await seedPublishedResults(repos, 1);
      recordChange(site.stateDir, 'INSERT', added!, ['PUB#PETITION', 'PUB#PETITION#TEXT']);
      const published = await publishSite(site);
      rows.push(row(results, 'one result published', published));
      figures.push(figureOf(results, 'one result published', published));
      return rows;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

export async function measureIncrementalPublication(
  stack: LocalStack,
  options: { quick: boolean },
): Promise<SectionResult> {
  // BENCH_SITE_INCREMENTAL_SIZES=10000,100000 measures only those.
  const sizes = incrementalSizes(options.quick);
  const figures: Figure[] = [];
  const rows = await eachSize(sizes, (dynamo, size) => {
    console.error(`[bench]   incremental publication with ${size} published results…`);
    return measureOne(stack, dynamo, size, figures);
  });
  const body = [
    table(
      [
        'published results',
        'publication',
        `time (budget ${seconds(BUDGET_MS)})`,
        'of which astro build',
        'results read',
        'pages drawn',
        'files uploaded',
        'files removed',
      ],
      rows.flat(),
    ),
    '',
    '`site/incremental-publish.ts`: an Astro build that draws only the entries whose shown data changed ' +
      '(digests of the last publication), then copies only changed bytes into the live folder. It reads only ' +
      'the results the recorded changes name (`GET /v1/results/{code}`), merged into the last publication’s ' +
      '(`site/src/lib/result-snapshot.ts`); the digest of every page is still in the time. Results listings are ' +
      'numbered from the oldest (the newest 20 and the filter counts on the first page only), so a newly published ' +
      "result draws its pages and each listing's first and newest numbered page: see site/README.md.",
  ].join('\n');
  return { body, figures };
}
