/**
 * GET /v1/councils: the public directory of councils: their sessions, and for each
 * electoral unit its communes and the delegate group (with its delegates' names and
 * public roles) that represents them. Delegates' mailboxes stay out: they are for
 * reminders, not for the public. Served from the cached reference data.
 */
import { Hono } from 'hono/quick';
import type { CouncilDirectory } from '../../../shared/schemas/publication.ts';
import type { Repositories } from '../../lib/data/index.ts';

export function councilsRoutes(repos: Repositories) {
  const app = new Hono();

  app.get('/', async (c) => {
    const reference = await repos.reference.load();
    const { councils, sessions, electoralUnits, delegateGroups } = reference.records;
    const body: CouncilDirectory = {
      items: councils.map((council) => ({
        id: council.id,
        name: council.name,
        level: council.level,
        unitId: council.unitId,
        sessions: sessions
          .filter((s) => s.councilId === council.id)
          .sort((a, b) => a.opensOn.localeCompare(b.opensOn))
          .map((s) => ({ id: s.id, name: s.name, number: s.number, opensOn: s.opensOn })),
        electoralUnits: electoralUnits
          .filter((e) => e.councilId === council.id)
          .sort((a, b) => a.number - b.number)
          .map((e) => ({
            id: e.id,
            number: e.number,
            name: e.name,
            communeIds: e.communeIds,
            groups: delegateGroups
              .filter((g) => g.electoralUnitId === e.id)
              .map((g) => ({
                id: g.id,
                name: g.name,
                delegates: reference
                  .delegatesOfGroup(g.id)
                  .map((d) => ({ id: d.id, name: d.name, ...(d.title ? { title: d.title } : {}) })),
              })),
          })),
      })),
    };
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(body);
  });

  return app;
}
