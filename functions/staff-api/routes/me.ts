/** /v1/me: who is signed in, with the names of what they work for (for the console's header). */
import { Hono } from 'hono';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';

export function meRoutes(deps: StaffApiDependencies) {
  const app = new Hono<StaffEnv>();

  app.get('/', async (c) => {
    const user = c.var.staff;
    const ref = await deps.repos.reference.load();
    const group = user.role === 'delegate' ? ref.delegateGroups.get(user.groupId) : undefined;
    const councilId = user.role === 'secretariat' ? user.councilId : group?.councilId;
    return c.json({
      user,
      council: councilId ? ref.councils.get(councilId) : undefined,
      agency: user.role === 'agency' ? ref.agencies.get(user.agencyId) : undefined,
      group,
      electoralUnit: group ? ref.electoralUnits.get(group.electoralUnitId) : undefined,
    });
  });

  return app;
}
