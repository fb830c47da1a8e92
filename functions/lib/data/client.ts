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

/**
 * Without these the SDK waits for a silent connection until the Lambda itself times out (it
 * only warns past `requestTimeout` unless told to throw). On AWS, three attempts of at most
 * 1 s to connect and 3 s to answer fit in the public API's 10 s; what still fails is a 503.
 * DynamoDB Local on a busy laptop can take seconds for a transaction, so it gets more time.
 * Transactions stay safe to retry: the SDK sends every attempt with one ClientRequestToken.
 */
export const REQUEST_TIMEOUTS = {
  aws: { connectionTimeout: 1000, requestTimeout: 3000, throwOnRequestTimeout: true },
  local: { connectionTimeout: 5000, requestTimeout: 30_000, throwOnRequestTimeout: true },
};

/** The table a function's configuration names (TABLE_NAME, AWS_REGION, DYNAMODB_ENDPOINT locally). */
export interface TableConfig {
  TABLE_NAME: string;
  AWS_REGION: string;
  DYNAMODB_ENDPOINT?: string | undefined;
}

/** The database of a Lambda handler, from its configuration. */
export const databaseFromConfig = (config: TableConfig): Database =>
  createDatabase({
    tableName: config.TABLE_NAME,
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
  });

export function createDatabase(options: DatabaseOptions, overrides: DynamoDBClientConfig = {}): Database {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region ?? 'ap-southeast-1',
    requestHandler: local ? REQUEST_TIMEOUTS.local : REQUEST_TIMEOUTS.aws,
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
