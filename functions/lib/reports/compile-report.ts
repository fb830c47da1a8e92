/**
 * Gathers a round for the summary report: the meetings (named one by one, or a session's),
 * its petitions (round-petitions.ts: a session's include those sent for it by other
 * channels), and the petitions their duplicates were merged into when those were raised elsewhere.
 */
import { NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { CouncilSession, Meeting, SummaryReportQuery } from '../../../shared/schemas/index.ts';
import { formatVietnamDate } from '../../../shared/time.ts';
import { wording } from './report-wording.ts';
import type { ReportDependencies, Round } from './round.ts';
import { primariesOf, roundPetitions } from './round-petitions.ts';
import { sessionViewsPart } from './session-views-part.ts';
import { buildSummaryReport, type SummaryReport } from './summary-report.ts';

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

/** The round the query names; 404 when a meeting or the session is unknown. */
export async function resolveRound(deps: ReportDependencies, query: SummaryReportQuery): Promise<Round> {
  const reference = await deps.repos.reference.load();
  if (query.session !== undefined) {
    const session = reference.sessions.get(query.session);
    const council = session ? reference.councils.get(session.councilId) : undefined;
    if (!session || !council) throw new NotFoundError('field.unknownSession');
    // A session with no meeting yet still has the petitions sent for it.
    return { council, session, meetings: await sessionMeetings(deps, session) };
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

export async function compileSummaryReport(deps: ReportDependencies, round: Round): Promise<SummaryReport> {
  const reference = await deps.repos.reference.load();
  const petitions = await roundPetitions(deps, round);
  const primaries = await primariesOf(deps, petitions);
  const days = round.meetings.map((m) => m.startsAt).sort();
  const title = round.session
    ? wording.roundOfSession(round.session.name)
    : round.meetings.length === 1
      ? round.meetings[0]!.title
      : wording.roundOfMeetings(formatVietnamDate(days[0]!), formatVietnamDate(days.at(-1)!));
  const report = buildSummaryReport({
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
  if (!round.session) return report;
  return {
    ...report,
    sessionViews: await sessionViewsPart(deps.repos, reference, round.session, round.meetings),
  };
}
