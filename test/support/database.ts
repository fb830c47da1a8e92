/**
 * A fresh table on the shared DynamoDB Local for each test file, and a record of the
 * commands the repositories send (to assert "one transaction", "no Scan").
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import {
  createDatabase,
  createRepositories,
  type Database,
  type Repositories,
} from '../../functions/lib/data/index.ts';
import { ensureTable } from '../../infra/local/create-table.ts';

export interface SentCommand {
  name: string;
  input: Record<string, unknown>;
}

export interface TestDatabase {
  db: Database;
  repos: Repositories;
  endpoint: string;
  tableName: string;
  /** Every command sent through `db` since the last reset. */
  sent: SentCommand[];
  /** Every command sent through `db`, never reset. */
  history: SentCommand[];
  resetSent(): void;
  drop(): Promise<void>;
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/** This worker's DynamoDB Local (dynamodb-global-setup.ts starts one per worker); undefined in a project without. */
export function testDynamoDbEndpoint(): string | undefined {
  const endpoints = inject('dynamodbEndpoints') ?? [];
  if (endpoints.length === 0) return inject('dynamodbEndpoint');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  return endpoints[(Math.max(worker, 1) - 1) % endpoints.length];
}

export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const endpoint = testDynamoDbEndpoint();
  // Without this, a unit-project file would send its commands to AWS itself.
  if (!endpoint) {
    throw new Error(
      'No DynamoDB Local in this project: a test file that needs one belongs in the integration project (vitest.config.ts)',
    );
  }
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const admin = localClient(endpoint);
  await ensureTable(admin, tableName);
  const db = createDatabase({ tableName, endpoint });
  const sent: SentCommand[] = [];
  const history: SentCommand[] = [];
  db.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const command = { name: String(context.commandName), input: args.input as Record<string, unknown> };
      sent.push(command);
      history.push(command);
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return {
    db,
    repos: createRepositories(db, { referenceCacheSeconds: 0 }),
    endpoint,
    tableName,
    sent,
    history,
    resetSent: () => {
      sent.length = 0;
    },
    drop: async () => {
      await admin.send(new DeleteTableCommand({ TableName: tableName }));
      admin.destroy();
    },
  };
}
