/**
 * The service as the cost bench sees it: its own table on the local stack's DynamoDB,
 * seeded with the demo data; the public and staff Hono apps on loopback ports; the
 * notifier fed by the table's stream and sending to the stack's local mailbox. Every
 * DynamoDB command goes through the capacity meter; the notifier's are labelled
 * 'notifier' and the statistics aggregator's (also fed by the stream) 'statistics', so what
 * a request costs, what its emails cost and what counting it costs are counted apart.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTokenVerifier } from '../../functions/lib/auth/verify-token.ts';
import type { Config } from '../../functions/lib/config.ts';
import { createDatabase, createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { createEmailSender, createSesClient } from '../../functions/lib/email/index.ts';
import { createNotifier } from '../../functions/notifier/notifier.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { createStaffApp } from '../../functions/staff-api/app.ts';
import { createStatisticsAggregator } from '../../functions/statistics/aggregator.ts';
import { ensureTable, streamArnOf } from '../../infra/local/create-table.ts';
import { listen, nodeClientAddress } from '../../infra/local/http-server.ts';
import { startLocalIssuer } from '../../infra/local/issuer.ts';
import { freePort } from '../../infra/local/ports.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { localStreamsClient, startStreamPoller } from '../../infra/local/stream-poller.ts';
import { createTableWithoutStream } from './bench-table.ts';
import { attachCapacityMeter, type CapacityMeter, meterLabel } from './capacity-meter.ts';

export interface MeteredService {
  publicUrl: string;
  staffUrl: string;
  repos: Repositories;
  meter: CapacityMeter;
  /** A bearer token for a demo staff account. */
  tokenFor(username: string): Promise<string>;
  /** Resolves once the notifier and the statistics aggregator have handled every change made so far. */
  settle(): Promise<void>;
  /** What the poller said (retries, give-ups): empty when every email went out. */
  notifierLog: string[];
  /** The submitter's links' key (feedback and rights tokens), as the public API is configured. */
  linkSecret: string;
  stop(): Promise<void>;
}

export async function startMeteredService(
  stack: LocalStack,
  tableName: string,
  options: {
    /** false: no notifier and no aggregator, and a table without a stream (none reads it). */
    streamReaders?: boolean;
    /** Another DynamoDB Local than the stack's (the scale run's own, started for a bulk load). */
    endpoint?: string;
  } = {},
): Promise<MeteredService> {
  const readers = options.streamReaders ?? true;
  const endpoint = options.endpoint ?? stack.urls.dynamodb;
  const region = stack.config.AWS_REGION;
  const admin = new DynamoDBClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  let streamArn = '';
  if (readers) {
    await ensureTable(admin, tableName);
    streamArn = await streamArnOf(admin, tableName);
  } else {
    await createTableWithoutStream(admin, tableName);
  }
  admin.destroy();

  const db = createDatabase({ tableName, region, endpoint });
  const meter = attachCapacityMeter(db.doc, createDatabase({ tableName, region, endpoint }).doc);
  const repos = createRepositories(db);
  await seedDemoData(repos);

  const config: Config = { ...stack.config, TABLE_NAME: tableName };
  const publicApi = await listen(
    createPublicApp({ repos, config, clientAddress: nodeClientAddress }),
    await freePort(),
  );
  const issuer = await startLocalIssuer({ port: await freePort() });
  const staffApi = await listen(
    createStaffApp({
      repos,
      verifyToken: createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      }),
    }),
    await freePort(),
  );

  const notify = createNotifier({
    repos,
    sender: createEmailSender({
      client: createSesClient({ region, endpoint: stack.urls.mailbox }),
      sender: 'HĐND (bench) <thong-bao@hdnd.local>',
      configurationSet: 'bench',
    }),
    siteUrl: config.PUBLIC_SITE_URL,
    consoleUrl: config.PUBLIC_SITE_URL,
    feedbackSecret: config.FEEDBACK_TOKEN_SECRET,
    leaseSeconds: 120,
  });
  const notifierLog: string[] = [];
  const streams = localStreamsClient(endpoint, region);
  const idle = { settled: async () => undefined, stop: async () => undefined };
  /** A stream reader metered under `label` (its lines logged after `prefix`); none without readers. */
  const reader = async (
    label: 'notifier' | 'statistics',
    handle: Parameters<typeof startStreamPoller>[0]['handler'],
    prefix = '',
  ) =>
    readers
      ? await startStreamPoller({
          client: streams,
          streamArn,
          handler: (event) => meterLabel.run(label, () => handle(event)),
          pollIntervalMs: 50,
          log: (message) => notifierLog.push(`${prefix}${message}`),
        })
      : idle;
  const poller = await reader('notifier', notify);
  const statistics = await reader('statistics', createStatisticsAggregator({ repos }), 'statistics: ');
  meter.reset();

  return {
    publicUrl: publicApi.url,
    staffUrl: staffApi.url,
    repos,
    meter,
    tokenFor: (username) => issuer.tokenFor(username),
    // Twice: a change committed just before the first pass began is read by the second.
    settle: async () => {
      await Promise.all([poller.settled(), statistics.settled()]);
      await Promise.all([poller.settled(), statistics.settled()]);
    },
    notifierLog,
    linkSecret: config.FEEDBACK_TOKEN_SECRET,
    stop: async () => {
      await poller.stop();
      await statistics.stop();
      streams.destroy();
      await staffApi.close();
      await issuer.close();
      await publicApi.close();
      db.doc.destroy();
    },
  };
}
