/**
 * The public API behind a proxy that counts what a site build reads of the published
 * results: list pages (`/v1/results`, any cursor) and single results (`/v1/results/{code}`),
 * by code. The incremental publication's tests hold each publication to what it may read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { addPublishedResults } from '../../../infra/local/bulk-results.ts';
import { listen, type RunningServer } from '../../../infra/local/http-server.ts';
import { freePort } from '../../../infra/local/ports.ts';
import { type SeededPublicApi, seededPublicApi } from './public-app.ts';

export interface ResultReads {
  pages: number;
  single: string[];
}

export interface CountedResultReads {
  app: Hono;
  /** Runs `read` and gives what it read of the results (and its value). */
  during<T>(read: () => Promise<T>): Promise<{ value: T; reads: ResultReads }>;
}

export function countResultReads(app: Hono): CountedResultReads {
  const reads: ResultReads = { pages: 0, single: [] };
  const counted = new Hono();
  counted.use('*', async (c, next) => {
    const { pathname } = new URL(c.req.url);
    if (pathname === '/v1/results') reads.pages += 1;
    if (pathname.startsWith('/v1/results/')) reads.single.push(pathname.split('/')[3]!);
    await next();
  });
  counted.route('/', app);
  return {
    app: counted,
    async during(read) {
      const start = { pages: reads.pages, single: reads.single.length };
      const value = await read();
      return { value, reads: { pages: reads.pages - start.pages, single: reads.single.slice(start.single) } };
    },
  };
}

export interface ServedResults {
  api: SeededPublicApi;
  counted: CountedResultReads;
  server: RunningServer;
  /** A folder of the test's own, for the publications' output and state. */
  work: string;
  /** Stops the server, drops the table and removes the folder. */
  close(): Promise<void>;
}

/**
 * The demo's public API with `results` more published results, served over HTTP behind the
 * counting proxy, and a work folder: what a publication's tests read from.
 */
export async function serveCountedResults(prefix: string, results: number): Promise<ServedResults> {
  const api = await seededPublicApi(prefix);
  await addPublishedResults(api.database.repos, results, { now: api.now });
  const counted = countResultReads(api.app);
  const server = await listen(counted.app, await freePort());
  const work = mkdtempSync(join(tmpdir(), `hdnd-${prefix}-`));
  return {
    api,
    counted,
    server,
    work,
    async close() {
      await server.close();
      await api.database.drop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
