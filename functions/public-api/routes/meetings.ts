/**
 * Published meetings for voters and the static site:
 *   GET /v1/meetings?commune=|council=|group=&from=&to=&kind=   JSON, by start time
 *   GET /v1/meetings.ics?commune=|council=|group=              a calendar to subscribe to
 *   GET /v1/meetings/{id}   GET /v1/meetings/{id}.ics           one meeting ("add to calendar")
 * An unpublished meeting does not exist here (404).
 */
import { Hono } from 'hono/quick';
import { NotFoundError } from '../../../shared/errors.ts';
import { MeetingFeedQuery, MeetingListQuery, MeetingPath } from '../../../shared/schemas/meeting.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { listPublishedMeetings, resolveScope } from '../../lib/meetings/find-meetings.ts';
import { calendarDomain, meetingFeed } from '../../lib/meetings/meeting-calendar.ts';
import { toPublicMeeting } from '../../lib/meetings/public-meeting.ts';
import type { PublicApiDependencies } from '../dependencies.ts';

/** A feed shows the last half year and everything ahead, up to this many meetings. */
const FEED_PAST_DAYS = 180;
const FEED_LIMIT = 500;

export function meetingsRoutes(deps: PublicApiDependencies) {
  const { repos } = deps;
  const now = deps.now ?? (() => new Date());
  const domain = calendarDomain(deps.config.PUBLIC_SITE_URL);
  const app = new Hono();

  app.get('/meetings', async (c) => {
    const query = parseInput(MeetingListQuery, c.req.query());
    const reference = await repos.reference.load();
    const scope = resolveScope(query, reference);
    const page = await listPublishedMeetings(repos, scope, query);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({
      items: page.items.map((m) => toPublicMeeting(m, reference)),
      ...(scope.by === 'commune'
        ? { communes: scope.communes.map((u) => ({ id: u.id, name: u.name })) }
        : {}),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    });
  });

  app.get('/meetings.ics', async (c) => {
    const query = parseInput(MeetingFeedQuery, c.req.query());
    const reference = await repos.reference.load();
    const scope = resolveScope(query, reference);
    const from = query.from ?? new Date(now().getTime() - FEED_PAST_DAYS * 86_400_000).toISOString();
    const { items } = await listPublishedMeetings(repos, scope, { from, limit: FEED_LIMIT, maxPages: 10 });
    const feed = meetingFeed(items, reference, {
      name: scope.name,
      fileName: `lich-tiep-xuc-cu-tri ${scope.name}`,
      domain,
      locale: localeOf(c),
    });
    return c.body(feed.body, 200, feed.headers);
  });

  app.get('/meetings/:file', async (c) => {
    const file = c.req.param('file');
    const asCalendar = file.endsWith('.ics');
    const { id } = parseInput(MeetingPath, { id: asCalendar ? file.slice(0, -4) : file });
    const meeting = await repos.meetings.get(id);
    if (!meeting?.published) throw new NotFoundError('field.unknownMeeting');
    const reference = await repos.reference.load();
    if (!asCalendar) {
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(toPublicMeeting(meeting, reference));
    }
    const feed = meetingFeed([meeting], reference, {
      name: meeting.title,
      fileName: meeting.id,
      domain,
      locale: localeOf(c),
    });
    return c.body(feed.body, 200, feed.headers);
  });

  return app;
}
