/**
 * The bench's sections, run in order on one local stack; the report is printed and written
 * to results/latest.md. Started by run.ts (`npm run bench`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../infra/local/ports.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { measureAttachments } from './attachments.ts';
import { measureColdStarts } from './cold-start.ts';
import { costTable, measureCosts } from './cost.ts';
import { startMeteredService } from './metered-service.ts';
import { measureOverhead } from './overhead.ts';
import { measureSiteBuilds } from './site-build.ts';
import { measureIncrementalPublication } from './site-incremental.ts';
import { measureThroughput } from './throughput.ts';

const SECTIONS = [
  'overhead',
  'cost',
  'cold-start',
  'throughput',
  'site',
  'site-incremental',
  'attachments',
] as const;
type Section = (typeof SECTIONS)[number];

function machine(): string {
  const cores = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}; load average at start ${load}`;
}

async function section(title: string, run: () => Promise<string>): Promise<string> {
  const started = Date.now();
  console.error(`[bench] ${title}…`);
  const body = await run();
  console.error(`[bench] ${title} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return `## ${title}\n\n${body}\n`;
}

export async function runBench(args: readonly string[]): Promise<void> {
  const onlyArgument = args.find((a) => a.startsWith('--only='));
  const chosen = new Set<Section>(
    onlyArgument ? (onlyArgument.slice('--only='.length).split(',') as Section[]) : SECTIONS,
  );
  const quick = args.includes('--quick');
  for (const s of chosen)
    if (!SECTIONS.includes(s)) throw new Error(`Unknown section "${s}" (${SECTIONS.join(', ')})`);

  const parts: string[] = [
    '# Bench results',
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${machine()}${quick ? ' · QUICK run (fewer iterations)' : ''}`,
    '',
    'Reproduce with `npm run bench` (see test/bench/run.ts). DynamoDB is DynamoDB Local on this machine, so ' +
      'absolute times are not AWS times; ratios, counts and capacity units carry over.',
    '',
  ];
  const needsStack = [...chosen].some((s) => s !== 'cold-start' && s !== 'attachments');
  const stack: LocalStack | undefined = needsStack
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
  try {
    if (stack && chosen.has('overhead'))
      parts.push(await section('Overhead over the database', () => measureOverhead(stack, { quick })));
    if (stack && chosen.has('cost'))
      parts.push(
        await section('Cost per action', async () => {
          const service = await startMeteredService(stack, 'bench-cost');
          try {
            return costTable(await measureCosts(service));
          } finally {
            await service.stop();
          }
        }),
      );
    if (chosen.has('cold-start'))
      parts.push(await section('Cold start proxy', () => measureColdStarts({ quick })));
    if (stack && chosen.has('throughput'))
      parts.push(await section('Throughput', () => measureThroughput(stack, { quick })));
    if (stack && chosen.has('site'))
      parts.push(await section('Site build', () => measureSiteBuilds(stack, { quick })));
    if (stack && chosen.has('site-incremental'))
      parts.push(
        await section('Incremental site publication', () => measureIncrementalPublication(stack, { quick })),
      );
    if (chosen.has('attachments'))
      parts.push(await section('Attachment processing', () => measureAttachments({ quick })));
  } finally {
    await stack?.stop();
  }
  const report = parts.join('\n');
  const folder = join(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'latest.md');
  writeFileSync(file, report);
  console.log(report);
  console.error(`[bench] written to ${file}`);
}
