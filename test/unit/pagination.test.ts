/**
 * The page-cursor codec: a cursor continues exactly the query it came from (the key
 * attributes of shared/table.ts, the same partition, a sort key inside the key condition);
 * anything else is a 400 on `cursor`, before DynamoDB could answer with a 500.
 */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../functions/lib/data/pagination.ts';
import { ValidationError } from '../../shared/errors.ts';
import { TABLE } from '../../shared/table.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const resultsKey = {
  pk: 'PETITION#ABCD2345EFGH',
  sk: 'PUB#PETITION',
  gsi5pk: 'COUNCIL#huu-lung#PUBLISHED',
  gsi5sk: '2026-11-30T08:00:00.000Z#ABCD2345EFGH',
};
const results = { index: 'gsi5' as const, partition: 'COUNCIL#huu-lung#PUBLISHED' };

function refusal(cursor: string, scope: Parameters<typeof decodeCursor>[1]) {
  try {
    decodeCursor(cursor, scope);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('page cursors', () => {
  it('give back the key they were made from, for the query they continue', () => {
    expect(decodeCursor(encodeCursor(resultsKey), results)).toEqual(resultsKey);
    expect(decodeCursor(undefined, results)).toBeUndefined();
  });

  it('read the key attribute names from the table definition, for every index', () => {
    for (const index of TABLE.indexes) {
      const key = {
        [TABLE.partitionKey.name]: 'PETITION#X',
        [TABLE.sortKey.name]: 'PUB#PETITION',
        [index.partitionKey.name]: 'P',
        [index.sortKey.name]: 'S',
      };
      const name = index.name as 'gsi1';
      expect(decodeCursor(b64(key), { index: name, partition: 'P' })).toEqual(key);
      const { [index.sortKey.name]: _, ...missing } = key;
      expect(refusal(b64(missing), { index: name, partition: 'P' })).toBeInstanceOf(ValidationError);
    }
  });

  it.each([
    ['another shape ({"a":"b"})', b64({ a: 'b' })],
    [
      'a key of another index',
      b64({ ...resultsKey, gsi5pk: undefined, gsi5sk: undefined, gsi1pk: 'x', gsi1sk: 'y' }),
    ],
    ['an extra attribute', b64({ ...resultsKey, status: 'closed' })],
    ['the table key alone', b64({ pk: resultsKey.pk, sk: resultsKey.sk })],
    ['a number where the table has a string', b64({ ...resultsKey, gsi5sk: 5 })],
    ['an empty key value', b64({ ...resultsKey, pk: '' })],
    ['an object as key value', b64({ ...resultsKey, sk: { S: 'x' } })],
    ["another council's partition", b64({ ...resultsKey, gsi5pk: 'COUNCIL#hau-giang#PUBLISHED' })],
    ['an array', b64([resultsKey])],
    ['JSON null', b64(null)],
    ['a string', b64('COUNCIL#huu-lung#PUBLISHED')],
    ['bytes that are not JSON', Buffer.from('{"pk":', 'utf8').toString('base64url')],
  ])('refuse %s with cursor.invalid on the cursor field', (_, cursor) => {
    const error = refusal(cursor, results);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ cursor: { key: 'cursor.invalid' } });
    expect((error as ValidationError).status).toBe(400);
  });

  it('refuse a sort key outside the key condition of the query', () => {
    const meetings = (gsi2sk: string) =>
      b64({ pk: 'MEETING#m', sk: 'MEETING', gsi2pk: 'COUNCIL#huu-lung#MEETINGS', gsi2sk });
    const scope = (sortKey: { atLeast?: string; atMost?: string; below?: string }) => ({
      index: 'gsi2' as const,
      partition: 'COUNCIL#huu-lung#MEETINGS',
      sortKey,
    });
    const inside = '2026-12-10T01:00:00.000Z#m';
    expect(
      decodeCursor(meetings(inside), scope({ atLeast: '2026-12-01', atMost: '2026-12-31' })),
    ).toBeDefined();
    expect(refusal(meetings(inside), scope({ atLeast: '2026-12-11' }))).toBeInstanceOf(ValidationError);
    expect(refusal(meetings(inside), scope({ atMost: '2026-12-09' }))).toBeInstanceOf(ValidationError);
    expect(refusal(meetings(inside), scope({ below: '2026-12-10' }))).toBeInstanceOf(ValidationError);
  });
});
