/**
 * A council's resolutions and a session's results, for citizens and the static site's build:
 *   GET /v1/resolutions?council=&field=&year=&status=&cursor=&limit=   newest first, one Query per page
 *   GET /v1/resolutions/{id}                                           one GetItem
 *   GET /v1/sessions/{id}/results                                      resolutions (with votes), interpellations
 */

import { Hono } from 'hono/quick';
import { NotFoundError, ValidationError } from '../../../shared/errors.ts';
import { id } from '../../../shared/schemas/common.ts';
import { ResolutionListQuery } from '../../../shared/schemas/resolution.ts';
import { publicRecordDocuments } from '../../lib/attachments/public-record-documents.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { toPublicInterpellation, toPublicResolution } from '../../lib/resolutions/public-resolution.ts';
import { sessionResults } from '../../lib/resolutions/session-results.ts';

export function resolutionsRoutes(repos: Repositories) {
  const app = new Hono();

  app.get('/resolutions', async (c) => {
    const query = parseInput(ResolutionListQuery, c.req.query());
    const reference = await repos.reference.load();
    if (!reference.councils.has(query.council))
      throw new ValidationError({ council: { key: 'field.unknownCouncil' } });
    if (query.field && !reference.fields.has(query.field))
      throw new ValidationError({ field: { key: 'field.unknownField' } });
    const page = await repos.resolutions.list(
      query.council,
      { fieldId: query.field, status: query.status, year: query.year },
      { limit: query.limit ?? 50, cursor: query.cursor },
    );
    // Each resolution's signed text (its public copy): one small Query each, in parallel.
    const copies = await Promise.all(page.items.map((r) => repos.uploads.listPublic('resolution', r.id)));
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({
      items: page.items.map((r, i) => {
        const documents = publicRecordDocuments('resolution', r.id, copies[i] ?? []);
        return { ...toPublicResolution(r), ...(documents.length > 0 ? { documents } : {}) };
      }),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    });
  });

  app.get('/resolutions/:id', async (c) => {
    const resolution = await repos.resolutions.get(parseInput(id, c.req.param('id')));
    if (!resolution) throw new NotFoundError('field.unknownResolution');
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(toPublicResolution(resolution));
  });

  app.get('/sessions/:id/results', async (c) => {
    const sessionId = parseInput(id, c.req.param('id'));
    if (!(await repos.reference.load()).sessions.has(sessionId))
      throw new NotFoundError('field.unknownSession');
    const results = await sessionResults({ repos }, sessionId);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({
      sessionId,
      resolutions: results.resolutions.map(toPublicResolution),
      interpellations: results.interpellations.map(toPublicInterpellation),
    });
  });

  return app;
}
