/**
 * Reading sessions for the public: a council's sessions come from the reference data (one
 * paged Query, cached), newest opening first, cut into pages by an opaque cursor that
 * names the last session handed out; a session's before-session meetings are one Query of
 * the council's meetings index around its dates.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { CouncilSession, Meeting } from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';

const DAY = 86_400_000;
/** Before-session meetings are held in the months before a session opens. */
const MEETINGS_BEFORE_DAYS = 120;

const newestFirst = (a: CouncilSession, b: CouncilSession) =>
  b.opensOn.localeCompare(a.opensOn) || a.id.localeCompare(b.id);

export function councilSessions(reference: ReferenceData, councilId: string): CouncilSession[] {
  return reference.records.sessions.filter((s) => s.councilId === councilId).sort(newestFirst);
}

const badCursor = () => new ValidationError({ cursor: { key: 'cursor.invalid' } });

/** One page of a council's sessions; the cursor must name a session of that council. */
export function pageOfSessions(
  sessions: readonly CouncilSession[],
  page: { limit?: number | undefined; cursor?: string | undefined },
): { items: CouncilSession[]; nextCursor?: string } {
  let start = 0;
  if (page.cursor !== undefined) {
    let after: string;
    try {
      after = Buffer.from(page.cursor, 'base64url').toString('utf8');
    } catch {
      throw badCursor();
    }
    const index = sessions.findIndex((s) => s.id === after);
    if (index < 0) throw badCursor();
    start = index + 1;
  }
  const limit = page.limit ?? 20;
  const items = sessions.slice(start, start + limit);
  const last = items.at(-1);
  return start + limit < sessions.length && last
    ? { items, nextCursor: Buffer.from(last.id, 'utf8').toString('base64url') }
    : { items };
}

/** The session's published meetings (before-session ones and any held for it), by start time. */
export async function meetingsOfSession(repos: Repositories, session: CouncilSession): Promise<Meeting[]> {
  const opens = Date.parse(`${session.opensOn}T00:00:00+07:00`);
  const closes = Date.parse(`${session.closesOn ?? session.opensOn}T23:59:59+07:00`);
  const range = {
    from: new Date(opens - MEETINGS_BEFORE_DAYS * DAY).toISOString(),
    to: new Date(closes + 1000).toISOString(),
  };
  const found: Meeting[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.meetings.listByCouncil(session.councilId, range, { limit: 200, cursor });
    found.push(...page.items.filter((m) => m.sessionId === session.id && m.published));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}
