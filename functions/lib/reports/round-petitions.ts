/**
 * The petitions of a round. For a session, "its petitions" means what the rest of the
 * service means (sessionOf in shared/publication.ts, by which /ket-qua/ and the statistics
 * group them): those raised at its meetings, and those sent by any other channel (online,
 * by post, at a reception, by phone, or at a meeting with no session) between the
 * council's previous session and this one's opening. Read with Query and GetItem only:
 * one index Query per meeting, one per status over the receipt window, and a GetItem per
 * other meeting or merge target met on the way.
 */

import { receiptWindowOf, sessionOf } from '../../../shared/publication.ts';
import type { CouncilSession, Meeting, Petition } from '../../../shared/schemas/index.ts';
import { PETITION_STATUSES } from '../../../shared/status-machine.ts';
import { readAllPages } from '../data/pagination.ts';
import type { ReportDependencies, Round } from './round.ts';

function raisedAt(deps: ReportDependencies, meetings: readonly Meeting[]): Promise<Petition[][]> {
  return Promise.all(
    meetings.map((m) =>
      readAllPages((cursor) =>
        deps.repos.petitions.listByMeeting(m.id, { limit: 100, ...(cursor ? { cursor } : {}) }),
      ),
    ),
  );
}

/** Petitions of the session's council received in its window that sessionOf gives to it. */
async function sentFor(
  deps: ReportDependencies,
  session: CouncilSession,
  known: ReadonlyMap<string, Meeting>,
): Promise<Petition[]> {
  const { records } = await deps.repos.reference.load();
  const window = receiptWindowOf(session, records.sessions);
  const received = (
    await Promise.all(
      PETITION_STATUSES.map((status) =>
        readAllPages((cursor) =>
          deps.repos.petitions.listCouncilReceived(session.councilId, status, window, {
            limit: 100,
            ...(cursor ? { cursor } : {}),
          }),
        ),
      ),
    )
  ).flat();
  // A petition raised at a meeting outside the round belongs to that meeting's session, if it has one.
  const otherIds = [
    ...new Set(received.flatMap((p) => (p.meetingId && !known.has(p.meetingId) ? [p.meetingId] : []))),
  ];
  const others = await Promise.all(otherIds.map((id) => deps.repos.meetings.get(id)));
  const meetings = new Map(known);
  for (const m of others) if (m) meetings.set(m.id, m);
  return received.filter(
    (p) =>
      sessionOf(p, p.meetingId ? meetings.get(p.meetingId) : undefined, records.sessions)?.id === session.id,
  );
}

/** Every petition of the round, each once. */
export async function roundPetitions(deps: ReportDependencies, round: Round): Promise<Petition[]> {
  const lists = await raisedAt(deps, round.meetings);
  if (round.session)
    lists.push(await sentFor(deps, round.session, new Map(round.meetings.map((m) => [m.id, m]))));
  return [...new Map(lists.flat().map((p) => [p.code, p])).values()];
}

/** Follows merges out of the round (a few hops at most), reading each primary once. */
export async function primariesOf(
  deps: ReportDependencies,
  petitions: Petition[],
): Promise<Map<string, Petition>> {
  const known = new Map(petitions.map((p) => [p.code, p]));
  const primaries = new Map<string, Petition>();
  let wanted = petitions;
  for (let hop = 0; hop < 3 && wanted.length > 0; hop++) {
    const codes = [
      ...new Set(wanted.flatMap((p) => (p.status === 'merged' && p.mergedInto ? [p.mergedInto] : []))),
    ].filter((code) => !known.has(code));
    const read = (await Promise.all(codes.map((code) => deps.repos.petitions.get(code)))).filter(
      (p): p is Petition => p !== undefined,
    );
    for (const p of read) {
      known.set(p.code, p);
      primaries.set(p.code, p);
    }
    wanted = read;
  }
  return primaries;
}
