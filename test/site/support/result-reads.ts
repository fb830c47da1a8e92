/**
 * The public API behind a proxy that counts what a site build reads of the published
 * results: list pages (`/v1/results`, any cursor) and single results (`/v1/results/{code}`),
 * by code. The incremental publication's tests hold each publication to what it may read.
 */
import { Hono } from 'hono';

export interface ResultReads {
  pages: number;
  single: string[];
}

export function countResultReads(app: Hono): {
  app: Hono;
  /** Runs `read` and gives what it read of the results (and its value). */
  during<T>(read: () => Promise<T>): Promise<{ value: T; reads: ResultReads }>;
} {
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
