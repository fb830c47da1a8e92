/**
 * Everything the console works against, on free loopback ports: the local stack (DynamoDB
 * Local with the demo data, the public API, the notifier and its mailbox), the local
 * issuer and the staff API allowing the site's origin, and the built site itself.
 */
import { createTokenVerifier } from '../../../functions/lib/auth/verify-token.ts';
import { createStaffApp } from '../../../functions/staff-api/app.ts';
import { listen } from '../../../infra/local/http-server.ts';
import { startLocalIssuer } from '../../../infra/local/issuer.ts';
import { freePort } from '../../../infra/local/ports.ts';
import { type LocalStack, startLocalStack } from '../../../infra/local/stack.ts';
import { buildSite, serveSite } from './static-site.ts';

export interface ConsoleStack {
  stack: LocalStack;
  siteUrl: string;
  staffApiUrl: string;
  stop(): Promise<void>;
}

export async function startConsoleStack(): Promise<ConsoleStack> {
  const sitePort = await freePort();
  const stack = await startLocalStack({
    ports: { dynamodb: await freePort(), publicApi: await freePort(), site: sitePort },
    config: { SUBMIT_RATE_LIMIT: 1000 },
  });
  const stoppers: (() => Promise<void>)[] = [stack.stop];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s().catch(() => undefined);
  };
  try {
    const siteUrl = stack.urls.site;
    const issuer = await startLocalIssuer({ port: await freePort(), consoleOrigin: siteUrl });
    stoppers.push(issuer.close);
    const verifyToken = createTokenVerifier({
      jwksUrl: issuer.jwksUrl,
      issuer: issuer.issuer,
      audience: issuer.audience,
    });
    const staffApp = createStaffApp({ repos: stack.repos, verifyToken, consoleOrigin: siteUrl });
    const staffApi = await listen(staffApp as never, await freePort());
    stoppers.push(staffApi.close);

    const outDir = await buildSite({
      PUBLIC_API_URL: stack.urls.publicApi,
      PUBLIC_STAFF_API_URL: staffApi.url,
      PUBLIC_STAFF_ISSUER_URL: issuer.issuer,
    });
    const site = await serveSite(outDir, { port: sitePort, publicApi: stack.urls.publicApi });
    stoppers.push(site.stop);
    return { stack, siteUrl, staffApiUrl: staffApi.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
