/**
 * GET /v1/results?council=&cursor=&limit=: a council's published results, newest first,
 * anonymised (shared/publication.ts). The static site's build pages through it. One Query
 * on the published index per page, plus a GetItem per distinct meeting the page mentions and
 * a Query per result for its public file copies (attachment-keys.ts).
 *
 * GET /v1/results/{code}: one result as the list serves it (the incremental site build reads
 * only the results that changed, site/src/lib/result-snapshot.ts); 404 when the petition is not,
 * or no longer, published. The petition's Query (two for an answered one), its meeting's
 * GetItem and its file copies' Query: the same whatever the number of results.
 */
import { Hono } from 'hono/quick';
import { NotFoundError, ValidationError } from '../../../shared/errors.ts';
import { publishedResultOf } from '../../../shared/publication.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Meeting, Petition } from '../../../shared/schemas/index.ts';
import { type PublishedResult, type ResultsPage, ResultsQuery } from '../../../shared/schemas/publication.ts';
import { publicFileViews } from '../../lib/attachments/public-attachments.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { canonicalCode } from '../../lib/petitions/track-petition.ts';

/** The published meetings among `ids`; an unpublished meeting is not named in public. */
async function publishedMeetings(repos: Repositories, ids: Iterable<string>): Promise<Map<string, Meeting>> {
  const meetings = await Promise.all([...new Set(ids)].map((id) => repos.meetings.get(id)));
  return new Map(meetings.filter((m): m is Meeting => m?.published === true).map((m) => [m.id, m]));
}

/** A published petition as the public sees it: anonymised, with its meeting if published and its public files. */
function resultOf(
  p: Petition,
  reference: ReferenceData,
  meeting: Meeting | undefined,
  copies: Parameters<typeof publicFileViews>[1],
): PublishedResult {
  const files = publicFileViews(p, copies).map(({ type: _type, ...file }) => file);
  return {
    ...publishedResultOf(p, reference, meeting),
    ...(files.length > 0 ? { attachments: files } : {}),
  };
}

export function resultsRoutes(repos: Repositories) {
  const app = new Hono();

  app.get('/', async (c) => {
    const query = parseInput(ResultsQuery, c.req.query());
    const reference = await repos.reference.load();
    if (!reference.councils.has(query.council)) {
      throw new ValidationError({ council: { key: 'field.unknownCouncil' } });
    }
    const page = await repos.petitions.listPublished(query.council, {
      ...(query.cursor ? { cursor: query.cursor } : {}),
      limit: query.limit ?? 50,
    });
    // Each result's public file copies: one small Query each, in parallel with the meetings' reads.
    const filesRead = Promise.all(page.items.map((p) => repos.uploads.listPublic('petition', p.code)));
    const meetings = await publishedMeetings(
      repos,
      page.items.flatMap((p) => (p.meetingId ? [p.meetingId] : [])),
    );
    const copies = await filesRead;
    const body: ResultsPage = {
      items: page.items.map((p, i) =>
        resultOf(p, reference, p.meetingId ? meetings.get(p.meetingId) : undefined, copies[i] ?? []),
      ),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(body);
  });

  app.get('/:code', async (c) => {
    const code = canonicalCode(c.req.param('code'));
    const [reference, petition, copies] = await Promise.all([
      repos.reference.load(),
      repos.petitions.get(code),
      repos.uploads.listPublic('petition', code),
    ]);
    // The build reads it right after a change: never from a cache.
    c.header('Cache-Control', 'no-store');
    if (!petition?.publishedAt) throw new NotFoundError('code.notFound');
    const meetings = await publishedMeetings(repos, petition.meetingId ? [petition.meetingId] : []);
    const meeting = petition.meetingId ? meetings.get(petition.meetingId) : undefined;
    return c.json(resultOf(petition, reference, meeting, copies));
  });

  return app;
}
