/**
 * A browser test file's local stack on its Vitest worker's DynamoDB Local (the project's global
 * setup starts one per worker), in a table of its own holding a copy of the demo data, instead
 * of a DynamoDB Local of its own seeded anew: a JVM start (about 6 s) and a seed (about 7 s, a
 * copy takes one) less per file. Each file still has its own table, so no file sees another's
 * writes. Without a server from a global setup (a project that has none) the stack starts its own.
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDatabase, createRepositories } from '../../functions/lib/data/index.ts';
import { freePort } from '../../infra/local/ports.ts';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../infra/local/stack.ts';
import { localClient, testDynamoDbEndpoint } from './database.ts';
import { seedDemoCopy } from './demo-template.ts';

export interface StackDynamoDb {
  /** What to pass to startLocalStack. */
  options: Pick<LocalStackOptions, 'dynamodb' | 'tableName'>;
  /** Drops the table (when it is on the worker's server); call it after the stack stopped. */
  drop(): Promise<void>;
}

export function stackDynamoDb(prefix: string): StackDynamoDb {
  const endpoint = testDynamoDbEndpoint();
  if (!endpoint) return { options: {}, drop: async () => undefined };
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  return {
    options: {
      tableName,
      dynamodb: {
        endpoint,
        seed: async (table) => {
          await seedDemoCopy({
            endpoint,
            tableName: table,
            repos: createRepositories(createDatabase({ tableName: table, endpoint })),
          });
        },
      },
    },
    async drop() {
      const admin = localClient(endpoint);
      try {
        await admin.send(new DeleteTableCommand({ TableName: tableName }));
      } catch {
        // Never created: the stack failed before its table.
      } finally {
        admin.destroy();
      }
    },
  };
}

/**
 * A browser test's local stack on free ports and on a table of its own (stackDynamoDb), with
 * the site's port reserved for the caller to serve its build on. A stack that fails to start
 * drops its table; otherwise drop it after stopping the stack.
 */
export async function startStackOnOwnTable(
  prefix: string,
  sitePort: number,
): Promise<{ stack: LocalStack; dropTable(): Promise<void> }> {
  const table = stackDynamoDb(prefix);
  const stack = await startLocalStack({
    ports: { dynamodb: await freePort(), publicApi: await freePort(), site: sitePort },
    config: { SUBMIT_RATE_LIMIT: 1000 },
    ...table.options,
  }).catch(async (error: unknown) => {
    await table.drop();
    throw error;
  });
  return { stack, dropTable: table.drop };
}
