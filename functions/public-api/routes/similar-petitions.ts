/**
 * GET /v1/petitions/similar?q=&commune=&field= → { items: [{ code, title, status }] }: what
 * the petition form shows as the citizen types a title (site/src/scripts/similar-petitions.ts).
 * Public fields only; mounted before /v1/petitions/{code} so "similar" is never read as a code.
 */
import { Hono } from 'hono/quick';
import { SimilarPetitionsQuery } from '../../../shared/schemas/similar.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { findSimilarPetitions } from '../../lib/petitions/similar-petitions.ts';
import type { PublicApiDependencies } from '../dependencies.ts';

export function similarPetitionRoutes(deps: PublicApiDependencies) {
  const app = new Hono();
  app.get('/similar', async (c) => {
    const query = parseInput(SimilarPetitionsQuery, c.req.query());
    const items = await findSimilarPetitions(deps.repos, query);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ items });
  });
  return app;
}
