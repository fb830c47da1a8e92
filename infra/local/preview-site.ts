/**
 * `npm run preview:site`: the built site (site/dist, from `npm run build:site`) served as
 * CloudFront serves it — static files, the site's 404 page, and the public API's paths passed
 * through to a running public API (`npm start`'s) — so a build can be tried before it ships.
 *   PREVIEW_PORT (4322, beside npm start's dev server on 4321): the port.
 *   PUBLIC_API_URL (http://127.0.0.1:3000): the public API behind it.
 *   SITE_DIR (site/dist): the built site.   HOST (127.0.0.1): the listen address.
 * The staff console in the build calls the staff API and the issuer it was built with
 * (PUBLIC_STAFF_API_URL, PUBLIC_STAFF_ISSUER_URL); `npm start` allows this preview's origin.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LocalStackError, localOrigins, portFromEnv } from './ports.ts';
import { serveSite } from './site-server.ts';

async function main(): Promise<void> {
  const root = resolve(process.env.SITE_DIR || 'site/dist');
  if (!existsSync(join(root, 'index.html'))) {
    throw new LocalStackError(
      `No built site in ${root}. With \`npm start\` running, build it first: npm run build:site`,
    );
  }
  const apiUrl = process.env.PUBLIC_API_URL || 'http://127.0.0.1:3000';
  const host = process.env.HOST || '127.0.0.1';
  const port = portFromEnv('PREVIEW_PORT', 4322);
  const server = await serveSite({ root, apiUrl, port, host }).catch((error: NodeJS.ErrnoException) => {
    throw new LocalStackError(
      error.code === 'EADDRINUSE'
        ? `Port ${port} for the site preview is already in use: PREVIEW_PORT=<port> npm run preview:site`
        : `Cannot serve the site preview on ${host}:${port}: ${error.message}`,
      { cause: error },
    );
  });
  console.log(
    `\nBuilt site ${root}\n  at ${localOrigins(host, port).url}  (API paths → ${apiUrl})\nPress Ctrl-C to stop.\n`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void server.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof LocalStackError ? `\nCannot preview the site: ${error.message}\n` : error);
  process.exit(1);
});
