/**
 * GET /v1/reference: what a petition form needs to offer choices: fields, the unit tree,
 * agencies and councils, by their public names. Agencies' mailboxes and the competence
 * matrix stay inside. The same for everyone, so shared caches may keep it a while.
 */
import { Hono } from 'hono/quick';
import type { Repositories } from '../../lib/data/index.ts';

export function referenceRoutes(repos: Repositories) {
  const app = new Hono();

  app.get('/', async (c) => {
    const { records } = await repos.reference.load();
    c.header('Cache-Control', 'public, max-age=300, stale-while-revalidate=3600');
    return c.json({
      fields: records.fields.map((f) => ({ id: f.id, name: f.name, nameEn: f.nameEn })),
      units: records.units.map((u) => ({ id: u.id, name: u.name, type: u.type, parentId: u.parentId })),
      agencies: records.agencies.map((a) => ({ id: a.id, name: a.name, unitId: a.unitId, level: a.level })),
      councils: records.councils.map((k) => ({ id: k.id, name: k.name, unitId: k.unitId, level: k.level })),
    });
  });

  return app;
}
