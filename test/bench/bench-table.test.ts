/**
 * The bench's stream-less table (bench-table.ts): the same keys and indexes as the service's
 * table, no stream, and the items a bulk load writes readable through the indexes.
 */
import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createTableInput } from '../../infra/local/create-table.ts';
import { localClient, testDynamoDbEndpoint } from '../support/database.ts';
import { createTableWithoutStream } from './bench-table.ts';

const client = localClient(testDynamoDbEndpoint()!);
const tableName = `bench-table-${process.pid}-${Date.now()}`;

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
  client.destroy();
});

describe('a bench table without a stream', () => {
  it("has the service table's keys and indexes and no stream", async () => {
    await createTableWithoutStream(client, tableName);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const expected = createTableInput(tableName);
    expect(Table?.KeySchema).toEqual(expected.KeySchema);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).toSorted()).toEqual(
      expected.GlobalSecondaryIndexes?.map((i) => i.IndexName).toSorted(),
    );
    expect(Table?.StreamSpecification?.StreamEnabled ?? false).toBe(false);
    expect(Table?.LatestStreamArn).toBeUndefined();
  });
});
