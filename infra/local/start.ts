/**
 * `npm start`: the whole service locally, with demo data, until Ctrl-C.
 *   PUBLIC_API_PORT (3000), DYNAMODB_PORT (8000), SITE_PORT (4321), SES_PORT (8005),
 *   SMS_PORT (8006), ZALO_PORT (8007), STAFF_API_PORT (3001), ISSUER_PORT (3002): change a port;
 *   PREVIEW_PORT (4322) is where `npm run preview:site` serves a build, whose console the staff
 *   API and the issuer allow. S3_PORT (4569): the local S3 of attachments.
 *   LOCAL_DATA_DIR=.local/dynamodb (or `npm start -- --persist`): keep data between runs.
 *   HOST=0.0.0.0: listen on the network; the site is then the built site, not the dev server.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocalStackError, portFromEnv } from './ports.ts';
import { type LocalStack, startLocalStack } from './stack.ts';
import { staffSignInHelp } from './staff-services.ts';

async function main(): Promise<void> {
  const persist = process.argv.includes('--persist');
  const dataDir = process.env.LOCAL_DATA_DIR || (persist ? '.local/dynamodb' : undefined);
  if (dataDir) mkdirSync(resolve(dataDir), { recursive: true });

  const started = Date.now();
  let stack: LocalStack | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the local stack…');
    await stack?.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

  stack = await startLocalStack({
    ports: {
      dynamodb: portFromEnv('DYNAMODB_PORT', 8000),
      publicApi: portFromEnv('PUBLIC_API_PORT', 3000),
      site: portFromEnv('SITE_PORT', 4321),
      mailbox: portFromEnv('SES_PORT', 8005),
      sms: portFromEnv('SMS_PORT', 8006),
      zalo: portFromEnv('ZALO_PORT', 8007),
      staffApi: portFromEnv('STAFF_API_PORT', 3001),
      issuer: portFromEnv('ISSUER_PORT', 3002),
      preview: portFromEnv('PREVIEW_PORT', 4322),
      s3: portFromEnv('S3_PORT', 4569),
    },
    ...(dataDir ? { dataDir: resolve(dataDir) } : {}),
    demoYear: true,
    ...(process.env.HOST ? { host: process.env.HOST } : {}),
    site: true,
  });
  if (stopping) return;

  const { urls } = stack;
  console.log(
    [
      '',
      `HĐND citizen-participation service: local stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      '',
      `  Public site     ${urls.site}        (live data from the public API)`,
      `  Public API      ${urls.publicApi}        (health: ${urls.publicApi}/health)`,
      `  Staff API       ${urls.staffApi}        (every route but /health needs a staff token)`,
      `  Staff sign-in   ${urls.issuer}        (local issuer: demo accounts, tokens, JWKS)`,
      `  Mailbox (SES)   ${urls.mailbox}        (every email the service sends; JSON at ${urls.mailbox}/store)`,
      `  SMS             ${urls.sms}        (every text message; JSON at ${urls.sms}/store)`,
      `  Zalo ZNS        ${urls.zalo}        (every Zalo message; JSON at ${urls.zalo}/store)`,
      `  S3 (attachments) ${urls.s3}       (s3rver; uploads' processing runs on its events; ${dataDir ? `objects in ${dataDir}/s3` : 'temporary folder'})`,
      `  DynamoDB Local  ${urls.dynamodb}        (table ${stack.config.TABLE_NAME}, ${dataDir ? `data in ${dataDir}` : 'in memory'})`,
      '',
      ...staffSignInHelp(urls),
      '',
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof LocalStackError) {
    console.error(`\nCannot start the local stack: ${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
