/**
 * Throughput: autocannon (in a child process) against the local stack's public API, for
 * tracking and for submitting, on this machine. The stack's submission rate limit is
 * raised by run.ts, since every request comes from one address.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { LocalStack } from '../../infra/local/stack.ts';
import type { LoadPlan, LoadSummary } from './load-generator.ts';
import { ms, table } from './markdown.ts';
import { submission, submit } from './service-calls.ts';

function generateLoad(plan: LoadPlan): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'load-generator.ts'), JSON.stringify(plan)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The load generator exited with ${code}`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1)!) as LoadSummary);
    });
  });
}

export async function measureThroughput(stack: LocalStack, options: { quick: boolean }): Promise<string> {
  const url = stack.urls.publicApi;
  const seconds = options.quick ? 3 : 15;
  const connections = 10;
  const codes: string[] = [];
  for (let i = 0; i < 50; i++) codes.push(await submit(url, submission(i)));

  const results: [string, LoadSummary][] = [];
  // A short run first, so the figures are of a warm process.
  await generateLoad({ url, kind: 'track', codes, connections, seconds: 2 });
  results.push([
    'track (GET /v1/petitions/{code})',
    await generateLoad({ url, kind: 'track', codes, connections, seconds }),
  ]);
  results.push([
    'submit (POST /v1/petitions)',
    await generateLoad({ url, kind: 'submit', body: submission(1), connections, seconds }),
  ]);

  return [
    table(
      ['request', 'requests/s', 'requests', 'p50', 'p99', 'errors', 'timeouts', 'non-2xx'],
      results.map(([name, r]) => [
        name,
        r.requestsPerSecond.toFixed(0),
        String(r.total),
        ms(r.p50),
        ms(r.p99),
        String(r.errors),
        String(r.timeouts),
        String(r.non2xx),
      ]),
    ),
    '',
    `autocannon, ${connections} connections, ${seconds} s each, in its own process, against the local stack's ` +
      'public API (one Node process, with the notifier emailing every new submission to the local mailbox) ' +
      'and DynamoDB Local (Java), all on this machine. Tracks cycle through 50 petitions; every submission ' +
      'has its own Idempotency-Key.',
  ].join('\n');
}
