/** /v1/groups/{groupId}/petitions: a delegate group's petitions, anonymised, overdue and unsatisfied first. */
import { Hono } from 'hono';
import { PageQuery } from '../../../shared/schemas/index.ts';
import { groupPetitions } from '../../lib/petitions/staff-lists.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, queryOf } from '../request.ts';
import { staffContextOf } from '../staff-context.ts';

export function groupRoutes(deps: StaffApiDependencies) {
  const context = staffContextOf(deps);
  const app = new Hono<StaffEnv>();

  app.get('/:groupId/petitions', async (c) => {
    const groupId = idParam(c, 'groupId');
    const query = queryOf(c, PageQuery);
    return c.json(await groupPetitions(context(c.var.staff), groupId, query));
  });

  return app;
}
