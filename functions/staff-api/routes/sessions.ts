/**
 * /v1/sessions: the secretariat plans its council's sessions, their agenda, and the voters'
 * views on it (DESIGN §8). Every save carries the `version` the editor read; an older one is
 * a 409 and nothing is written. Bad input changes nothing.
 *   POST /                                  plan a session (201)
 *   GET  /{id}                              the session, its agenda, every view (pending ones too)
 *   PUT  /{id}                              edit the session's fields
 *   PUT  /{id}/agenda                       the whole agenda: items added, changed, removed, opened, closed
 *   GET  /{id}/views?item=&status=          the views, per item
 *   POST /{id}/views                        views raised at a before-session meeting, with a voter count
 *   POST /{id}/views/{viewId}/publish | reject
 */
import { type Context, Hono } from 'hono';
import {
  AgendaEdit,
  MeetingViewInput,
  SessionEdit,
  SessionPlan,
  StaffViewQuery,
  ViewPublish,
  ViewReject,
} from '../../../shared/schemas/index.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import {
  editAgenda,
  editSession,
  loadAgenda,
  loadSession,
  planSession,
} from '../../lib/sessions/plan-session.ts';
import { enterMeetingView, publishView, rejectView } from '../../lib/sessions/session-views.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody, queryOf } from '../request.ts';

/** View ids are time-ordered base-36 (functions/lib/sessions/give-view.ts). */
const viewIdOf = (c: Context) => idParam(c, 'viewId');

export function sessionRoutes(deps: StaffApiDependencies) {
  const services = { repos: deps.repos, now: deps.now ?? (() => new Date()) };
  const app = new Hono<StaffEnv>();

  const sessionToManage = async (c: Context<StaffEnv>) => {
    const loaded = await loadSession(services, idParam(c, 'sessionId'));
    authorize(canManageCouncil(c.var.staff, loaded.session.councilId));
    return loaded;
  };

  app.post('/', async (c) => {
    const plan = await jsonBody(c, SessionPlan);
    authorize(canManageCouncil(c.var.staff, plan.councilId));
    const session = await planSession(services, plan);
    return c.json({ session }, 201);
  });

  app.get('/:sessionId', async (c) => {
    const { session } = await sessionToManage(c);
    const contents = await deps.repos.sessions.contents(session.id);
    return c.json({
      session,
      agenda: contents.agenda ?? (await loadAgenda(services, session)),
      views: contents.views,
    });
  });

  app.put('/:sessionId', async (c) => {
    const edit = await jsonBody(c, SessionEdit);
    const { session } = await sessionToManage(c);
    return c.json({ session: await editSession(services, session, edit) });
  });

  app.put('/:sessionId/agenda', async (c) => {
    const edit = await jsonBody(c, AgendaEdit);
    const { session, reference } = await sessionToManage(c);
    return c.json({ agenda: await editAgenda(services, session, reference, edit) });
  });

  app.get('/:sessionId/views', async (c) => {
    const query = queryOf(c, StaffViewQuery);
    const { session } = await sessionToManage(c);
    const { views } = await deps.repos.sessions.contents(session.id);
    return c.json({
      items: views.filter(
        (v) =>
          (query.item === undefined || v.agendaItemId === query.item) &&
          (query.status === undefined || v.status === query.status),
      ),
    });
  });

  app.post('/:sessionId/views', async (c) => {
    const input = await jsonBody(c, MeetingViewInput);
    const { session } = await sessionToManage(c);
    return c.json({ view: await enterMeetingView(services, session, input) }, 201);
  });

  app.post('/:sessionId/views/:viewId/publish', async (c) => {
    const viewId = viewIdOf(c);
    const { version } = await jsonBody(c, ViewPublish);
    const { session } = await sessionToManage(c);
    return c.json({ view: await publishView(services, session, viewId, version) });
  });

  app.post('/:sessionId/views/:viewId/reject', async (c) => {
    const viewId = viewIdOf(c);
    const { reason, version } = await jsonBody(c, ViewReject);
    const { session } = await sessionToManage(c);
    return c.json({ view: await rejectView(services, session, viewId, reason, version) });
  });

  return app;
}
