/**
 * GET /v1/results?council=&cursor=&limit=: a council's published results, newest first,
 * anonymised (shared/publication.ts). The static site's build pages through it. One Query
 * on the published index per page, plus a GetItem per distinct meeting the page mentions and
 * a Query per result for its public file copies (attachment-keys.ts).
 */
import { Hono } from 'hono/quick';
import { ValidationError } from '../../../shared/errors.ts';
import { publishedResultOf } from '../../../shared/publication.ts';
import type { Meeting } from '../../../shared/schemas/index.ts';
import { type ResultsPage, ResultsQuery } from '../../../shared/schemas/publication.ts';
import { publicFileViews } from '../../lib/attachments/public-attachments.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { parseInput } from '../../lib/http/validation.ts';

/** The published meetings among `ids`; an unpublished meeting is not named in public. */
async function publishedMeetings(repos: Repositories, ids: Iterable<string>): Promise<Map<string, Meeting>> {
  const meetings = await Promise.all([...new Set(ids)].map((id) => repos.meetings.get(id)));
  return new Map(meetings.filter((m): m is Meeting => m?.published === true).map((m) => [m.id, m]));
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
      items: page.items.map((p, i) => {
        const files = publicFileViews(p, copies[i] ?? []).map(({ type: _type, ...file }) => file);
        return {
          ...publishedResultOf(p, reference, p.meetingId ? meetings.get(p.meetingId) : undefined),
          ...(files.length > 0 ? { attachments: files } : {}),
        };
      }),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(body);
  });

  return app;
}
