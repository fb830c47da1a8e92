/**
 * /v1/petitions/{code}: one petition as staff see it, and the actions on it. Which role may
 * take which action is decided by the policy (functions/lib/auth/policy.ts), which
 * status allows it by the status machine (shared/status-machine.ts).
 */
import { Hono } from 'hono';
import {
  answerInputAt,
  FollowUpInput,
  MergeInput,
  NoteInput,
  ReasonInput,
  RouteInput,
  roadmapInputAt,
} from '../../../shared/schemas/index.ts';
import {
  acknowledgePetition,
  answerPetition,
  closePetition,
  followUpPetition,
  giveRoadmap,
  rejectPetition,
  returnPetition,
  routePetition,
} from '../../lib/petitions/actions.ts';
import { mergePetitions } from '../../lib/petitions/merge.ts';
import { staffPetitionView, withOverdue } from '../../lib/petitions/staff-view.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { codeParam, jsonBody, optionalJsonBody } from '../request.ts';
import { staffContextOf } from '../staff-context.ts';

export function petitionRoutes(deps: StaffApiDependencies) {
  const now = deps.now ?? (() => new Date());
  const app = new Hono<StaffEnv>();
  const context = staffContextOf(deps);
  const petitionBody = (petition: Parameters<typeof withOverdue>[0]) => ({
    petition: withOverdue(petition, now()),
  });

  app.get('/:code', async (c) =>
    c.json(await staffPetitionView(deps.repos, c.var.staff, codeParam(c), now(), 'GET /v1/petitions/{code}')),
  );

  // Secretariat
  app.post('/:code/route', async (c) => {
    const [code, input] = [codeParam(c), await jsonBody(c, RouteInput)];
    return c.json(petitionBody(await routePetition(context(c.var.staff), code, input)));
  });
  app.post('/:code/merge', async (c) => {
    const [code, input] = [codeParam(c), await jsonBody(c, MergeInput)];
    const { primary, merged } = await mergePetitions(context(c.var.staff), code, input);
    return c.json({ primary: withOverdue(primary, now()), merged });
  });
  app.post('/:code/reject', async (c) => {
    const [code, input] = [codeParam(c), await jsonBody(c, ReasonInput)];
    return c.json(petitionBody(await rejectPetition(context(c.var.staff), code, input)));
  });
  app.post('/:code/close', async (c) => {
    const [code, input] = [codeParam(c), await optionalJsonBody(c, NoteInput)];
    return c.json(petitionBody(await closePetition(context(c.var.staff), code, input)));
  });

  // Agency
  app.post('/:code/acknowledge', async (c) => {
    const [code, input] = [codeParam(c), await optionalJsonBody(c, NoteInput)];
    return c.json(petitionBody(await acknowledgePetition(context(c.var.staff), code, input)));
  });
  app.post('/:code/roadmap', async (c) => {
    const ctx = context(c.var.staff);
    const [code, input] = [codeParam(c), await jsonBody(c, roadmapInputAt(ctx.now))];
    return c.json(petitionBody(await giveRoadmap(ctx, code, input)));
  });
  app.post('/:code/answer', async (c) => {
    const ctx = context(c.var.staff);
    const [code, input] = [codeParam(c), await jsonBody(c, answerInputAt(ctx.now))];
    return c.json(petitionBody(await answerPetition(ctx, code, input)));
  });
  app.post('/:code/return', async (c) => {
    const [code, input] = [codeParam(c), await jsonBody(c, ReasonInput)];
    return c.json(petitionBody(await returnPetition(context(c.var.staff), code, input)));
  });

  // Delegate (and secretariat): follow-up
  app.post('/:code/follow-up', async (c) => {
    const [code, input] = [codeParam(c), await jsonBody(c, FollowUpInput)];
    return c.json({ event: await followUpPetition(context(c.var.staff), code, input) }, 201);
  });

  return app;
}
