/**
 * A seed's writes gathered and sent as BatchWriteItem calls in parallel, for a fresh table
 * that only the seed writes (a template table, test/support/demo-template.ts).
 *
 * Seeding through the repositories sends one request after the other: the demo data is about
 * a thousand (puts, transactions, the staff search's postings and their counts), each a round
 * trip to DynamoDB Local. `bufferWrites(db)` changes what `db` sends, never what ends in the
 * table: a write whose outcome it can tell without the server is answered at once and kept,
 * and every kept item goes out in batches of 25, four at a time, before the next request that
 * it cannot tell (any read, any other write), so whatever the seed reads back, it reads after
 * all it wrote. What it can tell, on a table that started empty:
 *
 *   - a Put without a condition, or with `attribute_not_exists(<key>)` on an item no write has
 *     touched yet (the condition holds);
 *   - an Update without a condition that only SETs attributes to values and ADDs integers, on
 *     an item whose whole content it knows (untouched, or written only by such writes);
 *   - a transaction made only of those, on distinct items; a BatchWriteItem's Puts.
 *
 * Anything else (a condition it cannot decide, a ConditionCheck, a Delete, ReturnValues, a
 * read) goes to the server as it was, after the kept items; an item such a write touched is
 * then unknown, so later writes to it go to the server as well. A write the server would have
 * refused for its condition is therefore always sent to it, and fails as it did. It does not
 * check an expression's syntax (a reserved word as a bare name): the same seeds run unbuffered
 * in `npm start` and when a template is missing, where the server does. Keys `direct` names
 * (a seed's marker, written last) always go to the server, after everything before them.
 */

import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDatabase, type Database } from '../../functions/lib/data/index.ts';
import { TABLE } from '../../shared/table.ts';

type Item = Record<string, unknown>;
type Plan = { key: string; item: Item };
type Input = Record<string, unknown>;

const PK = TABLE.partitionKey.name;
const SK = TABLE.sortKey.name;
const LANES = 4;

export interface BufferedWrites {
  /** Sends every kept item; resolves once they are all in the table. */
  flush(): Promise<void>;
  /** Requests answered from the buffer, requests sent as they were, BatchWriteItem calls made. */
  readonly counts: { kept: number; sent: number; batches: number };
}

/** `items` in BatchWriteItem calls of 25, `lanes` at a time, each resent with what was left unprocessed. */
export async function batchPut(
  send: (requests: Record<string, unknown>) => Promise<{ UnprocessedItems?: Record<string, unknown[]> }>,
  tableName: string,
  items: readonly unknown[],
  lanes = LANES,
): Promise<number> {
  const batches: unknown[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let calls = 0;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let b = lane; b < batches.length; b += lanes) {
        let pending = batches[b]!.map((Item) => ({ PutRequest: { Item } })) as unknown[];
        for (let attempt = 1; pending.length > 0; attempt++) {
          if (attempt > 10) throw new Error('DynamoDB Local left items unprocessed after 10 attempts');
          calls += 1;
          const out = await send({ [tableName]: pending });
          pending = out.UnprocessedItems?.[tableName] ?? [];
          if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
        }
      }
    }),
  );
  return calls;
}

const keyOf = (item: Item | undefined): string | undefined =>
  typeof item?.[PK] === 'string' && typeof item[SK] === 'string'
    ? JSON.stringify([item[PK], item[SK]])
    : undefined;

const nameOf = (token: string, names: unknown): string | undefined =>
  token.startsWith('#') ? (names as Record<string, string> | undefined)?.[token] : token;

/** `SET a = :x, b = :y ADD c :d, …` and nothing else, as [attribute, value] pairs; undefined otherwise. */
function parseUpdate(input: Input): { set: [string, unknown][]; add: [string, number][] } | undefined {
  const expression = input.UpdateExpression;
  if (typeof expression !== 'string') return undefined;
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
  const clauses = expression.split(/\b(SET|ADD|REMOVE|DELETE)\b/i).map((part) => part.trim());
  if (clauses[0] !== '') return undefined;
  const set: [string, unknown][] = [];
  const add: [string, number][] = [];
  for (let i = 1; i < clauses.length; i += 2) {
    const clause = clauses[i]!.toUpperCase();
    if (clause !== 'SET' && clause !== 'ADD') return undefined;
    for (const action of clauses[i + 1]!.split(',')) {
      const match =
        clause === 'SET'
          ? /^\s*(#?\w+)\s*=\s*(:\w+)\s*$/.exec(action)
          : /^\s*(#?\w+)\s+(:\w+)\s*$/.exec(action);
      const name = match && nameOf(match[1]!, input.ExpressionAttributeNames);
      if (!match || !name || name === PK || name === SK || !(match[2]! in values)) return undefined;
      const value = values[match[2]!];
      if (value === undefined) return undefined;
      if (clause === 'SET') set.push([name, value]);
      else if (typeof value === 'number' && Number.isSafeInteger(value)) add.push([name, value]);
      else return undefined;
    }
  }
  return { set, add };
}

/** Buffers what `db` writes to its table (see above); call `flush()` once the seed returns. */
export function bufferWrites(
  db: Database,
  endpoint: string,
  options: { direct?: (key: { pk: unknown; sk: unknown }) => boolean } = {},
): BufferedWrites {
  const tableName = db.tableName;
  const writer = createDatabase({ tableName, endpoint });
  /** The whole content of every item only kept writes touched. */
  const known = new Map<string, Item>();
  /** Items some write sent to the server touched: their content is the server's to tell. */
  const unknown = new Set<string>();
  const kept = new Map<string, Item>();
  const counts = { kept: 0, sent: 0, batches: 0 };
  let written: Promise<void> = Promise.resolve();

  const isDirect = (item: Item) => options.direct?.({ pk: item[PK], sk: item[SK] }) ?? false;

  const planPut = (input: Input): Plan | undefined => {
    const item = input.Item as Item | undefined;
    const key = keyOf(item);
    if (!item || !key || input.TableName !== tableName || isDirect(item)) return undefined;
    if (input.ReturnValues !== undefined && input.ReturnValues !== 'NONE') return undefined;
    const condition = input.ConditionExpression;
    if (condition !== undefined) {
      const match =
        typeof condition === 'string' && /^\s*attribute_not_exists\((#?\w+)\)\s*$/.exec(condition);
      const name = match && nameOf(match[1]!, input.ExpressionAttributeNames);
      if (name !== PK && name !== SK) return undefined;
      if (known.has(key) || unknown.has(key)) return undefined;
    }
    return { key, item: structuredClone(item) };
  };

  const planUpdate = (input: Input): Plan | undefined => {
    const keyItem = input.Key as Item | undefined;
    const key = keyOf(keyItem);
    if (!keyItem || !key || input.TableName !== tableName || isDirect(keyItem)) return undefined;
    if (input.ConditionExpression !== undefined || unknown.has(key)) return undefined;
    if (input.ReturnValues !== undefined && input.ReturnValues !== 'NONE') return undefined;
    const update = parseUpdate(input);
    if (!update) return undefined;
    const item: Item = structuredClone(known.get(key) ?? { [PK]: keyItem[PK], [SK]: keyItem[SK] });
    for (const [name, value] of update.set) item[name] = structuredClone(value);
    for (const [name, delta] of update.add) {
      const current = item[name] ?? 0;
      if (typeof current !== 'number' || !Number.isSafeInteger(current + delta)) return undefined;
      item[name] = current + delta;
    }
    return { key, item };
  };

  const planTransaction = (input: Input): Plan[] | undefined => {
    const plans: Plan[] = [];
    for (const entry of (input.TransactItems ?? []) as Input[]) {
      const plan = entry.Put
        ? planPut(entry.Put as Input)
        : entry.Update && !entry.Put
          ? planUpdate(entry.Update as Input)
          : undefined;
      if (!plan || plans.some((p) => p.key === plan.key)) return undefined;
      plans.push(plan);
    }
    return plans.length > 0 ? plans : undefined;
  };

  const planBatch = (input: Input): Plan[] | undefined => {
    const requests = (input.RequestItems ?? {}) as Record<string, Input[]>;
    const tables = Object.keys(requests);
    if (tables.length !== 1 || tables[0] !== tableName) return undefined;
    const plans: Plan[] = [];
    for (const request of requests[tableName]!) {
      const plan = request.PutRequest
        ? planPut({ TableName: tableName, ...(request.PutRequest as Input) })
        : undefined;
      if (!plan || plans.some((p) => p.key === plan.key)) return undefined;
      plans.push(plan);
    }
    return plans;
  };

  /** What a command writes, whether the buffer decides it or not (to mark what it touched). */
  const touched = (name: string, input: Input): string[] => {
    const keys: (string | undefined)[] = [];
    if (name === 'PutItemCommand') keys.push(keyOf(input.Item as Item));
    if (name === 'UpdateItemCommand' || name === 'DeleteItemCommand') keys.push(keyOf(input.Key as Item));
    if (name === 'TransactWriteItemsCommand') {
      for (const entry of (input.TransactItems ?? []) as Record<string, Input>[]) {
        keys.push(keyOf((entry.Put?.Item ?? entry.Update?.Key ?? entry.Delete?.Key) as Item));
      }
    }
    if (name === 'BatchWriteItemCommand') {
      const requests = (input.RequestItems ?? {}) as Record<string, Record<string, Input>[]>;
      for (const request of requests[tableName] ?? []) {
        keys.push(keyOf((request.PutRequest?.Item ?? request.DeleteRequest?.Key) as Item));
      }
    }
    return keys.filter((key): key is string => key !== undefined);
  };

  const flush = (): Promise<void> => {
    if (kept.size > 0) {
      const items = [...kept.values()];
      kept.clear();
      written = written.then(async () => {
        counts.batches += await batchPut(
          (RequestItems) =>
            writer.doc.send(new BatchWriteCommand({ RequestItems: RequestItems as never })) as Promise<{
              UnprocessedItems?: Record<string, unknown[]>;
            }>,
          tableName,
          items,
        );
      });
    }
    return written;
  };

  db.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      const input = args.input as Input;
      const one = (plan: Plan | undefined) => (plan ? [plan] : undefined);
      const plans =
        name === 'PutItemCommand'
          ? one(planPut(input))
          : name === 'UpdateItemCommand'
            ? one(planUpdate(input))
            : name === 'TransactWriteItemsCommand'
              ? planTransaction(input)
              : name === 'BatchWriteItemCommand'
                ? planBatch(input)
                : undefined;
      if (plans) {
        for (const { key, item } of plans) {
          known.set(key, item);
          kept.set(key, item);
        }
        counts.kept += 1;
        const output = name === 'BatchWriteItemCommand' ? { UnprocessedItems: {} } : {};
        return { output: { ...output, $metadata: {} }, response: {} } as never;
      }
      for (const key of touched(name, input)) {
        known.delete(key);
        unknown.add(key);
      }
      counts.sent += 1;
      await flush();
      return next(args);
    },
    { step: 'initialize', name: 'bufferSeedWrites' },
  );

  return { flush, counts };
}
