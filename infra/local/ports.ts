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

/** A port the OS says is free right now (for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
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
