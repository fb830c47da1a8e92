/**
 * Counts the DynamoDB capacity every command consumes, through a middleware on the
 * client: ReturnConsumedCapacity 'INDEXES' is added to each data command and the
 * answer's ConsumedCapacity (table and every index) is summed per label. The label is
 * whoever sent the command ('request' unless the caller runs inside meterLabel.run()).
 *
 * DynamoDB Local reports single-item writes, queries and index breakdowns as AWS bills
 * them, but not TransactWriteItems (it charged 4 units per KB for the whole request, where
 * AWS bills 2 per KB per item on the table: prepare and commit; index writes at the
 * standard rate). So a transaction is costed here from the items' sizes, read before and
 * after it through a separate, unmetered client.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { type IndexName, projectionOf, TABLE } from '../../shared/table.ts';
import { itemSize, writeUnits } from './item-size.ts';

export const meterLabel = new AsyncLocalStorage<string>();

const READS = new Set([
  'GetItemCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchGetItemCommand',
  'TransactGetItemsCommand',
]);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);
const TRANSACT_WRITE = 'TransactWriteItemsCommand';

export interface CapacityRecord {
  label: string;
  command: string;
  reads: number;
  writes: number;
  /** How the figure was obtained. */
  source: 'reported' | 'item sizes' | 'failed condition';
}

export interface CapacityTotal {
  reads: number;
  writes: number;
  commands: number;
}

export interface CapacityMeter {
  readonly records: readonly CapacityRecord[];
  reset(): void;
  total(label?: string): CapacityTotal;
}

type Item = Record<string, unknown>;
type Key = { TableName: string; Key: Item };

const sumReported = (reported: ConsumedCapacity | ConsumedCapacity[] | undefined) =>
  [reported ?? []].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

function keyOf(item: Item): Item {
  return {
    [TABLE.partitionKey.name]: item[TABLE.partitionKey.name],
    [TABLE.sortKey.name]: item[TABLE.sortKey.name],
  };
}

function targetsOf(input: TransactWriteCommandInput): Key[] {
  return (input.TransactItems ?? []).map((action) => {
    if (action.Put) return { TableName: action.Put.TableName!, Key: keyOf(action.Put.Item as Item) };
    const keyed = action.Update ?? action.Delete ?? action.ConditionCheck;
    return { TableName: keyed!.TableName!, Key: keyed!.Key as Item };
  });
}

/** What an index holds of an item: its keys, the table's, and the projected attributes (shared/table.ts). */
function projected(index: (typeof TABLE.indexes)[number], item: Item | undefined): Item | undefined {
  if (!item) return undefined;
  const projection = projectionOf(index.name as IndexName);
  if (projection.type === 'ALL') return item;
  const names = [
    TABLE.partitionKey.name,
    TABLE.sortKey.name,
    index.partitionKey.name,
    index.sortKey.name,
    ...(projection.type === 'INCLUDE' ? projection.attributes : []),
  ];
  return Object.fromEntries(names.filter((n) => item[n] !== undefined).map((n) => [n, item[n]]));
}

/** Index write units for one item going from `before` to `after`, by what each index projects. */
function indexWrites(fullBefore: Item | undefined, fullAfter: Item | undefined): number {
  let units = 0;
  for (const index of TABLE.indexes) {
    const before = projected(index, fullBefore);
    const after = projected(index, fullAfter);
    const keyIn = (item: Item | undefined) =>
      item?.[index.partitionKey.name] !== undefined && item?.[index.sortKey.name] !== undefined
        ? `${item[index.partitionKey.name]}\u0000${item[index.sortKey.name]}`
        : undefined;
    const [was, is] = [keyIn(before), keyIn(after)];
    if (was === undefined && is === undefined) continue;
    if (was === undefined) units += writeUnits(itemSize(after));
    else if (is === undefined) units += writeUnits(itemSize(before));
    else if (was !== is) units += writeUnits(itemSize(before)) + writeUnits(itemSize(after));
    else if (JSON.stringify(before) !== JSON.stringify(after))
      units += writeUnits(Math.max(itemSize(before), itemSize(after)));
  }
  return units;
}

/** What AWS bills a committed transaction: 2 units per KB per item on the table, plus its index writes. */
function transactionWrites(
  input: TransactWriteCommandInput,
  before: (Item | undefined)[],
  after: (Item | undefined)[],
) {
  return (input.TransactItems ?? []).reduce((sum, action, i) => {
    const size = Math.max(itemSize(before[i]), itemSize(after[i]));
    const index = action.ConditionCheck ? 0 : indexWrites(before[i], after[i]);
    return sum + 2 * writeUnits(size) + index;
  }, 0);
}

export function attachCapacityMeter(
  doc: DynamoDBDocumentClient,
  inspector: DynamoDBDocumentClient,
): CapacityMeter {
  const records: CapacityRecord[] = [];
  const images = (targets: Key[]) =>
    Promise.all(
      targets.map(async (t) => (await inspector.send(new GetCommand({ ...t, ConsistentRead: true }))).Item),
    );

  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      const data = READS.has(command) || WRITES.has(command) || command === TRANSACT_WRITE;
      if (!data) return next(args);
      const label = meterLabel.getStore() ?? 'request';
      const input = args.input as Item;
      input.ReturnConsumedCapacity = 'INDEXES';
      const targets = command === TRANSACT_WRITE ? targetsOf(input as TransactWriteCommandInput) : [];
      const before = command === TRANSACT_WRITE ? await images(targets) : [];
      try {
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] };
        if (command === TRANSACT_WRITE) {
          const writes = transactionWrites(input as TransactWriteCommandInput, before, await images(targets));
          records.push({ label, command, reads: 0, writes, source: 'item sizes' });
        } else {
          const capacity = sumReported(output.ConsumedCapacity);
          const isRead = READS.has(command);
          records.push({
            label,
            command,
            reads: isRead ? capacity : 0,
            writes: isRead ? 0 : capacity,
            source: 'reported',
          });
        }
        return result;
      } catch (error) {
        // A failed condition on a single write is still billed (at least one unit); a cancelled transaction reports none.
        if ((error as Error).name === 'ConditionalCheckFailedException')
          records.push({ label, command, reads: 0, writes: 1, source: 'failed condition' });
        throw error;
      }
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );

  return {
    records,
    reset: () => {
      records.length = 0;
    },
    total: (label) => {
      const chosen = label === undefined ? records : records.filter((r) => r.label === label);
      return {
        reads: chosen.reduce((s, r) => s + r.reads, 0),
        writes: chosen.reduce((s, r) => s + r.writes, 0),
        commands: chosen.length,
      };
    },
  };
}
