/** /v1/audit: who read which submitter's contact, when, through which route (DESIGN §12). */
import { Hono } from 'hono';
import { AuditQuery } from '../../../shared/schemas/index.ts';
import { reviewAudit } from '../../lib/audit/review-audit.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { queryOf } from '../request.ts';
import { staffContextOf } from '../staff-context.ts';

export function auditRoutes(deps: StaffApiDependencies) {
  const context = staffContextOf(deps);
  const app = new Hono<StaffEnv>();

  /** ?council=&petition=CODE | user=ID &from=YYYY-MM-DD&to=YYYY-MM-DD&limit= ; newest first. */
  app.get('/', async (c) => {
    const query = queryOf(c, AuditQuery);
    return c.json(await reviewAudit(context(c.var.staff), query));
  });

  return app;
}
