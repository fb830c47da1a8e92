/**
 * A pure iCalendar (RFC 5545) writer for published events. Start and end carry
 * TZID=Asia/Ho_Chi_Minh with the zone's VTIMEZONE in the same object; stamps are UTC.
 * The output depends only on its input, so a feed can be cached and compared.
 */
import { VIETNAM_TIME_ZONE } from '../time.ts';
import { contentLine, escapeText, joinLines, utcDateTime, wallClockDateTime } from './content-line.ts';
import { VIETNAM_OFFSET_MINUTES, vietnamTimeZone } from './time-zone.ts';

export type CalendarEventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface CalendarEvent {
  /** Globally unique and stable across versions of the event: "<id>@<domain>". */
  uid: string;
  /** Raised on every change, so clients replace their copy (RFC 5545 §3.8.7.4). */
  sequence: number;
  status: CalendarEventStatus;
  summary: string;
  description?: string;
  location?: string;
  categories?: string[];
  url?: string;
  /** UTC ISO instants. */
  startsAt: string;
  endsAt: string;
  createdAt: string;
  /** Last revision: written as DTSTAMP and LAST-MODIFIED. */
  updatedAt: string;
}

export interface CalendarOptions {
  /** Shown by clients as the subscribed calendar's name. */
  name: string;
  description?: string;
  /** How often subscribers should poll, ISO 8601 duration such as "PT6H". */
  refreshInterval?: string;
}

export const PRODUCT_ID = '-//HDND//Lich tiep xuc cu tri//VI';

function eventLines(event: CalendarEvent): string[] {
  const local = (iso: string) => wallClockDateTime(iso, VIETNAM_OFFSET_MINUTES);
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(event.uid)),
    contentLine('DTSTAMP', utcDateTime(event.updatedAt)),
    contentLine('CREATED', utcDateTime(event.createdAt)),
    contentLine('LAST-MODIFIED', utcDateTime(event.updatedAt)),
    contentLine('SEQUENCE', String(event.sequence)),
    contentLine('STATUS', event.status),
    contentLine('DTSTART', local(event.startsAt), { TZID: VIETNAM_TIME_ZONE }),
    contentLine('DTEND', local(event.endsAt), { TZID: VIETNAM_TIME_ZONE }),
    contentLine('SUMMARY', escapeText(event.summary)),
  ];
  if (event.location) lines.push(contentLine('LOCATION', escapeText(event.location)));
  if (event.description) lines.push(contentLine('DESCRIPTION', escapeText(event.description)));
  if (event.categories?.length)
    lines.push(contentLine('CATEGORIES', event.categories.map((c) => escapeText(c)).join(',')));
  if (event.url) lines.push(contentLine('URL', event.url, { VALUE: 'URI' }));
  // Cancelled events stay in the feed (so clients remove them) but no longer block time.
  lines.push(contentLine('TRANSP', event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'));
  lines.push('END:VEVENT');
  return lines;
}

/** A VCALENDAR holding the events, CRLF line endings, lines folded at 75 octets. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', PRODUCT_ID),
    'CALSCALE:GREGORIAN',
    contentLine('NAME', escapeText(options.name)),
    contentLine('X-WR-CALNAME', escapeText(options.name)),
    contentLine('X-WR-TIMEZONE', VIETNAM_TIME_ZONE),
  ];
  if (options.description) {
    lines.push(contentLine('DESCRIPTION', escapeText(options.description)));
    lines.push(contentLine('X-WR-CALDESC', escapeText(options.description)));
  }
  if (options.refreshInterval) {
    lines.push(contentLine('REFRESH-INTERVAL', options.refreshInterval, { VALUE: 'DURATION' }));
    lines.push(contentLine('X-PUBLISHED-TTL', options.refreshInterval));
  }
  lines.push(...vietnamTimeZone());
  for (const event of events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}
