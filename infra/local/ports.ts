/** Ports of the local stack: a taken port is a clear message, not a stack trace. */
import { createServer } from 'node:net';

export class LocalStackError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalStackError';
  }
}

export function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalStackError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} for ${what} is already in use. Stop what uses it, or choose another port: ${variable}=<port> npm start`
            : `Cannot listen on port ${port} for ${what}: ${error.message}`,
          { cause: error },
        ),
      );
    });
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** The ports freePort() has handed out in this process. */
const handedOut = new Set<number>();

/**
 * A port free right now, for tests. Not one the OS hands out itself (port 0): those come from
 * the ephemeral range (32768–60999 on Linux), which every outgoing connection also draws from,
 * so under load a port probed free was sometimes taken before the server listened on it. These
 * come from below that range, from a band of its own for each Vitest worker (VITEST_POOL_ID),
 * so two test files running at once never draw the same one either.
 */
export async function freePort(): Promise<number> {
  const worker = Number(process.env.VITEST_POOL_ID ?? process.pid) % 10;
  const band = { from: 12_000 + worker * 2_000, size: 2_000 };
  // A probed port is closed again at once, so a stack asking for eight ports in a row could be
  // handed one twice (a red run: the Zalo stand-in's port was the SMS stand-in's); a port is
  // handed out once per process, until the band runs short.
  if (handedOut.size > band.size / 2) handedOut.clear();
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = band.from + Math.floor(Math.random() * band.size);
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new LocalStackError(`No free port between ${band.from} and ${band.from + band.size}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

export function portFromEnv(
  variable: string,
  fallback: number,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalStackError(`${variable} must be a port number from 1 to 65535, not "${raw}"`);
  }
  return port;
}

/** True for an address only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

const isWildcardHost = (host: string) => host === '0.0.0.0' || host === '::';

/**
 * Where a local server listening on `host` is printed (`url`: 127.0.0.1 for the loopback
 * default and for every interface, HOST's own address otherwise) and the origins a browser
 * may load it from (`origins`, `url` first): on this machine both http://127.0.0.1:<port>
 * and http://localhost:<port> reach it, so the staff API and the issuer allow both (CORS).
 */
export function localOrigins(host: string, port: number): { url: string; origins: string[] } {
  const shown = isWildcardHost(host) ? '127.0.0.1' : host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  const onThisMachine = isWildcardHost(host) || isLoopbackHost(host);
  const others = onThisMachine ? [`http://127.0.0.1:${port}`, `http://localhost:${port}`] : [];
  return { url, origins: [...new Set([url, ...others])] };
}
