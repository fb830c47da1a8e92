/**
 * Starts DynamoDB Local (in memory) for the test run, one for each Vitest worker, and tells
 * the tests where they are: a file uses its worker's (`test/support/database.ts`). One Java
 * server took every file's requests, and DynamoDB Local runs one at a time (one SQLite
 * database under -sharedDb), so the second worker's file waited for the first's; with one
 * server each, the two workers run on the two cores.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { freePort } from '../../infra/local/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The first server: what a file uses when it cannot tell its worker. */
    dynamodbEndpoint: string;
    /** One server per worker: worker n (VITEST_POOL_ID) uses the n-th, modulo their number. */
    dynamodbEndpoints: string[];
  }
}

export default async function setup(project: TestProject) {
  const workers = project.globalConfig.maxWorkers;
  const count = typeof workers === 'number' && workers > 0 ? Math.min(workers, 4) : 1;
  const started = await Promise.allSettled(
    Array.from({ length: count }, async () => startDynamoDbLocal({ port: await freePort() })),
  );
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = () => Promise.all(servers.map((server) => server.stop())).then(() => undefined);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  project.provide('dynamodbEndpoint', servers[0]!.endpoint);
  project.provide(
    'dynamodbEndpoints',
    servers.map((server) => server.endpoint),
  );
  return stop;
}
