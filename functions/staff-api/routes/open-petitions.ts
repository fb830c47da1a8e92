/**
 * GET /v1/councils/{councilId}/open-petitions: the secretariat's view of every petition of
 * its council still waiting for an answer, filtered by status, body (`agency`), field,
 * commune and `overdue=true`; paged by cursor, each page a bounded number of index reads
 * (functions/lib/data/open-petitions-query.ts).
 */
import { Hono } from 'hono';
import { NotFoundError } from '../../../shared/errors.ts';
import { OpenPetitionsQuery } from '../../../shared/schemas/index.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import { listOpenPetitions } from '../../lib/data/open-petitions-query.ts';
import { withOverdue } from '../../lib/petitions/staff-view.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, queryOf } from '../request.ts';

export function openPetitionRoutes(deps: StaffApiDependencies) {
  const now = deps.now ?? (() => new Date());
  const app = new Hono<StaffEnv>();

  app.get('/:councilId/open-petitions', async (c) => {
    const councilId = idParam(c, 'councilId');
    const query = queryOf(c, OpenPetitionsQuery);
    authorize(canManageCouncil(c.var.staff, councilId));
    if (!(await deps.repos.reference.load()).councils.has(councilId))
      throw new NotFoundError('field.unknownCouncil');
    const at = now();
    const page = await listOpenPetitions(deps.repos.db, councilId, query, at);
    return c.json({
      items: page.items.map((p) => withOverdue(p, at)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    });
  });

  return app;
}
