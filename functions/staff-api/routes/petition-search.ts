/**
 * GET /v1/councils/{councilId}/petitions/search?q=&status=&cursor=: staff search over the
 * council's petitions, every status, by words or by code (functions/lib/search/staff-search.ts).
 * The secretariat and the admin search the council; an agency officer the petitions of the
 * council their agency holds; a delegate is refused.
 */
import { Hono } from 'hono';
import { StaffSearchQuery } from '../../../shared/schemas/index.ts';
import { authorize, staffSearchScopeOf } from '../../lib/auth/policy.ts';
import { searchPetitions } from '../../lib/search/staff-search.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, queryOf } from '../request.ts';

export function petitionSearchRoutes(deps: StaffApiDependencies) {
  const app = new Hono<StaffEnv>();

  app.get('/:councilId/petitions/search', async (c) => {
    const councilId = idParam(c, 'councilId');
    const scope = staffSearchScopeOf(c.var.staff, councilId);
    authorize(scope !== undefined);
    const query = queryOf(c, StaffSearchQuery);
    return c.json(await searchPetitions(deps.repos, { scope: scope!, ...query }));
  });

  return app;
}
