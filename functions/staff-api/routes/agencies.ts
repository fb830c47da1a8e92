/**
 * /v1/agencies: the competent bodies (read by every member of staff, edited by the
 * secretariat whose territory holds them), and each agency's queue of petitions.
 */
import { Hono } from 'hono';
import { NotFoundError } from '../../../shared/errors.ts';
import {
  type Agency,
  AgencyInput,
  AgencyUpdateInput,
  PageQuery,
  QueueQuery,
} from '../../../shared/schemas/index.ts';
import { authorize, canManageAgency } from '../../lib/auth/policy.ts';
import { agencyCounts, agencyNeedsAction, agencyQueue } from '../../lib/petitions/staff-lists.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { assertReferencesExist } from '../reference-checks.ts';
import { idParam, jsonBody, queryOf } from '../request.ts';
import { staffContextOf } from '../staff-context.ts';

export function agencyRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const context = staffContextOf(deps);
  const app = new Hono<StaffEnv>();

  app.get('/', async (c) => {
    const ref = await repos.reference.load();
    return c.json({ items: ref.records.agencies });
  });

  app.post('/', async (c) => {
    const agency = await jsonBody(c, AgencyInput);
    const ref = await repos.reference.load();
    assertReferencesExist(ref, { unitId: agency.unitId });
    authorize(canManageAgency(c.var.staff, agency, ref));
    await repos.reference.create('agencies', agency);
    return c.json({ agency }, 201);
  });

  app.put('/:agencyId', async (c) => {
    const agencyId = idParam(c, 'agencyId');
    const input = await jsonBody(c, AgencyUpdateInput);
    const ref = await repos.reference.load();
    const existing = ref.agencies.get(agencyId);
    if (!existing) throw new NotFoundError('field.unknownAgency');
    assertReferencesExist(ref, { unitId: input.unitId });
    // Both where it was and where it goes must be within the user's territory.
    authorize(canManageAgency(c.var.staff, existing, ref) && canManageAgency(c.var.staff, input, ref));
    const agency: Agency = { ...input, id: agencyId };
    await repos.reference.update('agencies', agency);
    return c.json({ agency });
  });

  /** ?status=routed (default) | in_progress | answered | … ; overdue first, then by deadline. */
  app.get('/:agencyId/petitions', async (c) => {
    const agencyId = idParam(c, 'agencyId');
    const query = queryOf(c, QueueQuery);
    return c.json(await agencyQueue(context(c.var.staff), agencyId, query));
  });

  /** Reopened or followed-up petitions first, then newly routed ones; each part by deadline. */
  app.get('/:agencyId/petitions/needs-action', async (c) => {
    const agencyId = idParam(c, 'agencyId');
    const query = queryOf(c, PageQuery);
    return c.json(await agencyNeedsAction(context(c.var.staff), agencyId, query));
  });

  /** `{ counts }`: how many petitions each view of the agency's queue lists. */
  app.get('/:agencyId/petitions/counts', async (c) => {
    const agencyId = idParam(c, 'agencyId');
    return c.json(await agencyCounts(context(c.var.staff), agencyId));
  });

  return app;
}
