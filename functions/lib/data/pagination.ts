/**
 * Opaque page cursors: a LastEvaluatedKey as base64url JSON (keys only, never personal data).
 *
 * A cursor comes back from the client, so it is checked before DynamoDB sees it: it must
 * hold exactly the key attributes of the query it continues (the table's key plus that
 * index's key, names and types read from shared/table.ts), its partition key must be the
 * partition being queried, and its sort key must lie inside the query's key condition.
 * Anything else is a 400 on `cursor`, never a DynamoDB ValidationException (a 500).
 *
 * Checked rather than signed: the check needs no secret to configure and rotate, and it
 * is enough. A cursor is only a position inside a partition the caller may already read
 * (the route authorizes the partition before the query), so a forged one can skip or
 * repeat items of that partition, nothing more; it cannot reach another partition.
 */
import { ValidationError } from '../../../shared/errors.ts';
import { type IndexName, type KeyAttribute, TABLE } from '../../../shared/table.ts';

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/**
 * Every item of a paged read, page after page (`limit`: stop once at least that many are
 * read). For reads that need the whole set: statistics, reports, a delegate's list.
 */
export async function readAllPages<T>(
  read: (cursor: string | undefined) => Promise<Page<T>>,
  limit = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < limit);
  return items;
}

/** What a Query reads: an index (or the table), one partition, and the bounds of its sort key. */
export interface QueryScope {
  index?: IndexName;
  partition: string;
  /** The key condition on the sort key: `>= atLeast`, `<= atMost`, `< below`. */
  sortKey?: { atLeast?: string; atMost?: string; below?: string };
}

/** The error every unusable cursor becomes: the client should start again from the first page. */
export function invalidCursor(cause?: unknown): ValidationError {
  return new ValidationError({ cursor: { key: 'cursor.invalid' } }, 'request.invalid', { cause });
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

/** The key attributes a LastEvaluatedKey of this query has: the table's, then the index's. */
function keyShapeOf(index: IndexName | undefined): {
  partition: KeyAttribute;
  sort: KeyAttribute;
  all: KeyAttribute[];
} {
  const table = [TABLE.partitionKey, TABLE.sortKey];
  if (!index) return { partition: TABLE.partitionKey, sort: TABLE.sortKey, all: table };
  const definition = TABLE.indexes.find((i) => i.name === index);
  if (!definition) throw new Error(`No index ${index} in shared/table.ts`);
  return {
    partition: definition.partitionKey,
    sort: definition.sortKey,
    all: [...table, definition.partitionKey, definition.sortKey],
  };
}

const isKeyValue = (value: unknown, type: KeyAttribute['type']) =>
  type === 'S'
    ? typeof value === 'string' && value.length > 0
    : typeof value === 'number' && Number.isFinite(value);

function withinSortBounds(value: unknown, bounds: QueryScope['sortKey']): boolean {
  if (!bounds) return true;
  if (typeof value !== 'string') return false;
  if (bounds.atLeast !== undefined && value < bounds.atLeast) return false;
  if (bounds.atMost !== undefined && value > bounds.atMost) return false;
  if (bounds.below !== undefined && value >= bounds.below) return false;
  return true;
}

/** The ExclusiveStartKey for the query in `scope`, or a 400 on `cursor` when it does not continue it. */
export function decodeCursor(
  cursor: string | undefined,
  scope: QueryScope,
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalidCursor(error);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalidCursor();
  const key = value as Record<string, unknown>;
  const shape = keyShapeOf(scope.index);
  const names = Object.keys(key).sort();
  const expected = [...new Set(shape.all.map((a) => a.name))].sort();
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) throw invalidCursor();
  if (!shape.all.every((a) => isKeyValue(key[a.name], a.type))) throw invalidCursor();
  if (key[shape.partition.name] !== scope.partition) throw invalidCursor();
  if (!withinSortBounds(key[shape.sort.name], scope.sortKey)) throw invalidCursor();
  return key;
}
