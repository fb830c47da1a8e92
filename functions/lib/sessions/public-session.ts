/**
 * A session as the public sees it (DESIGN §8): names instead of ids, its agenda with the
 * documents, and on each item only the views published, anonymised: commune, text, how many
 * voters, where it came from. Never an author's name (it is not even read: it lives outside
 * PUB#), never a pending or rejected view, never a rejection reason.
 */
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type {
  AgendaItem,
  CouncilSession,
  Meeting,
  SessionView,
  SessionViewSource,
} from '../../../shared/schemas/index.ts';
import type { SessionContents } from '../data/session-repository.ts';
import { type PublicMeeting, toPublicMeeting } from '../meetings/public-meeting.ts';
import { takesViews } from './give-view.ts';

export interface PublicSessionSummary {
  id: string;
  councilId: string;
  council?: { id: string; name: string };
  name: string;
  number: number;
  kind?: CouncilSession['kind'];
  status: NonNullable<CouncilSession['status']>;
  opensOn: string;
  closesOn?: string;
  venue?: string;
  calendarPath: string;
}

export interface PublicView {
  id: string;
  commune?: { id: string; name: string };
  text: string;
  voterCount: number;
  source: SessionViewSource;
  meetingId?: string;
  publishedAt?: string;
}

export interface PublicAgendaItem {
  id: string;
  title: string;
  kind: AgendaItem['kind'];
  presentingBody?: { id: string; name: string };
  documents: AgendaItem['documents'];
  /** Whether the form takes a view on the item now. */
  viewsOpen: boolean;
  viewsUntil?: string;
  views: PublicView[];
}

export interface PublicSession extends PublicSessionSummary {
  agenda: PublicAgendaItem[];
  /** The session's before-session meetings, published, by start time. */
  meetings: PublicMeeting[];
  /** The communes a view may come from (the council's territory), for the form. */
  communes: { id: string; name: string }[];
}

/** A session planned before statuses existed: closed once its last day has passed. */
export function statusOf(session: CouncilSession, today: string): NonNullable<CouncilSession['status']> {
  if (session.status) return session.status;
  return (session.closesOn ?? session.opensOn) < today ? 'closed' : 'planned';
}

export function toPublicSessionSummary(
  session: CouncilSession,
  reference: ReferenceData,
  today: string,
): PublicSessionSummary {
  const council = reference.councils.get(session.councilId);
  return {
    id: session.id,
    councilId: session.councilId,
    ...(council ? { council: { id: council.id, name: council.name } } : {}),
    name: session.name,
    number: session.number,
    ...(session.kind ? { kind: session.kind } : {}),
    status: statusOf(session, today),
    opensOn: session.opensOn,
    ...(session.closesOn ? { closesOn: session.closesOn } : {}),
    ...(session.venue ? { venue: session.venue } : {}),
    calendarPath: `/v1/sessions.ics?council=${session.councilId}`,
  };
}

export function toPublicView(view: SessionView, reference: ReferenceData): PublicView {
  const commune = view.communeId ? reference.units.get(view.communeId) : undefined;
  return {
    id: view.id,
    ...(commune ? { commune: { id: commune.id, name: commune.name } } : {}),
    text: view.text,
    voterCount: view.voterCount,
    source: view.source,
    ...(view.meetingId ? { meetingId: view.meetingId } : {}),
    ...(view.publishedAt ? { publishedAt: view.publishedAt } : {}),
  };
}

/** The communes of a council's territory, by name (the view form's choices). */
export function communesOf(reference: ReferenceData, councilId: string): { id: string; name: string }[] {
  const council = reference.councils.get(councilId);
  if (!council) return [];
  return reference.records.units
    .filter((u) => u.type === 'commune' && reference.isWithin(u.id, council.unitId))
    .map((u) => ({ id: u.id, name: u.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function toPublicSession(
  session: CouncilSession,
  reference: ReferenceData,
  contents: SessionContents,
  meetings: readonly Meeting[],
  now: Date,
  today: string,
): PublicSession {
  const published = contents.views
    .filter((v) => v.status === 'published')
    // Views said at meetings first (most voters first), then online ones as they were published.
    .sort(
      (a, b) =>
        Number(a.source === 'online') - Number(b.source === 'online') ||
        (a.source === 'meeting' ? b.voterCount - a.voterCount : 0) ||
        (a.publishedAt ?? a.createdAt).localeCompare(b.publishedAt ?? b.createdAt) ||
        a.id.localeCompare(b.id),
    );
  return {
    ...toPublicSessionSummary(session, reference, today),
    agenda: (contents.agenda?.items ?? []).map((item) => {
      const body = item.presentingBodyId ? reference.agencies.get(item.presentingBodyId) : undefined;
      return {
        id: item.id,
        title: item.title,
        kind: item.kind,
        ...(body ? { presentingBody: { id: body.id, name: body.name } } : {}),
        documents: item.documents,
        viewsOpen: takesViews(session, item, now),
        ...(item.viewsUntil ? { viewsUntil: item.viewsUntil } : {}),
        views: published.filter((v) => v.agendaItemId === item.id).map((v) => toPublicView(v, reference)),
      };
    }),
    meetings: meetings.map((m) => toPublicMeeting(m, reference)),
    communes: communesOf(reference, session.councilId),
  };
}
