/**
 * The secretariat records its council's resolutions and a session's interpellations (DESIGN §8.3):
 *   GET  /v1/resolutions?council=&field=&year=&status=   the council's resolutions, newest first (to pick links)
 *   POST /v1/resolutions                                 record (201); 409 when the number is taken
 *   GET  /v1/resolutions/{id}    PUT /v1/resolutions/{id} read; edit with the version read (409 when stale)
 *   POST /v1/interpellations                             record, with its commitments (201)
 *   GET  /v1/interpellations/{id}   PUT …/{id}           read; edit with the version read
 *   GET  /v1/sessions/{id}/results                       the session's resolutions and interpellations
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { NotFoundError } from '../../../shared/errors.ts';
import {
  InterpellationEdit,
  InterpellationInput,
  ResolutionEdit,
  ResolutionInput,
  ResolutionListQuery,
} from '../../../shared/schemas/index.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import {
  editInterpellation,
  loadInterpellation,
  recordInterpellation,
} from '../../lib/resolutions/interpellations.ts';
import { editResolution, loadResolution, recordResolution } from '../../lib/resolutions/record-resolution.ts';
import { sessionResults } from '../../lib/resolutions/session-results.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody, queryOf } from '../request.ts';

export function resolutionRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const services = { repos, now: deps.now ?? (() => new Date()) };
  const app = new Hono<StaffEnv>();

  app.get('/resolutions', async (c) => {
    const query = queryOf(c, ResolutionListQuery);
    authorize(canManageCouncil(c.var.staff, query.council));
    const page = await repos.resolutions.list(
      query.council,
      { fieldId: query.field, status: query.status, year: query.year },
      { limit: query.limit ?? 100, cursor: query.cursor },
    );
    return c.json(page);
  });

  app.post('/resolutions', async (c) => {
    const input = await jsonBody(c, ResolutionInput);
    authorize(canManageCouncil(c.var.staff, input.councilId));
    return c.json({ resolution: await recordResolution(services, input) }, 201);
  });

  /** The record the path names, refused (403) to anyone who may not manage its council. */
  const managed = async <T extends { councilId: string }>(
    c: Context<StaffEnv>,
    load: (s: typeof services, id: string) => Promise<T>,
    param: string,
  ): Promise<T> => {
    const record = await load(services, idParam(c, param));
    authorize(canManageCouncil(c.var.staff, record.councilId));
    return record;
  };

  app.get('/resolutions/:resolutionId', async (c) =>
    c.json({ resolution: await managed(c, loadResolution, 'resolutionId') }),
  );

  app.put('/resolutions/:resolutionId', async (c) => {
    const edit = await jsonBody(c, ResolutionEdit);
    const before = await managed(c, loadResolution, 'resolutionId');
    return c.json({ resolution: await editResolution(services, before, edit) });
  });

  app.post('/interpellations', async (c) => {
    const input = await jsonBody(c, InterpellationInput);
    authorize(canManageCouncil(c.var.staff, input.councilId));
    const newId = () => `${input.sessionId}-cv-${randomUUID().slice(0, 8)}`;
    return c.json({ interpellation: await recordInterpellation(services, input, newId) }, 201);
  });

  app.get('/interpellations/:interpellationId', async (c) =>
    c.json({ interpellation: await managed(c, loadInterpellation, 'interpellationId') }),
  );

  app.put('/interpellations/:interpellationId', async (c) => {
    const edit = await jsonBody(c, InterpellationEdit);
    const before = await managed(c, loadInterpellation, 'interpellationId');
    return c.json({ interpellation: await editInterpellation(services, before, edit) });
  });

  app.get('/sessions/:sessionId/results', async (c) => {
    const sessionId = idParam(c, 'sessionId');
    const session = (await repos.reference.load()).sessions.get(sessionId);
    if (!session) throw new NotFoundError('field.unknownSession');
    authorize(canManageCouncil(c.var.staff, session.councilId));
    return c.json(await sessionResults(services, sessionId));
  });

  return app;
}
