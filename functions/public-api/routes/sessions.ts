/**
 * Council sessions for voters and the static site (DESIGN §8):
 *   GET  /v1/sessions?council=&limit=&cursor=   a council's sessions, newest opening first
 *   GET  /v1/sessions.ics?council=              the same as a calendar to subscribe to
 *   GET  /v1/sessions/{id}                      the agenda, its documents, the published views, the meetings
 *   POST /v1/sessions/{id}/views                a voter's view on one open item (JSON, or the no-JS form: 303)
 */
import { Hono } from 'hono/quick';
import { NotFoundError } from '../../../shared/errors.ts';
import {
  SessionFeedQuery,
  SessionListQuery,
  SessionPath,
  SessionViewSubmission,
} from '../../../shared/schemas/session.ts';
import { vietnamDate } from '../../../shared/time.ts';
import { sessionPaths } from '../../../shared/ui/session-routes.ts';
import { publicRecordDocuments } from '../../lib/attachments/public-record-documents.ts';
import { domainErrorOf } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { log } from '../../lib/log.ts';
import { calendarDomain } from '../../lib/meetings/meeting-calendar.ts';
import { siteLink } from '../../lib/petitions/links.ts';
import { councilSessions, meetingsOfSession, pageOfSessions } from '../../lib/sessions/find-sessions.ts';
import { giveView, newViewId } from '../../lib/sessions/give-view.ts';
import { toPublicSession, toPublicSessionSummary } from '../../lib/sessions/public-session.ts';
import { sessionFeed } from '../../lib/sessions/session-calendar.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { accepted, clientHashOf } from '../form-post.ts';
import { sessionViewFailure } from '../pages/session-view-failure.ts';
import { bodyKindOf, honeypotFilled, readBody } from '../request-body.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';

export function sessionRoutes(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const now = () => deps.now?.() ?? new Date();
  const domain = calendarDomain(config.PUBLIC_SITE_URL);
  const app = new Hono();

  const councilOf = async (councilId: string) => {
    const reference = await repos.reference.load();
    const council = reference.councils.get(councilId);
    if (!council) throw new NotFoundError('field.unknownCouncil');
    return { reference, council };
  };

  app.get('/sessions', async (c) => {
    const query = parseInput(SessionListQuery, c.req.query());
    const { reference } = await councilOf(query.council);
    const page = pageOfSessions(councilSessions(reference, query.council), query);
    const today = vietnamDate(now());
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({
      items: page.items.map((s) => toPublicSessionSummary(s, reference, today)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    });
  });

  app.get('/sessions.ics', async (c) => {
    const query = parseInput(SessionFeedQuery, c.req.query());
    const { reference, council } = await councilOf(query.council);
    const feed = sessionFeed(councilSessions(reference, council.id), reference, {
      councilName: council.name,
      fileName: `ky-hop-${council.id}`,
      domain,
      locale: localeOf(c),
    });
    return c.body(feed.body, 200, feed.headers);
  });

  app.get('/sessions/:id', async (c) => {
    const { id } = parseInput(SessionPath, { id: c.req.param('id') });
    const reference = await repos.reference.load();
    const session = reference.sessions.get(id);
    if (!session) throw new NotFoundError('field.unknownSession');
    const [contents, meetings] = await Promise.all([
      repos.sessions.contents(id),
      meetingsOfSession(repos, session),
    ]);
    const at = now();
    // The session's documents come with its public part, in the same Query.
    const documents = publicRecordDocuments('session', id, contents.documents ?? []);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({
      ...toPublicSession(session, reference, contents, meetings, at, vietnamDate(at)),
      ...(documents.length > 0 ? { documents } : {}),
    });
  });

  app.post('/sessions/:id/views', async (c) => {
    const form = bodyKindOf(c) === 'form';
    const locale = localeOf(c);
    let sessionId: string | undefined;
    let posted: unknown;
    try {
      sessionId = parseInput(SessionPath, { id: c.req.param('id') }).id;
      const idempotencyKey = idempotencyKeyOf(c);
      const body = await readBody(c);
      posted = body.value;
      const submission = parseInput(SessionViewSubmission, body.value);
      let receipt: { id: string; status: 'pending' };
      if (honeypotFilled(body.value)) {
        // A robot: it gets what a person would, and nothing is stored or counted.
        log.info('session view honeypot filled', { route: '/v1/sessions/{id}/views' });
        receipt = { id: newViewId(now()), status: 'pending' };
      } else {
        receipt = await giveView(
          { repos, config },
          { sessionId, submission, clientHash: clientHashOf(c, deps), idempotencyKey, now: now() },
        );
      }
      return accepted(
        c,
        form,
        receipt,
        siteLink(config.PUBLIC_SITE_URL, sessionPaths.viewSent(locale, sessionId)),
      );
    } catch (error) {
      const domainError = domainErrorOf(error);
      if (!form || !domainError) throw error;
      // Without JavaScript: the form again with what was typed (never a redirect carrying it).
      return sessionViewFailure(c, deps, domainError, sessionId, posted);
    }
  });

  return app;
}
