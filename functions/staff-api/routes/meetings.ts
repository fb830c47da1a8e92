/**
 * /v1/meetings: the secretariat plans its council's meetings (DESIGN §2 journey 1).
 *   GET  /?council=&from=&to=&kind=      all of the council's meetings, published or not
 *   POST /                               schedule (201)
 *   GET  /{id}    PUT /{id}              read; edit (only the fields sent change)
 *   POST /{id}/publish | postpone | cancel | held
 *   GET  /{id}/petitions                 what was raised at the meeting
 * Every change raises the meeting's sequence; a body may carry the `sequence` the editor
 * read, and a save against an older one is a 409. Bad input changes nothing.
 */
import { type Context, Hono } from 'hono';
import { ForbiddenError } from '../../../shared/errors.ts';
import {
  MeetingCancel,
  MeetingEdit,
  MeetingHeld,
  MeetingInput,
  MeetingPostpone,
  MeetingPublish,
  PageQuery,
  StaffMeetingQuery,
} from '../../../shared/schemas/index.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import {
  cancelMeeting,
  editMeeting,
  loadMeeting,
  markMeetingHeld,
  postponeMeeting,
  publishMeeting,
} from '../../lib/meetings/change-meeting.ts';
import { scheduleMeeting } from '../../lib/meetings/schedule-meeting.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody, optionalJsonBody, queryOf } from '../request.ts';

export function meetingRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const services = { repos, now: deps.now ?? (() => new Date()) };
  const app = new Hono<StaffEnv>();

  /** Delegates read their own council's schedule; only its secretariat (or an admin) changes it. */
  const mayRead = async (c: Context<StaffEnv>, councilId: string) => {
    const user = c.var.staff;
    if (canManageCouncil(user, councilId)) return;
    const group =
      user.role === 'delegate' ? (await repos.reference.load()).delegateGroups.get(user.groupId) : undefined;
    if (group?.councilId !== councilId) throw new ForbiddenError('auth.forbidden');
  };
  const meetingToManage = async (c: Context<StaffEnv>) => {
    const meeting = await loadMeeting(services, idParam(c, 'meetingId'));
    authorize(canManageCouncil(c.var.staff, meeting.councilId));
    return meeting;
  };

  app.get('/', async (c) => {
    const query = queryOf(c, StaffMeetingQuery);
    await mayRead(c, query.council);
    const range = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    const page = await repos.meetings.listByCouncil(query.council, range, {
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    const items = query.kind ? page.items.filter((m) => m.kind === query.kind) : page.items;
    return c.json({ items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
  });

  app.post('/', async (c) => {
    const input = await jsonBody(c, MeetingInput);
    authorize(canManageCouncil(c.var.staff, input.councilId));
    return c.json({ meeting: await scheduleMeeting(services, input) }, 201);
  });

  app.get('/:meetingId', async (c) => {
    const meeting = await loadMeeting(services, idParam(c, 'meetingId'));
    await mayRead(c, meeting.councilId);
    return c.json({ meeting });
  });

  app.put('/:meetingId', async (c) => {
    const edit = await jsonBody(c, MeetingEdit);
    return c.json({ meeting: await editMeeting(services, await meetingToManage(c), edit) });
  });

  app.post('/:meetingId/publish', async (c) => {
    const { sequence } = await optionalJsonBody(c, MeetingPublish);
    return c.json({ meeting: await publishMeeting(services, await meetingToManage(c), sequence) });
  });

  app.post('/:meetingId/postpone', async (c) => {
    const input = await jsonBody(c, MeetingPostpone);
    return c.json({ meeting: await postponeMeeting(services, await meetingToManage(c), input) });
  });

  app.post('/:meetingId/cancel', async (c) => {
    const input = await jsonBody(c, MeetingCancel);
    return c.json({ meeting: await cancelMeeting(services, await meetingToManage(c), input) });
  });

  app.post('/:meetingId/held', async (c) => {
    const input = await jsonBody(c, MeetingHeld);
    return c.json({ meeting: await markMeetingHeld(services, await meetingToManage(c), input) });
  });

  /** The petitions raised at the meeting (no submitter's contact), oldest first. */
  app.get('/:meetingId/petitions', async (c) => {
    const query = queryOf(c, PageQuery);
    const meeting = await meetingToManage(c);
    return c.json(await repos.petitions.listByMeeting(meeting.id, query));
  });

  return app;
}
