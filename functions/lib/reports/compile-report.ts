/**
 * Gathers a round for the summary report: the meetings (named one by one, or a session's),
 * every petition raised at them (one index Query per meeting, page by page), and the
 * petitions their duplicates were merged into when those were raised elsewhere.
 */
import { NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type {
  Council,
  CouncilSession,
  Meeting,
  Petition,
  SummaryReportQuery,
} from '../../../shared/schemas/index.ts';
import { formatVietnamDate } from '../../../shared/time.ts';
import type { Repositories } from '../data/index.ts';
import { wording } from './report-wording.ts';
import { buildSummaryReport, type SummaryReport } from './summary-report.ts';

export interface ReportDependencies {
  repos: Pick<Repositories, 'meetings' | 'petitions' | 'reference'>;
  now: () => Date;
}

export interface Round {
  council: Council;
  session?: CouncilSession;
  meetings: Meeting[];
}

/** A session's meetings are looked for within half a year either side of its opening. */
const SESSION_WINDOW_DAYS = 183;

async function sessionMeetings(deps: ReportDependencies, session: CouncilSession): Promise<Meeting[]> {
  const opens = Date.parse(`${session.opensOn}T00:00:00+07:00`);
  const range = {
    from: new Date(opens - SESSION_WINDOW_DAYS * 86_400_000).toISOString(),
    to: new Date(opens + SESSION_WINDOW_DAYS * 86_400_000).toISOString(),
  };
  const found: Meeting[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.repos.meetings.listByCouncil(session.councilId, range, { limit: 200, cursor });
    found.push(...page.items.filter((m) => m.sessionId === session.id && m.status !== 'cancelled'));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

/** The round the query names; 404 when a meeting or the session is unknown or has no meeting. */
export async function resolveRound(deps: ReportDependencies, query: SummaryReportQuery): Promise<Round> {
  const reference = await deps.repos.reference.load();
  if (query.session !== undefined) {
    const session = reference.sessions.get(query.session);
    const council = session ? reference.councils.get(session.councilId) : undefined;
    if (!session || !council) throw new NotFoundError('field.unknownSession');
    const meetings = await sessionMeetings(deps, session);
    if (meetings.length === 0) throw new NotFoundError('meeting.emptyRound');
    return { council, session, meetings };
  }
  const ids = [...new Set(query.meeting ?? [])];
  const meetings = await Promise.all(ids.map((id) => deps.repos.meetings.get(id)));
  const missing = ids.find((_, i) => meetings[i] === undefined);
  if (missing !== undefined) throw new NotFoundError('field.unknownMeeting');
  const found = meetings as Meeting[];
  const councilId = found[0]!.councilId;
  if (found.some((m) => m.councilId !== councilId))
    throw new ValidationError({ meeting: { key: 'field.otherCouncil' } });
  const council = reference.councils.get(councilId);
  if (!council) throw new NotFoundError('field.unknownCouncil');
  return { council, meetings: found };
}

async function petitionsOf(deps: ReportDependencies, meetingId: string): Promise<Petition[]> {
  const all: Petition[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.repos.petitions.listByMeeting(meetingId, { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** Follows merges out of the round (a few hops at most), reading each primary once. */
async function primariesOf(deps: ReportDependencies, petitions: Petition[]): Promise<Map<string, Petition>> {
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

export async function compileSummaryReport(deps: ReportDependencies, round: Round): Promise<SummaryReport> {
  const reference = await deps.repos.reference.load();
  const lists = await Promise.all(round.meetings.map((m) => petitionsOf(deps, m.id)));
  const petitions = [...new Map(lists.flat().map((p) => [p.code, p])).values()];
  const primaries = await primariesOf(deps, petitions);
  const days = round.meetings.map((m) => m.startsAt).sort();
  const title = round.session
    ? wording.roundOfSession(round.session.name)
    : round.meetings.length === 1
      ? round.meetings[0]!.title
      : wording.roundOfMeetings(formatVietnamDate(days[0]!), formatVietnamDate(days.at(-1)!));
  return buildSummaryReport({
    council: round.council,
    title,
    ...(round.session
      ? { session: { id: round.session.id, name: round.session.name, opensOn: round.session.opensOn } }
      : {}),
    meetings: round.meetings,
    round: { petitions, primaries },
    reference,
    generatedAt: deps.now().toISOString(),
  });
}
