/**
 * A published meeting as a calendar event: what a voter's phone shows when they
 * subscribe to their commune's schedule or add one meeting to their calendar.
 */
import { type Locale, translate } from '../messages/index.ts';
import type { ReferenceData } from '../reference-data.ts';
import type { Meeting } from '../schemas/index.ts';
import type { CalendarEvent, CalendarEventStatus } from './calendar.ts';

export const DEFAULT_UID_DOMAIN = 'hdnd.example.vn';

const STATUS: Record<Meeting['status'], CalendarEventStatus> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
  held: 'CONFIRMED',
};

/** Stable across every edit of the meeting, so calendars update the event rather than add one. */
export function meetingUid(meetingId: string, domain = DEFAULT_UID_DOMAIN): string {
  return `${meetingId}@${domain}`;
}

export interface MeetingEventOptions {
  domain?: string;
  locale?: Locale;
  /** A page about the meeting, when there is one. */
  url?: string;
}

export function meetingCalendarEvent(
  meeting: Meeting,
  reference: ReferenceData,
  options: MeetingEventOptions = {},
): CalendarEvent {
  const locale = options.locale ?? 'vi';
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const mark =
    meeting.status === 'cancelled'
      ? `[${t('calendar.cancelled')}] `
      : meeting.status === 'postponed'
        ? `[${t('calendar.postponed')}] `
        : '';
  const kind = t(`meeting.kind.${meeting.kind}`);
  const council = reference.councils.get(meeting.councilId);
  const session = meeting.sessionId ? reference.sessions.get(meeting.sessionId) : undefined;
  const communes = meeting.communeIds.map((id) => reference.units.get(id)?.name ?? id);
  const delegates = meeting.delegateIds
    .map((id) => reference.delegates.get(id))
    .filter((d) => d !== undefined)
    .map((d) => (d.title ? `${d.name} (${d.title})` : d.name));

  const description = [
    kind,
    council ? `${t('calendar.council')}: ${council.name}` : undefined,
    session ? `${t('calendar.session')}: ${session.name}` : undefined,
    `${t('calendar.communes')}: ${communes.join(', ')}`,
    delegates.length ? `${t('calendar.delegates')}: ${delegates.join('; ')}` : undefined,
    meeting.invitedBodies.length
      ? `${t('calendar.invitedBodies')}: ${meeting.invitedBodies.join('; ')}`
      : undefined,
    meeting.agenda ? `${t('calendar.agenda')}:\n${meeting.agenda}` : undefined,
    meeting.statusReason ? `${t('calendar.reason')}: ${meeting.statusReason}` : undefined,
  ].filter((line) => line !== undefined);

  return {
    uid: meetingUid(meeting.id, options.domain),
    sequence: meeting.sequence,
    status: STATUS[meeting.status],
    summary: `${mark}${meeting.title}`,
    description: description.join('\n'),
    location: `${meeting.venue.name}, ${meeting.venue.address}`,
    categories: [kind],
    ...(options.url ? { url: options.url } : {}),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    createdAt: meeting.createdAt,
    updatedAt: meeting.updatedAt,
  };
}
