/**
 * The DynamoDB clients: created once per process and passed to the repositories, so
 * that tests and the bench can hand in their own (a spy, another endpoint).
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface Database {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

export interface DatabaseOptions {
  tableName: string;
  region?: string;
  /** DynamoDB Local's URL; absent on AWS. */
  endpoint?: string;
}

export function createDatabase(options: DatabaseOptions, overrides: DynamoDBClientConfig = {}): Database {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region ?? 'ap-southeast-1',
    ...(local
      ? {
          endpoint: options.endpoint,
          // DynamoDB Local accepts any credentials; fixed ones keep a developer's real keys out of it.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    ...overrides,
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
  return { doc, tableName: options.tableName };
}
