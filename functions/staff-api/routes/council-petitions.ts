/**
 * /v1/councils/{councilId}/petitions: the secretariat's queues (triage first) and the
 * petitions it enters for citizens — received at a meeting, by post, by phone or at a
 * citizen reception, one at a time or many raised at one meeting.
 */
import { Hono } from 'hono';
import {
  CouncilQueueQuery,
  MeetingPetitionsEntry,
  StaffPetitionEntry,
} from '../../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { enterPetitions } from '../../lib/petitions/enter-petition.ts';
import { councilCounts, councilQueue } from '../../lib/petitions/staff-lists.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody, queryOf } from '../request.ts';
import { staffContextOf } from '../staff-context.ts';

export function councilPetitionRoutes(deps: StaffApiDependencies) {
  const context = staffContextOf(deps);
  const app = new Hono<StaffEnv>();

  /** ?status=received (the triage queue, the default) | routed | … &sort=oldest | newest | deadline; paged by cursor. */
  app.get('/:councilId/petitions', async (c) => {
    const councilId = idParam(c, 'councilId');
    const query = queryOf(c, CouncilQueueQuery);
    return c.json(await councilQueue(context(c.var.staff), councilId, query));
  });

  /** How many of the council's petitions are in each status: `{ counts: { received: 12, … } }`. */
  app.get('/:councilId/petitions/counts', async (c) => {
    const councilId = idParam(c, 'councilId');
    return c.json(await councilCounts(context(c.var.staff), councilId));
  });

  /** One petition received by post, by phone, at a reception or at a meeting (201 with its code). */
  app.post('/:councilId/petitions', async (c) => {
    const councilId = idParam(c, 'councilId');
    const { channel, ...submission } = await jsonBody(c, StaffPetitionEntry);
    const [petition] = await enterPetitions(context(c.var.staff), councilId, [{ submission, channel }]);
    return c.json({ code: formatTrackingCode(petition!.code), petition }, 201);
  });

  /** Many petitions raised at one meeting: all are checked before any is written. */
  app.post('/:councilId/petitions/batch', async (c) => {
    const councilId = idParam(c, 'councilId');
    const { meetingId, petitions } = await jsonBody(c, MeetingPetitionsEntry);
    const entered = await enterPetitions(
      context(c.var.staff),
      councilId,
      petitions.map((p) => ({ submission: { ...p, meetingId }, channel: 'meeting' as const })),
    );
    return c.json({ codes: entered.map((p) => formatTrackingCode(p.code)), petitions: entered }, 201);
  });

  return app;
}
