/** Serves a Hono app on Node (the same app Lambda runs), with a clean close. */

import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Env, Hono } from 'hono';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Any Hono app, whatever its variables (the staff API has a signed-in user). */
export function listen<E extends Env>(
  app: Hono<E>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}

/** The client's address as Node sees it (Lambda reads it from the API Gateway event). */
export function nodeClientAddress(c: Context): string {
  return getConnInfo(c).remote.address ?? 'unknown';
}
