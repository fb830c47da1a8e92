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

export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const endpoint = inject('dynamodbEndpoint');
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
