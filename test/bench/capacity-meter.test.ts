/**
 * The bench's capacity meter: item sizes by AWS's rules, and transactions costed as AWS
 * bills them (DynamoDB Local's own figure for them is not), on the shared DynamoDB Local.
 */
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../functions/lib/data/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { attachCapacityMeter, type CapacityMeter, meterLabel } from './capacity-meter.ts';
import { itemSize, writeUnits } from './item-size.ts';

describe('item size', () => {
  it('counts names and values as DynamoDB does', () => {
    expect(itemSize({ pk: 'ab' })).toBe(4);
    // "Vân" is 4 bytes in UTF-8.
    expect(itemSize({ name: 'Vân' })).toBe(8);
    // 12345 has 5 significant digits: 3 bytes + 1.
    expect(itemSize({ n: 12345 })).toBe(1 + 4);
    expect(itemSize({ ok: true, no: null })).toBe(2 + 1 + 2 + 1);
    // A list: 3 bytes, plus 1 per element and each element's own size.
    expect(itemSize({ l: ['ab', 'c'] })).toBe(1 + 3 + (1 + 2) + (1 + 1));
    // A map: the same, with each key's bytes.
    expect(itemSize({ m: { a: 'xy' } })).toBe(1 + 3 + (1 + 1 + 2));
  });

  it('rounds writes up to whole kilobytes, at least one', () => {
    expect(writeUnits(0)).toBe(1);
    expect(writeUnits(1024)).toBe(1);
    expect(writeUnits(1025)).toBe(2);
  });
});

describe('capacity meter', () => {
  let t: TestDatabase;
  let meter: CapacityMeter;
  beforeAll(async () => {
    t = await createTestDatabase('meter');
    meter = attachCapacityMeter(
      t.db.doc,
      createDatabase({ tableName: t.tableName, endpoint: t.endpoint }).doc,
    );
  });
  afterAll(() => t.drop());

  const item = (sk: string, extra: Record<string, unknown> = {}) => ({ pk: 'M', sk, ...extra });
  /** One update of item `a`, alone in a transaction. */
  const updateInTransaction = (expression: string, values: Record<string, unknown>) =>
    t.db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: t.tableName,
              Key: { pk: 'M', sk: 'a' },
              UpdateExpression: expression,
              ExpressionAttributeValues: values,
            },
          },
        ],
      }),
    );
  // About 1.5 KB: two write units on the table; gsi1 carries its keys only (shared/table.ts): one unit there.
  const body = 'x'.repeat(1500);

  it('takes a single write as DynamoDB Local reports it, index included at the size it projects', async () => {
    meter.reset();
    await t.db.doc.send(
      new PutCommand({ TableName: t.tableName, Item: item('single', { body, gsi1pk: 'G', gsi1sk: '1' }) }),
    );
    expect(meter.total()).toEqual({ reads: 0, writes: 3, commands: 1 });
  });

  it('costs a transaction at two units per KB per item, its index writes at one', async () => {
    meter.reset();
    await t.db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: t.tableName, Item: item('a', { body, gsi1pk: 'G', gsi1sk: '2' }) } },
          { Put: { TableName: t.tableName, Item: item('b') } },
        ],
      }),
    );
    // a: 2 × 2 on the table + 1 on gsi1 (keys only); b: 2 × 1.
    expect(meter.total()).toEqual({ reads: 0, writes: 7, commands: 1 });
    expect(meter.records[0]!.source).toBe('item sizes');
  });

  it('charges an index twice when a transaction moves the item to another index key', async () => {
    meter.reset();
    await updateInTransaction('SET gsi1pk = :moved', { ':moved': 'H' });
    // 2 × 2 on the table; on gsi1 the old entry is deleted (1) and the new one written (1).
    expect(meter.total().writes).toBe(6);
  });

  it('charges no index a transaction changes nothing of that the index carries', async () => {
    meter.reset();
    await updateInTransaction('SET body = :other', { ':other': 'y'.repeat(1500) });
    // 2 × 2 on the table; gsi1 holds only the keys, which did not change.
    expect(meter.total().writes).toBe(4);
  });

  it('labels commands by who sent them', async () => {
    meter.reset();
    await meterLabel.run('notifier', () =>
      t.db.doc.send(new PutCommand({ TableName: t.tableName, Item: item('labelled') })),
    );
    await t.db.doc.send(new PutCommand({ TableName: t.tableName, Item: item('unlabelled') }));
    expect(meter.total('notifier')).toEqual({ reads: 0, writes: 1, commands: 1 });
    expect(meter.total('request')).toEqual({ reads: 0, writes: 1, commands: 1 });
  });
});
