/** Published meetings as an iCalendar feed, plus the HTTP headers a calendar client expects. */
import { writeCalendar } from '../../../shared/calendar/calendar.ts';
import { DEFAULT_UID_DOMAIN, meetingCalendarEvent } from '../../../shared/calendar/meeting-event.ts';
import { type Locale, translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Meeting } from '../../../shared/schemas/index.ts';
import { slugify } from '../../../shared/text.ts';

/**
 * UIDs name the producer's domain: the public site's host in production. A local or
 * numeric host is no identity at all, so the example domain stands in.
 */
export function calendarDomain(publicSiteUrl: string): string {
  const host = new URL(publicSiteUrl).hostname;
  const local = host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':');
  return local ? DEFAULT_UID_DOMAIN : host;
}

export interface MeetingFeed {
  body: string;
  headers: Record<string, string>;
}

/** Subscribers poll; five minutes of caching keeps a busy feed cheap and a change visible soon. */
const FEED_MAX_AGE_SECONDS = 300;

export function meetingFeed(
  meetings: readonly Meeting[],
  reference: ReferenceData,
  options: { name: string; fileName: string; domain: string; locale?: Locale },
): MeetingFeed {
  const locale = options.locale ?? 'vi';
  const body = writeCalendar(
    meetings.map((m) => meetingCalendarEvent(m, reference, { domain: options.domain, locale })),
    {
      name: translate(locale, 'calendar.feedName', { name: options.name }),
      description: translate(locale, 'calendar.feedDescription', { name: options.name }),
      refreshInterval: 'PT6H',
    },
  );
  const file = `${slugify(options.fileName) || 'lich'}.ics`;
  return {
    body,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${file}"`,
      'Cache-Control': `public, max-age=${FEED_MAX_AGE_SECONDS}`,
    },
  };
}
