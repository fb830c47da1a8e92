/**
 * A group of routes whose code loads with the first request under its prefix, not at the
 * cold start (DESIGN §7: what a cold start loads is the budget): for a group few requests
 * use, such as Open311 for integrators' apps. The group keeps its own error handler and
 * not-found answer, as a sub-app mounted with `app.route()` does; the parent's middleware
 * (security headers, origin check, catalogue) has run before it.
 */
import { Hono } from 'hono';

export function lazyRoutes(prefix: string, load: () => Promise<Hono>): Hono {
  let loaded: Promise<Hono> | undefined;
  const app = new Hono();
  app.all('*', async (c) => {
    loaded ??= load()
      .then((routes) => new Hono().route(prefix, routes))
      .catch((error: unknown) => {
        // A failed load (a chunk missing from a deploy) is tried again by the next request.
        loaded = undefined;
        throw error;
      });
    return (await loaded).fetch(c.req.raw, c.env);
  });
  return app;
}
