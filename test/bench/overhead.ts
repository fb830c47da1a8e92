/**
 * Overhead over the database: the same read and the same write, through the public API
 * (Hono on Node, over HTTP on loopback, as the local stack serves it) and bare against
 * DynamoDB Local, interleaved in one run. The ratio is what the service adds; 1 is the
 * physical limit.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { createDatabase } from '../../functions/lib/data/index.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { generateTrackingCode, parseTrackingCode } from '../../shared/tracking-code.ts';
import type { SectionResult } from './budgets.ts';
import { ms, ratio, table } from './markdown.ts';
import { submission, submit, track } from './service-calls.ts';
import { type LatencySummary, summarize } from './stats.ts';

/** Runs the operations alternately, `iterations` times each, and times every run. */
async function interleaved(
  operations: Record<string, (i: number) => Promise<unknown>>,
  options: { iterations: number; warmup: number },
): Promise<Record<string, LatencySummary>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(operations).map((k) => [k, []]));
  for (let i = -options.warmup; i < options.iterations; i++) {
    for (const [name, operation] of Object.entries(operations)) {
      const start = performance.now();
      await operation(i);
      if (i >= 0) samples[name]!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
}

/** The submission transaction the public API sent for one request, as it sent it. */
async function capturedSubmission(stack: LocalStack): Promise<TransactWriteCommandInput> {
  let captured: TransactWriteCommandInput | undefined;
  const name = 'benchCaptureSubmission';
  stack.repos.db.doc.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as TransactWriteCommandInput;
      if (input.TransactItems?.some((t) => t.Put?.Item?.entity === 'petition'))
        captured ??= structuredClone(input);
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await submit(stack.urls.publicApi, submission(0));
  } finally {
    stack.repos.db.doc.middlewareStack.remove(name);
  }
  if (!captured) throw new Error('The submission sent no TransactWriteItems with a petition');
  return captured;
}

/** The same items under a fresh code and idempotency key, so every conditional Put succeeds. */
function freshCopy(input: TransactWriteCommandInput): TransactWriteCommandInput {
  const petition = input.TransactItems!.find((t) => t.Put?.Item?.entity === 'petition')!.Put!.Item!;
  const idempotency = input.TransactItems!.find((t) => t.Put?.Item?.entity === 'idempotency')?.Put?.Item;
  let text = JSON.stringify(input).replaceAll(String(petition.code), generateTrackingCode());
  if (idempotency) {
    const oldPk = String(idempotency.pk);
    text = text.replaceAll(
      oldPk,
      `${oldPk.slice(0, oldPk.lastIndexOf('#') + 1)}${randomBytes(32).toString('hex')}`,
    );
  }
  return JSON.parse(text) as TransactWriteCommandInput;
}

/** DESIGN §7: a submission costs at most 1.3× the bare transaction it sends (p50, same run). */
export const SUBMIT_OVERHEAD_BUDGET = 1.3;

export async function measureOverhead(
  stack: LocalStack,
  options: { quick: boolean },
): Promise<SectionResult> {
  const api = stack.urls.publicApi;
  const bare = createDatabase({
    tableName: stack.config.TABLE_NAME,
    region: stack.config.AWS_REGION,
    endpoint: stack.urls.dynamodb,
  });
  const { doc, tableName } = bare;
  try {
    const code = parseTrackingCode(await submit(api, submission(0)));
    const reads = await interleaved(
      {
        http: () => track(api, code),
        query: () =>
          doc.send(
            new QueryCommand({
              TableName: tableName,
              KeyConditionExpression: 'pk = :pk AND begins_with(sk, :pub)',
              ExpressionAttributeValues: { ':pk': petitionKeys.pk(code), ':pub': petitionKeys.publicPrefix },
            }),
          ),
        get: () =>
          doc.send(
            new GetCommand({
              TableName: tableName,
              Key: { pk: petitionKeys.pk(code), sk: petitionKeys.petitionSk },
            }),
          ),
      },
      { iterations: options.quick ? 200 : 1000, warmup: 50 },
    );

    const transaction = await capturedSubmission(stack);
    const writes = await interleaved(
      {
        http: (i) => submit(api, submission(i), randomUUID()),
        transaction: () => doc.send(new TransactWriteCommand(freshCopy(transaction))),
      },
      { iterations: options.quick ? 100 : 400, warmup: 30 },
    );

    const row = (what: string, s: LatencySummary, base?: LatencySummary) => [
      what,
      String(s.n),
      ms(s.p50),
      ms(s.p99),
      base ? ratio(s.p50 / base.p50) : '',
      base ? ratio(s.p99 / base.p99) : '',
    ];
    const items = transaction.TransactItems?.length ?? 0;
    const submitRatio = writes.http!.p50 / writes.transaction!.p50;
    const trackRatio = reads.http!.p50 / reads.query!.p50;
    const figures = [
      { figure: 'track ÷ bare Query (p50)', value: trackRatio, shown: ratio(trackRatio) },
      {
        figure: 'submit ÷ bare TransactWriteItems (p50)',
        value: submitRatio,
        shown: ratio(submitRatio),
        budget: { max: SUBMIT_OVERHEAD_BUDGET, shown: `≤ ${ratio(SUBMIT_OVERHEAD_BUDGET)}` },
      },
    ];
    const body = [
      table(
        ['operation', 'runs', 'p50', 'p99', 'ratio p50', 'ratio p99'],
        [
          row('track: GET /v1/petitions/{code} over HTTP', reads.http!, reads.query),
          row('bare Query of the same partition (what track sends)', reads.query!),
          row('bare GetItem of the petition item', reads.get!),
          row('submit: POST /v1/petitions over HTTP', writes.http!, writes.transaction),
          row(`bare TransactWriteItems of the same ${items} items`, writes.transaction!),
        ],
      ),
      '',
      'Sequential requests on loopback, each operation alternating with its bare twin; the client, ' +
        "the API and the stack's stream readers (notifier, statistics) share this process, DynamoDB Local its own. " +
        'Ratios are API ÷ bare. A submission is that one transaction: its idempotency key (a conditional Put) and ' +
        "the client's rate-limit count (a conditional Update) are steps of it, nothing is sent before it.",
    ].join('\n');
    return { body, figures };
  } finally {
    doc.destroy();
  }
}
