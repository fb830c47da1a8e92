/**
 * The public site in `npm start`: the Astro dev server (a child process, so Vite's module
 * graph stays out of the stack's process) reading live data from the local public API and
 * proxying the API's paths on its origin. Stopped with the stack.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopperOf } from './child-process.ts';
import { assertPortFree, isLoopbackHost, LocalStackError } from './ports.ts';
import { DEMO_SITE_IDENTITY } from './site-identity.ts';

/**
 * The environment for an Astro child process: this one's, less what a test runner sets
 * (under VITEST the dev server stops routing pages), without telemetry.
 */
export function astroEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1' };
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('VITEST') && name !== 'NODE_ENV') env[name] = value;
  }
  return env;
}

export interface SiteDevServer {
  url: string;
  /** Settles when the server listens: start it early, await this late. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function astroCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/** Ready when the port takes connections: the first page is compiled on its first request. */
async function waitUntilListening(port: number, host: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new LocalStackError(`The site's dev server exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect({ port, host }, () => {
        socket.end();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new LocalStackError(
    `The site's dev server did not listen on ${host}:${port} within ${timeoutMs / 1000} s`,
  );
}

export async function startSiteDevServer(options: {
  port: number;
  host: string;
  apiUrl: string;
  /** More of the site's build-time settings (the staff console's PUBLIC_* addresses). */
  env?: Record<string, string>;
}): Promise<SiteDevServer> {
  // A dev server compiles and serves source on request (Vite's /@fs/, HMR): this machine only.
  if (!isLoopbackHost(options.host))
    throw new LocalStackError(
      `The site's dev server listens on loopback only, not on ${options.host}: it serves source files. ` +
        'On another address `npm start` serves the built site instead.',
    );
  await assertPortFree(options.port, 'the public site', 'SITE_PORT');
  const child = spawn(
    process.execPath,
    // --ignore-lock: run in the foreground as our child (Astro would otherwise refuse a second
    // server for the same root, or move itself to the background when it thinks an agent runs it).
    [
      astroCli(),
      'dev',
      '--root',
      'site',
      '--port',
      String(options.port),
      '--host',
      options.host,
      '--ignore-lock',
    ],
    {
      cwd: repoRoot,
      env: { ...DEMO_SITE_IDENTITY, ...astroEnvironment(), ...options.env, PUBLIC_API_URL: options.apiUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = stopperOf(child);
  const host = options.host;
  const ready = waitUntilListening(options.port, host, child, 60_000).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: `http://${host}:${options.port}`, ready, stop };
}
