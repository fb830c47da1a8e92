/**
 * POST /v1/petitions/bulk: one action (route, acknowledge, answer from a template) on the
 * petitions selected in a queue. 200 with `done` (each petition as it now is) and `failed`
 * (per code, the error and message the single action would have answered); 403 only when
 * the user may act on none of them.
 */
import { Hono } from 'hono';
import { BulkActionInput } from '../../../shared/schemas/index.ts';
import { errorBody } from '../../lib/http/errors.ts';
import { applyBulkAction } from '../../lib/petitions/bulk-action.ts';
import { withOverdue } from '../../lib/petitions/staff-view.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { jsonBody } from '../request.ts';

export function bulkActionRoutes(deps: StaffApiDependencies) {
  const now = deps.now ?? (() => new Date());
  const app = new Hono<StaffEnv>();

  app.post('/bulk', async (c) => {
    const input = await jsonBody(c, BulkActionInput);
    const at = now();
    const { done, failed } = await applyBulkAction({ repos: deps.repos, user: c.var.staff, now: at }, input);
    return c.json({
      done: done.map((p) => withOverdue(p, at)),
      failed: failed.map(({ code, error }) => ({ code, ...errorBody(error, c) })),
    });
  });

  return app;
}
