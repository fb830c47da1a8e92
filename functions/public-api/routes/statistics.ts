/**
 * GET /v1/statistics?council=&year=|session=: counts of every petition recorded (published
 * or not) by council, body, field, commune and session, over all time, one year (by the
 * Vietnam day received) or one council session. Read from the aggregates the statistics
 * function keeps from the stream (functions/lib/statistics/read-statistics.ts): per council
 * one Query of the period's rows and one of its overdue petitions' keys, whatever the number
 * of petitions ever received. Still cached: CloudFront and the site's build are its callers.
 */
import { Hono } from 'hono/quick';
import { ValidationError } from '../../../shared/errors.ts';
import { StatisticsQuery } from '../../../shared/schemas/publication.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { readStatistics } from '../../lib/statistics/read-statistics.ts';

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
    const statistics = await readStatistics(repos, {
      reference,
      councilIds,
      now: now(),
      ...(query.council ? { councilId: query.council } : {}),
      ...(period ? { period } : {}),
    });
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(statistics);
  });

  return app;
}
