/**
 * Oversight for voters and the static site (DESIGN §9):
 *   GET /v1/oversight?council=&year=        a council's activities of a year, by start date
 *   GET /v1/oversight/statistics?council=   per body: items done on time, overdue now
 *   GET /v1/oversight/sources/{kind}/{id}   the items of an interpellation, a resolution or an activity
 *   GET /v1/oversight/{id}                  the activity, its conclusion, its items and their progress
 * Never a staff note, an actor or a reason: public-oversight.ts picks what is shown.
 */
import { Hono } from 'hono/quick';
import * as z from 'zod/mini';
import { id } from '../../../shared/schemas/common.ts';
import { OversightListQuery } from '../../../shared/schemas/oversight.ts';
import { FOLLOW_UP_SOURCES } from '../../../shared/vocabulary.ts';
import { parseInput } from '../../lib/http/validation.ts';
import {
  listPublicActivities,
  oversightStatistics,
  publicActivityRecord,
  publicItemsOfSource,
} from '../../lib/oversight/public-oversight.ts';
import type { PublicApiDependencies } from '../dependencies.ts';

const StatisticsQuery = z.object({ council: id });
const SourcePath = z.object({ kind: z.enum(FOLLOW_UP_SOURCES, { error: 'field.invalidChoice' }), id });

export function oversightRoutes(deps: PublicApiDependencies) {
  const { repos } = deps;
  const now = deps.now ?? (() => new Date());
  const app = new Hono();

  app.get('/', async (c) => {
    const query = parseInput(OversightListQuery, c.req.query());
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(await listPublicActivities(repos, query));
  });

  app.get('/statistics', async (c) => {
    const query = parseInput(StatisticsQuery, c.req.query());
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(await oversightStatistics(repos, query.council, now()));
  });

  app.get('/sources/:kind/:id', async (c) => {
    const { kind, id: sourceId } = parseInput(SourcePath, c.req.param());
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(await publicItemsOfSource(repos, kind, sourceId, now()));
  });

  app.get('/:id', async (c) => {
    const activityId = parseInput(id, c.req.param('id'));
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(await publicActivityRecord(repos, activityId, now()));
  });

  return app;
}
