/**
 * GET /v1/statistics?council=&year=|session=: counts of every petition recorded (published
 * or not) by council, body, field, commune and session, over all time, one year (by the
 * Vietnam day received) or one council session (shared/statistics.ts filters). Reads each council's petitions through its
 * status index (one Query per status and page) and its meetings through the council's
 * meeting index: never a Scan. Heavy for a public read, so answered with a long cache
 * lifetime: CloudFront and the site's build are its callers.
 */
import { Hono } from 'hono';
import { ValidationError } from '../../../shared/errors.ts';
import type { Meeting, Petition } from '../../../shared/schemas/index.ts';
import { StatisticsQuery } from '../../../shared/schemas/publication.ts';
import { computeStatistics } from '../../../shared/statistics.ts';
import { PETITION_STATUSES } from '../../../shared/status-machine.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { readAllPages } from '../../lib/data/pagination.ts';
import { parseInput } from '../../lib/http/validation.ts';

async function petitionsOf(repos: Repositories, councilId: string): Promise<Petition[]> {
  const perStatus = await Promise.all(
    PETITION_STATUSES.map((status) =>
      readAllPages((cursor) =>
        repos.petitions.listCouncilQueue(councilId, status, { limit: 100, ...(cursor ? { cursor } : {}) }),
      ),
    ),
  );
  return perStatus.flat();
}

function meetingsOf(repos: Repositories, councilId: string): Promise<Meeting[]> {
  return readAllPages((cursor) =>
    repos.meetings.listByCouncil(councilId, {}, { limit: 200, ...(cursor ? { cursor } : {}) }),
  );
}

export function statisticsRoutes(repos: Repositories, now: () => Date = () => new Date()) {
  const app = new Hono();

  app.get('/', async (c) => {
    const query = parseInput(StatisticsQuery, c.req.query());
    const reference = await repos.reference.load();
    if (query.council && !reference.councils.has(query.council)) {
      throw new ValidationError({ council: { key: 'field.unknownCouncil' } });
    }
    const session = query.session
      ? reference.records.sessions.find((s) => s.id === query.session)
      : undefined;
    if (query.session && (!session || (query.council && session.councilId !== query.council))) {
      throw new ValidationError({ session: { key: 'field.unknownSession' } });
    }
    const period = session
      ? { kind: 'session' as const, id: session.id }
      : query.year !== undefined
        ? { kind: 'year' as const, year: query.year }
        : undefined;
    // A session belongs to one council: only its petitions can be reported to it.
    const councilIds = query.council
      ? [query.council]
      : session
        ? [session.councilId]
        : reference.records.councils.map((c) => c.id);
    const petitions: Petition[] = [];
    const meetings = new Map<string, Meeting>();
    for (const councilId of councilIds) {
      const [councilPetitions, councilMeetings] = await Promise.all([
        petitionsOf(repos, councilId),
        meetingsOf(repos, councilId),
      ]);
      petitions.push(...councilPetitions);
      for (const m of councilMeetings) meetings.set(m.id, m);
    }
    const statistics = computeStatistics(petitions, {
      reference,
      meetings,
      now: now(),
      ...(query.council ? { councilId: query.council } : {}),
      ...(period ? { period } : {}),
    });
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(statistics);
  });

  return app;
}
