/** A council's sessions as an iCalendar feed: one event per session, from its opening to its closing day. */
import { type CalendarEvent, writeCalendar } from '../../../shared/calendar/calendar.ts';
import { type Locale, translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { CouncilSession } from '../../../shared/schemas/index.ts';
import type { MeetingFeed } from '../meetings/meeting-calendar.ts';

/** A session's days, 07:30 to 17:00 Vietnam time (the council's working day). */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`).toISOString();

export function sessionCalendarEvent(
  session: CouncilSession,
  reference: ReferenceData,
  options: { domain: string; locale: Locale; siteUrl?: string },
): CalendarEvent {
  const t = (key: Parameters<typeof translate>[1]) => translate(options.locale, key);
  const council = reference.councils.get(session.councilId);
  const description = [
    session.kind ? t(`session.kind.${session.kind}`) : undefined,
    council ? `${t('calendar.council')}: ${council.name}` : undefined,
  ].filter((line) => line !== undefined);
  const stamp = at(session.opensOn, '00:00');
  return {
    uid: `session-${session.id}@${options.domain}`,
    sequence: session.version ?? 0,
    status: session.status === 'closed' || session.status === 'in_session' ? 'CONFIRMED' : 'TENTATIVE',
    summary: session.name,
    description: description.join('\n'),
    ...(session.venue ? { location: session.venue } : {}),
    categories: [t('session.calendarCategory')],
    startsAt: at(session.opensOn, '07:30'),
    endsAt: at(session.closesOn ?? session.opensOn, '17:00'),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function sessionFeed(
  sessions: readonly CouncilSession[],
  reference: ReferenceData,
  options: { councilName: string; fileName: string; domain: string; locale: Locale },
): MeetingFeed {
  const name = translate(options.locale, 'session.feedName', { name: options.councilName });
  const body = writeCalendar(
    sessions.map((s) => sessionCalendarEvent(s, reference, options)),
    { name, description: name, refreshInterval: 'PT6H' },
  );
  return {
    body,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${options.fileName}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  };
}
