/**
 * The whole service on one machine: DynamoDB Local, the table and its demo data, and
 * the same Hono apps and handlers that run on Lambda. `npm start` runs it; the
 * integration and browser tests start it on free ports.
 *
 * The public site is the Astro dev server on a loopback address; on any other (HOST=0.0.0.0,
 * to try it from a phone) it is the built site, since a dev server serves source files.
 * The local secrets (rate-limit salt, feedback key) are made at start, never written in a
 * file the dev server could serve; with a data folder they are kept beside the data, so
 * the feedback links already mailed keep working across restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Config } from '../../functions/lib/config.ts';
import { createDatabase, createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { rebuildStaffSearch } from '../../functions/lib/search/staff-search-rebuild.ts';
import { rebuildStatistics } from '../../functions/lib/statistics/rebuild.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { ensureTable, streamArnOf } from './create-table.ts';
import { seedDemoYear } from './demo/year.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { listen, nodeClientAddress, type RunningServer } from './http-server.ts';
import { startLocalNotifier } from './notifier.ts';
import { assertPortFree, freePort, isLoopbackHost, localOrigins } from './ports.ts';
import { startLocalS3 } from './s3-server.ts';
import { seedDemoData } from './seed.ts';
import { buildSite } from './site-build.ts';
import { startSiteDevServer } from './site-dev-server.ts';
import { serveSite } from './site-server.ts';
import { startLocalStaffServices } from './staff-services.ts';
import { startLocalStatistics } from './statistics.ts';

export interface LocalStackOptions {
  /** `mailbox`: the local SES endpoint and mailbox viewer (a free port when absent). */
  ports: {
    dynamodb: number;
    publicApi: number;
    site: number;
    mailbox?: number;
    /** The SMS and Zalo stand-ins (free ports when absent). */
    sms?: number;
    zalo?: number;
    staffApi?: number;
    issuer?: number;
    /** `npm run preview:site`'s port: its console may call the staff API and the issuer too. */
    preview?: number;
    /** The local S3 server of attachments (a free port when absent). */
    s3?: number;
  };
  /** Keep DynamoDB's data in this folder; in memory when absent. */
  dataDir?: string;
  tableName?: string;
  seed?: boolean;
  /** With the seed, a council's year of petitions around it (infra/local/demo/year.ts); `npm start` asks for it. */
  demoYear?: boolean;
  /** Listen on all interfaces (to try the site from a phone on the same network). */
  host?: string;
  /** Overrides of the functions' configuration (tests raise the rate limit, for example). */
  config?: Partial<Config>;
  /**
   * Serve the public site on `ports.site` (`npm start` does): `true` is the dev server on a
   * loopback host and the built site on any other; `'built'` builds it in any case.
   */
  site?: boolean | 'built';
  /**
   * A DynamoDB Local that is already running (the browser tests' server of their Vitest worker),
   * instead of starting one: a JVM start less. The stack makes its table there (`tableName`, one
   * of its own) and, with `seed`, fills it with that instead of `seedDemoData` (the tests copy the
   * demo data from a template table). stop() leaves the server running and the table to its owner.
   */
  dynamodb?: { endpoint: string; seed?: (tableName: string) => Promise<void> };
}

export interface LocalStack {
  urls: {
    dynamodb: string;
    publicApi: string;
    site: string;
    mailbox: string;
    sms: string;
    zalo: string;
    staffApi: string;
    issuer: string;
    s3: string;
  };
  config: Config;
  repos: Repositories;
  stop(): Promise<void>;
  /** The statistics aggregator's stream poller: settled() once every change so far is counted. */
  statistics: { settled(): Promise<void> };
}

type LocalSecrets = Pick<Config, 'RATE_LIMIT_SALT' | 'FEEDBACK_TOKEN_SECRET'>;

/** Fresh random secrets, or those kept in the data folder from an earlier run. */
function localSecrets(dataDir: string | undefined): LocalSecrets {
  const file = dataDir && join(dataDir, 'local-secrets.json');
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const secrets = {
    RATE_LIMIT_SALT: randomBytes(32).toString('base64url'),
    FEEDBACK_TOKEN_SECRET: randomBytes(32).toString('base64url'),
  };
  if (file) writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const host = options.host ?? '127.0.0.1';
  const devSite = options.site === true && isLoopbackHost(host);
  const builtSite = options.site === 'built' || (options.site === true && !devSite);
  await assertPortFree(options.ports.publicApi, 'the public API', 'PUBLIC_API_PORT');

  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s().catch(() => undefined);
  };
  try {
    // The site's dev server starts first and alongside: it only needs to know where the APIs will be.
    const loopback = isLoopbackHost(host) ? host : '127.0.0.1';
    const siteApiUrl = `http://${loopback}:${options.ports.publicApi}`;
    const siteEnv = {
      // Canonical and hreflang links, and the feeds' absolute links (Atom ids, webcal:), point at the
      // local site, as the API's links do.
      PUBLIC_SITE_URL: `http://localhost:${options.ports.site}`,
      ...(options.ports.staffApi
        ? { PUBLIC_STAFF_API_URL: `http://${loopback}:${options.ports.staffApi}` }
        : {}),
      ...(options.ports.issuer
        ? { PUBLIC_STAFF_ISSUER_URL: `http://${loopback}:${options.ports.issuer}` }
        : {}),
    };
    if (builtSite) await assertPortFree(options.ports.site, 'the public site', 'SITE_PORT');
    const site = devSite
      ? await startSiteDevServer({ port: options.ports.site, host, apiUrl: siteApiUrl, env: siteEnv })
      : undefined;
    if (site) {
      stoppers.push(site.stop);
      // Awaited below; a failure to listen before then stops the start there, not the process
      // (an unhandled rejection while DynamoDB Local is still starting).
      site.ready.catch(() => undefined);
    }

    const dynamo: Pick<DynamoDbLocal, 'endpoint' | 'stop'> = options.dynamodb
      ? { endpoint: options.dynamodb.endpoint, stop: async () => undefined }
      : await startDynamoDbLocal({
          port: options.ports.dynamodb,
          host,
          ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        });
    stoppers.push(dynamo.stop);

    const { url: siteUrl, origins: siteOrigins } = localOrigins(host, options.ports.site);
    const config: Config = {
      TABLE_NAME: options.tableName ?? 'hdnd-local',
      AWS_REGION: 'ap-southeast-1',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      PUBLIC_SITE_URL: siteUrl,
      ...localSecrets(options.dataDir),
      // No CloudFront in front of the local API: the site's dev server proxies to it directly.
      ORIGIN_SECRET: 'off',
      SUBMIT_RATE_LIMIT: 10,
      SUBMIT_RATE_WINDOW_SECONDS: 600,
      ...options.config,
    };

    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: config.AWS_REGION,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ensureTable(client, config.TABLE_NAME);
    const streamArn = await streamArnOf(client, config.TABLE_NAME);
    client.destroy();

    const repos = createRepositories(
      createDatabase({ tableName: config.TABLE_NAME, region: config.AWS_REGION, endpoint: dynamo.endpoint }),
    );
    // The hand-written demo, then (on a fresh table only, when asked) a council's year around it.
    const seed = options.dynamodb?.seed;
    if (seed) await seed(config.TABLE_NAME);
    else if ((options.seed ?? true) && (await seedDemoData(repos)).seeded && options.demoYear) {
      await seedDemoYear(repos);
      // A bulk load, as the seed's own: its statistics counted at once, not from the stream.
      await rebuildStatistics(repos);
      await rebuildStaffSearch(repos);
    }

    const notifier = await startLocalNotifier({
      repos,
      config,
      // The console is the site's /quan-ly/, as for the reminders below.
      consoleUrl: siteUrl,
      streamArn,
      mailboxPort: options.ports.mailbox ?? (await freePort()),
      smsPort: options.ports.sms ?? (await freePort()),
      zaloPort: options.ports.zalo ?? (await freePort()),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
    stoppers.push(notifier.stop);
    const statistics = await startLocalStatistics({
      repos,
      endpoint: dynamo.endpoint,
      region: config.AWS_REGION,
      streamArn,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
    stoppers.push(statistics.stop);

    // Attachments: the local S3 (objects beside DynamoDB's data with a data folder), its events
    // feeding the same processing handler as the Lambda's.
    if (options.ports.s3) await assertPortFree(options.ports.s3, 'the local S3 (attachments)', 'S3_PORT');
    const s3 = await startLocalS3({
      port: options.ports.s3 ?? (await freePort()),
      host,
      origins: [
        ...siteOrigins,
        ...(options.ports.preview ? localOrigins(host, options.ports.preview).origins : []),
      ],
      repos,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
    stoppers.push(s3.stop);

    const publicApi: RunningServer = await listen(
      createPublicApp({ repos, config, clientAddress: nodeClientAddress, attachments: s3.store }),
      options.ports.publicApi,
      host,
    );
    stoppers.push(publicApi.close);

    // Staff sign-in (local issuer), the staff API and the deadline reminders on a timer.
    const staff = await startLocalStaffServices({
      repos,
      region: config.AWS_REGION,
      ports: {
        staffApi: options.ports.staffApi ?? (await freePort()),
        issuer: options.ports.issuer ?? (await freePort()),
      },
      host,
      consoleOrigins: [
        siteUrl,
        ...siteOrigins.slice(1),
        ...(options.ports.preview ? localOrigins(host, options.ports.preview).origins : []),
      ],
      mailboxUrl: notifier.mailbox.url,
      resolutionChecks: { siteUrl, feedbackSecret: config.FEEDBACK_TOKEN_SECRET },
      attachments: s3.store,
    });
    stoppers.push(staff.stop);

    await site?.ready;
    if (builtSite) {
      // Built from the live API now; a rebuild (restart) shows later changes.
      const built = await buildSite({ apiUrl: siteApiUrl, env: siteEnv });
      stoppers.push(async () => rmSync(built.outDir, { recursive: true, force: true }));
      const server = await serveSite({
        root: built.outDir,
        apiUrl: siteApiUrl,
        port: options.ports.site,
        host,
      });
      stoppers.push(server.close);
    }

    return {
      urls: {
        dynamodb: dynamo.endpoint,
        publicApi: publicApi.url,
        site: siteUrl,
        mailbox: notifier.mailbox.url,
        sms: notifier.sms.url,
        zalo: notifier.zalo.url,
        staffApi: staff.urls.staffApi,
        issuer: staff.urls.issuer,
        s3: s3.endpoint,
      },
      config,
      repos,
      stop,
      statistics,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
