/**
 * Oversight on the staff API (DESIGN §9), mounted at /v1:
 *   /oversight                       activities: list (council, year), plan        secretariat
 *   /oversight/{id}                  an activity and the items the caller may see; edit (secretariat)
 *   /councils/{id}/follow-ups        items of a source (?sourceKind=&sourceId=); create  secretariat
 *   /follow-ups/{id}                 one item, its timeline and notes, the caller's actions
 *   /follow-ups/{id}/progress        the responsible agency's report
 *   /follow-ups/{id}/accept|resupervise   the secretariat's decision on a reported completion
 *   /follow-ups/{id}/notes           a follow-up note (đôn đốc): delegates, secretariat
 *   /agencies/{id}/follow-ups        the agency's items in one status, by deadline
 *   /agencies/{id}/work              petitions and items that wait for the agency, by deadline (?kind=)
 *   /groups/{id}/follow-ups          a delegate group's items
 * Who may do what: followUpPermissions in lib/auth/policy.ts; what may happen next: shared/follow-up-status.ts.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { isFollowUpOverdue } from '../../../shared/follow-up-status.ts';
import {
  AgencyWorkQuery,
  FollowUpInput,
  FollowUpItemInput,
  FollowUpQueueQuery,
  id,
  NoteInput,
  OversightActivityInput,
  OversightActivityUpdate,
  OversightListQuery,
  ProgressInput,
  ReasonInput,
} from '../../../shared/schemas/index.ts';
import { FOLLOW_UP_SOURCES } from '../../../shared/vocabulary.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import { oversightRepository } from '../../lib/data/oversight-repository.ts';
import { readAllPages } from '../../lib/data/pagination.ts';
import { createActivity, updateActivity } from '../../lib/oversight/activities.ts';
import {
  acceptFollowUp,
  addFollowUpNote,
  createFollowUp,
  itemsOfSource,
  reportProgress,
  resuperviseFollowUp,
  staffActivityView,
  staffFollowUpView,
} from '../../lib/oversight/follow-ups.ts';
import { agencyFollowUps, agencyWork, groupFollowUps } from '../../lib/oversight/staff-lists.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody, optionalJsonBody, queryOf } from '../request.ts';
import { staffContextOf } from '../staff-context.ts';

const SourceQuery = z.object({
  sourceKind: z.enum(FOLLOW_UP_SOURCES, { error: 'field.invalidChoice' }),
  sourceId: id,
});

export function oversightRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const context = staffContextOf(deps);
  const app = new Hono<StaffEnv>();

  app.get('/oversight', async (c) => {
    const query = queryOf(c, OversightListQuery);
    authorize(canManageCouncil(c.var.staff, query.council));
    const repo = oversightRepository(repos.db);
    const items = await readAllPages(
      (cursor) => repo.listActivities(query.council, query.year, { limit: 200, cursor }),
      1000,
    );
    return c.json({ items });
  });

  app.post('/oversight', async (c) => {
    const input = await jsonBody(c, OversightActivityInput);
    return c.json({ activity: await createActivity(context(c.var.staff), input) }, 201);
  });

  app.get('/oversight/:activityId', async (c) =>
    c.json(await staffActivityView(context(c.var.staff), idParam(c, 'activityId'))),
  );

  app.put('/oversight/:activityId', async (c) => {
    const activityId = idParam(c, 'activityId');
    const update = await jsonBody(c, OversightActivityUpdate);
    return c.json({ activity: await updateActivity(context(c.var.staff), activityId, update) });
  });

  app.get('/councils/:councilId/follow-ups', async (c) => {
    const councilId = idParam(c, 'councilId');
    const query = queryOf(c, SourceQuery);
    authorize(canManageCouncil(c.var.staff, councilId));
    const ctx = context(c.var.staff);
    const items = (await itemsOfSource(ctx, query.sourceKind, query.sourceId)).filter(
      (i) => i.councilId === councilId,
    );
    return c.json({ items: items.map((i) => ({ ...i, overdue: isFollowUpOverdue(i, ctx.now) })) });
  });

  app.post('/councils/:councilId/follow-ups', async (c) => {
    const councilId = idParam(c, 'councilId');
    const input = await jsonBody(c, FollowUpItemInput);
    return c.json({ item: await createFollowUp(context(c.var.staff), councilId, input) }, 201);
  });

  app.get('/follow-ups/:itemId', async (c) =>
    c.json(await staffFollowUpView(context(c.var.staff), idParam(c, 'itemId'))),
  );

  app.post('/follow-ups/:itemId/progress', async (c) => {
    const itemId = idParam(c, 'itemId');
    const input = await jsonBody(c, ProgressInput);
    return c.json({ item: await reportProgress(context(c.var.staff), itemId, input) });
  });

  app.post('/follow-ups/:itemId/accept', async (c) => {
    const itemId = idParam(c, 'itemId');
    const { reason } = await optionalJsonBody(c, NoteInput);
    return c.json({ item: await acceptFollowUp(context(c.var.staff), itemId, reason) });
  });

  app.post('/follow-ups/:itemId/resupervise', async (c) => {
    const itemId = idParam(c, 'itemId');
    const { reason } = await jsonBody(c, ReasonInput);
    return c.json({ item: await resuperviseFollowUp(context(c.var.staff), itemId, reason) });
  });

  app.post('/follow-ups/:itemId/notes', async (c) => {
    const itemId = idParam(c, 'itemId');
    const { note } = await jsonBody(c, FollowUpInput);
    return c.json({ event: await addFollowUpNote(context(c.var.staff), itemId, note) }, 201);
  });

  app.get('/agencies/:agencyId/follow-ups', async (c) => {
    const agencyId = idParam(c, 'agencyId');
    return c.json(await agencyFollowUps(context(c.var.staff), agencyId, queryOf(c, FollowUpQueueQuery)));
  });

  app.get('/agencies/:agencyId/work', async (c) => {
    const agencyId = idParam(c, 'agencyId');
    return c.json(await agencyWork(context(c.var.staff), agencyId, queryOf(c, AgencyWorkQuery)));
  });

  app.get('/groups/:groupId/follow-ups', async (c) =>
    c.json(await groupFollowUps(context(c.var.staff), idParam(c, 'groupId'))),
  );

  return app;
}
