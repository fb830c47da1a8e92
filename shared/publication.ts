/**
 * Turning a stored petition into what the public may read about it (DESIGN §2 journey 7):
 * the matter, where it comes from, who answered and how: never who raised it. The
 * submitter's contact is a separate item that never reaches this code.
 */
import type { ReferenceData } from './reference-data.ts';
import type { CouncilSession, Meeting, Petition } from './schemas/index.ts';
import type { PublishedResult } from './schemas/publication.ts';
import { OPEN_STATUSES, type PetitionStatus } from './status-machine.ts';
import { vietnamDate } from './time.ts';

/**
 * The council session a petition was raised for: its meeting's session, or else the
 * first session of its council opening on or after the day it was received (petitions
 * sent between sessions are reported to the next one).
 */
export function sessionOf(
  petition: Pick<Petition, 'councilId' | 'receivedAt'>,
  meeting: Pick<Meeting, 'sessionId'> | undefined,
  sessions: readonly CouncilSession[],
): CouncilSession | undefined {
  if (meeting?.sessionId) {
    const own = sessions.find((s) => s.id === meeting.sessionId);
    if (own) return own;
  }
  const received = vietnamDate(petition.receivedAt);
  return sessions
    .filter((s) => s.councilId === petition.councilId && s.opensOn >= received)
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn))[0];
}

const DAY_MS = 86_400_000;

/**
 * The instants a petition with no session of its own (sessionOf's second case) is received
 * within to be reported to `session`: from the day after the council's previous session
 * opened, to the end of this one's opening day (Vietnam time; `to` is exclusive). A reader
 * of a session's petitions queries this window, then keeps those sessionOf assigns to it.
 */
export function receiptWindowOf(
  session: CouncilSession,
  sessions: readonly CouncilSession[],
): { from?: string; to: string } {
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00+07:00`) + DAY_MS).toISOString();
  const previous = sessions
    .filter((s) => s.councilId === session.councilId && s.opensOn < session.opensOn)
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn))
    .at(-1);
  return { ...(previous ? { from: dayAfter(previous.opensOn) } : {}), to: dayAfter(session.opensOn) };
}

/** Statuses in which the petition's answer stands: answered, or closed after it. */
export const SETTLED_STATUSES: ReadonlySet<PetitionStatus> = new Set(['answered', 'closed']);

/**
 * Reopened: the submitter was not satisfied with the answer, and the petition is being
 * looked at again (in progress, with a new deadline). Its earlier answer stays readable,
 * but it no longer settles the matter.
 */
export function isReopened(petition: Pick<Petition, 'status' | 'unsatisfied'>): boolean {
  return petition.unsatisfied === true && OPEN_STATUSES.has(petition.status);
}

/**
 * Answered no later than its deadline (a petition answered without a deadline counts as on
 * time); undefined while no answer stands. A reopened petition has none: the deadline it
 * carries is the reopening's, later than its earlier answer, so comparing the two would
 * call every reopened petition "on time". Answered again, it is judged by that deadline.
 */
export function answeredOnTime(
  petition: Pick<Petition, 'status' | 'answeredAt' | 'deadline'>,
): boolean | undefined {
  if (!petition.answeredAt || !SETTLED_STATUSES.has(petition.status)) return undefined;
  return !petition.deadline || petition.answeredAt <= petition.deadline;
}

const named = (id: string, name: string | undefined) => ({ id, name: name ?? id });

/** What the public reads of an agency's answer, on the track page and in the published results. */
export function publicAnswerOf(answer: NonNullable<Petition['answer']>) {
  return {
    text: answer.text,
    documentNumber: answer.documentNumber,
    documentDate: answer.documentDate,
    result: answer.result,
    ...(answer.resolveBy ? { resolveBy: answer.resolveBy } : {}),
  };
}

/** The anonymised, published form of a petition. */
export function publishedResultOf(
  petition: Petition,
  reference: ReferenceData,
  meeting: Meeting | undefined,
): PublishedResult {
  const field = reference.fields.get(petition.fieldId);
  const session = sessionOf(petition, meeting, reference.records.sessions);
  const agencyId = petition.answer?.agencyId ?? petition.agencyId;
  const answer = petition.answer;
  const onTime = answeredOnTime(petition);
  return {
    code: petition.code,
    title: petition.title,
    content: petition.content,
    channel: petition.channel,
    status: petition.status,
    council: named(petition.councilId, reference.councils.get(petition.councilId)?.name),
    field: { ...named(petition.fieldId, field?.name), ...(field ? { nameEn: field.nameEn } : {}) },
    commune: named(petition.communeId, reference.units.get(petition.communeId)?.name),
    locality: named(petition.localityId, reference.units.get(petition.localityId)?.name),
    ...(agencyId ? { agency: named(agencyId, reference.agencies.get(agencyId)?.name) } : {}),
    ...(meeting ? { meeting: { id: meeting.id, name: meeting.title, startsAt: meeting.startsAt } } : {}),
    ...(session ? { session: named(session.id, session.name) } : {}),
    receivedAt: petition.receivedAt,
    ...(petition.deadline ? { deadline: petition.deadline } : {}),
    ...(petition.answeredAt ? { answeredAt: petition.answeredAt } : {}),
    ...(onTime !== undefined ? { answeredOnTime: onTime } : {}),
    ...(isReopened(petition) ? { reopened: true } : {}),
    ...(answer ? { answer: publicAnswerOf(answer) } : {}),
    voterCount: petition.voterCount,
    publishedAt: petition.publishedAt ?? petition.updatedAt,
  };
}
