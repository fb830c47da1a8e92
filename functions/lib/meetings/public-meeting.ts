/**
 * A meeting as the public sees it: names instead of bare ids, and nothing internal
 * (the secretariat's notes, who created it). Delegates are public officials.
 */
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Meeting } from '../../../shared/schemas/index.ts';

export interface PublicMeeting {
  id: string;
  kind: Meeting['kind'];
  status: Meeting['status'];
  /** Why it was postponed or cancelled. */
  statusReason?: string;
  title: string;
  startsAt: string;
  endsAt: string;
  venue: Meeting['venue'];
  communes: { id: string; name: string }[];
  councilId: string;
  council?: { id: string; name: string };
  sessionId?: string;
  session?: { id: string; name: string; opensOn: string };
  groupId?: string;
  group?: { id: string; name: string };
  delegates: { id: string; name: string; title?: string }[];
  agenda?: string;
  invitedBodies: string[];
  attendance?: number;
  sequence: number;
  updatedAt: string;
  /** "Add to calendar": this meeting alone as iCalendar. */
  calendarPath: string;
  /** The resolutions an after-session meeting explains. */
  resolutionIds?: string[];
}

export function toPublicMeeting(m: Meeting, reference: ReferenceData): PublicMeeting {
  const council = reference.councils.get(m.councilId);
  const session = m.sessionId ? reference.sessions.get(m.sessionId) : undefined;
  const group = m.groupId ? reference.delegateGroups.get(m.groupId) : undefined;
  return {
    id: m.id,
    kind: m.kind,
    status: m.status,
    ...(m.statusReason ? { statusReason: m.statusReason } : {}),
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    venue: m.venue,
    communes: m.communeIds.map((id) => ({ id, name: reference.units.get(id)?.name ?? id })),
    councilId: m.councilId,
    ...(council ? { council: { id: council.id, name: council.name } } : {}),
    ...(m.sessionId ? { sessionId: m.sessionId } : {}),
    ...(session ? { session: { id: session.id, name: session.name, opensOn: session.opensOn } } : {}),
    ...(m.groupId ? { groupId: m.groupId } : {}),
    ...(group ? { group: { id: group.id, name: group.name } } : {}),
    delegates: m.delegateIds.flatMap((id) => {
      const d = reference.delegates.get(id);
      return d ? [{ id: d.id, name: d.name, ...(d.title ? { title: d.title } : {}) }] : [];
    }),
    ...(m.agenda ? { agenda: m.agenda } : {}),
    invitedBodies: m.invitedBodies,
    ...(m.status === 'held' && m.attendance !== undefined ? { attendance: m.attendance } : {}),
    sequence: m.sequence,
    updatedAt: m.updatedAt,
    calendarPath: `/v1/meetings/${m.id}.ics`,
    ...(m.resolutionIds?.length ? { resolutionIds: m.resolutionIds } : {}),
  };
}
