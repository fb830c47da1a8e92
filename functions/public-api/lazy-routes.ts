/**
 * A group of routes whose code loads with the first request under its prefix, not at the
 * cold start (DESIGN §7: what a cold start loads is the budget): for a group few requests
 * use, such as Open311 for integrators' apps or oversight. The parent's middleware (security
 * headers, origin check, catalogue) has run before it. The group answers through its own
 * error handler and not-found answer, as a sub-app mounted with `app.route()` does, or through
 * those given in `answers` (the parent's, for a group that has none of its own).
 */
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { Hono } from 'hono/quick';

export function lazyRoutes(
  prefix: string,
  load: () => Promise<Hono>,
  answers: { onError?: ErrorHandler; notFound?: NotFoundHandler } = {},
): Hono {
  let loaded: Promise<Hono> | undefined;
  const app = new Hono();
  app.all('*', async (c) => {
    loaded ??= load()
      .then((routes) => {
        const group = new Hono();
        if (answers.onError) group.onError(answers.onError);
        if (answers.notFound) group.notFound(answers.notFound);
        return group.route(prefix, routes);
      })
      .catch((error: unknown) => {
        // A failed load (a chunk missing from a deploy) is tried again by the next request.
        loaded = undefined;
        throw error;
      });
    return (await loaded).fetch(c.req.raw, c.env);
  });
  return app;
}
