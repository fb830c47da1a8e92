/**
 * The bench's sections (listed in sections.ts), run in order on one local stack; the report
 * opens with every budgeted figure (budgets.ts), then each section's tables; it is printed
 * and written to results/latest.md. Started by run.ts (`npm run bench`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../infra/local/ports.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { budgetTable, type Figure, type SectionResult, withExpected } from './budgets.ts';
import { table } from './markdown.ts';
import { type BenchSection, SECTIONS } from './sections.ts';

function machine(): string {
  const cores = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}; load average at start ${load}`;
}

async function section(
  entry: BenchSection,
  run: () => ReturnType<BenchSection['run']>,
  quick: boolean,
): Promise<{ markdown: string; figures: Figure[]; seconds: number; failed: boolean }> {
  const started = Date.now();
  console.error(`[bench] ${entry.title}…`);
  // A section that fails is reported as failed, its figures "not measured"; the others still run and print.
  let failure: string | undefined;
  const result = await run().catch((error: unknown): SectionResult => {
    console.error(`[bench] ${entry.title} FAILED`, error);
    const e = error instanceof Error ? error : new Error(String(error));
    failure = `${e.name}: ${e.message.split('\n')[0]?.slice(0, 300)}`;
    return { body: `**This section failed**: ${failure}` };
  });
  const seconds = (Date.now() - started) / 1000;
  console.error(`[bench] ${entry.title} ${failure ? 'failed' : 'done'} in ${seconds.toFixed(0)} s`);
  const expected = entry.expects?.(quick) ?? [];
  const figures = withExpected(
    result.figures ?? [],
    expected,
    failure && `section failed: ${failure.slice(0, 120)}`,
  );
  return {
    markdown: `## ${entry.title}\n\n${result.body}\n`,
    figures: figures.map((f) => ({ ...f, section: f.section ?? entry.id })),
    seconds,
    failed: failure !== undefined,
  };
}

export async function runBench(args: readonly string[]): Promise<void> {
  const ids = SECTIONS.map((s) => s.id);
  const onlyArgument = args.find((a) => a.startsWith('--only='));
  const chosen = new Set<string>(onlyArgument ? onlyArgument.slice('--only='.length).split(',') : ids);
  const quick = args.includes('--quick');
  for (const s of chosen) if (!ids.includes(s)) throw new Error(`Unknown section "${s}" (${ids.join(', ')})`);

  const header: string[] = [
    '# Bench results',
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${machine()}${quick ? ' · QUICK run (fewer iterations)' : ''}`,
    '',
    'Reproduce with `npm run bench` (see test/bench/run.ts). DynamoDB is DynamoDB Local on this machine, so ' +
      'absolute times are not AWS times; ratios, counts and capacity units carry over.',
    '',
  ];
  const running = SECTIONS.filter((s) => chosen.has(s.id));
  const stack: LocalStack | undefined = running.some((s) => s.needsStack)
    ? await startLocalStack({
        ports: {
          dynamodb: await freePort(),
          publicApi: await freePort(),
          site: await freePort(),
          mailbox: await freePort(),
        },
        tableName: 'bench-stack',
        // One client sends every request here: the submission rate limit would stop it.
        config: { SUBMIT_RATE_LIMIT: 10_000_000 },
      })
    : undefined;
  const parts: string[] = [];
  const figures: Figure[] = [];
  const timings: string[][] = [];
  const folder = join(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'latest.md');
  const reportOf = (note: string[]) =>
    [
      ...header,
      ...note,
      '## Budgets',
      '',
      budgetTable(figures),
      '',
      ...parts,
      '## Sections run',
      '',
      table(['section', 'time', ''], timings),
      '',
    ].join('\n');
  try {
    for (const [index, entry] of running.entries()) {
      const done = await section(entry, () => entry.run({ ...(stack ? { stack } : {}), quick }), quick);
      parts.push(done.markdown);
      figures.push(...done.figures);
      timings.push([entry.id, `${done.seconds.toFixed(0)} s`, done.failed ? '**failed**' : '']);
      // Written after every section, so a run stopped part-way still leaves what it measured.
      if (index < running.length - 1)
        writeFileSync(
          file,
          reportOf([
            `**Partial**: ${index + 1} of ${running.length} sections done; the run goes on with ${running[index + 1]!.id}.`,
            '',
          ]),
        );
    }
  } finally {
    await stack?.stop();
  }
  const report = reportOf([]);
  writeFileSync(file, report);
  console.log(report);
  console.error(`[bench] written to ${file}`);
}
