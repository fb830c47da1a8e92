/**
 * GET /v1/statistics/citizen-resolutions?council=&year= → { council, year, confirmed, notResolved }:
 * how many answers promised "resolved by" a date their submitters confirmed as resolved, or
 * not, in a year (its own counter, resolved-check-repository.ts; one GetItem).
 */
import { Hono } from 'hono/quick';
import * as z from 'zod/mini';
import { ValidationError } from '../../../shared/errors.ts';
import { id, inputString } from '../../../shared/schemas/common.ts';
import { parseInput } from '../../lib/http/validation.ts';
import type { PublicApiDependencies } from '../dependencies.ts';

const Query = z.object({
  council: id,
  year: z.pipe(
    inputString(4, 'field.invalid'),
    z.string().check(z.regex(/^20\d\d$/, { error: 'field.invalid' })),
  ),
});

export function citizenResolutionRoutes(deps: PublicApiDependencies) {
  const app = new Hono();
  app.get('/citizen-resolutions', async (c) => {
    const query = parseInput(Query, c.req.query());
    const reference = await deps.repos.reference.load();
    if (!reference.councils.has(query.council))
      throw new ValidationError({ council: { key: 'field.unknownCouncil' } });
    const counts = await deps.repos.resolvedChecks.counts(query.council, query.year);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ council: query.council, year: Number(query.year), ...counts });
  });
  return app;
}
