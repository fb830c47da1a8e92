/** /v1/groups/{groupId}/petitions: a delegate group's petitions, anonymised, overdue and unsatisfied first. */
import { Hono } from 'hono';
import { PageQuery } from '../../../shared/schemas/index.ts';
import { groupPetitions } from '../../lib/petitions/staff-lists.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, queryOf } from '../request.ts';

export function groupRoutes(deps: StaffApiDependencies) {
  const now = deps.now ?? (() => new Date());
  const app = new Hono<StaffEnv>();

  app.get('/:groupId/petitions', async (c) => {
    const groupId = idParam(c, 'groupId');
    const query = queryOf(c, PageQuery);
    return c.json(await groupPetitions({ repos: deps.repos, user: c.var.staff, now: now() }, groupId, query));
  });

  return app;
}
