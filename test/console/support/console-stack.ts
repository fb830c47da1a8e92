/**
 * Everything the console works against, on free loopback ports: the local stack (DynamoDB
 * Local with the demo data, the public API, the notifier and its mailbox, the local issuer
 * and the staff API allowing the site's origin), and the site as built with the console's
 * build-time settings, served with the public API's paths on the same origin.
 */
import { rmSync } from 'node:fs';
import { freePort } from '../../../infra/local/ports.ts';
import { buildSite } from '../../../infra/local/site-build.ts';
import { serveSite } from '../../../infra/local/site-server.ts';
import type { LocalStack } from '../../../infra/local/stack.ts';
import { startStackOnOwnTable } from '../../support/stack-dynamodb.ts';

export interface ConsoleStack {
  stack: LocalStack;
  /** The site's origin as the staff API and the issuer allow it (CORS). */
  siteUrl: string;
  staffApiUrl: string;
  /** The built site. */
  outDir: string;
  stop(): Promise<void>;
}

export async function startConsoleStack(): Promise<ConsoleStack> {
  const sitePort = await freePort();
  const { stack, dropTable } = await startStackOnOwnTable('console', sitePort);
  const stoppers: (() => Promise<void>)[] = [dropTable, stack.stop];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s().catch(() => undefined);
  };
  try {
    const { outDir } = await buildSite({
      apiUrl: stack.urls.publicApi,
      env: { PUBLIC_STAFF_API_URL: stack.urls.staffApi, PUBLIC_STAFF_ISSUER_URL: stack.urls.issuer },
    });
    stoppers.push(async () => rmSync(outDir, { recursive: true, force: true }));
    const site = await serveSite({ root: outDir, apiUrl: stack.urls.publicApi, port: sitePort });
    stoppers.push(site.close);
    return { stack, siteUrl: stack.urls.site, staffApiUrl: stack.urls.staffApi, outDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
