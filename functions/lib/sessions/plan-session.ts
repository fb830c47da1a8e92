/**
 * The secretariat plans a session and edits it and its agenda (DESIGN §8). Each save is
 * conditional on the version the editor read (a stale one is a 409, nothing written);
 * references (the presenting bodies) are checked before any write.
 */
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import {
  type AgendaEdit,
  type AgendaItem,
  type CouncilSession,
  id as idSchema,
  type SessionAgenda,
  type SessionEdit,
  type SessionPlan,
} from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';

export interface SessionServices {
  repos: Repositories;
  now: () => Date;
}

/** The session as the reference data holds it now (read fresh: an editor must see the last save). */
export async function loadSession(
  services: SessionServices,
  sessionId: string,
): Promise<{ session: CouncilSession; reference: ReferenceData }> {
  const reference = await services.repos.reference.load({ fresh: true });
  const session = reference.sessions.get(sessionId);
  if (!session) throw new NotFoundError('field.unknownSession');
  return { session, reference };
}

function emptyAgenda(session: CouncilSession, now: Date): SessionAgenda {
  return {
    sessionId: session.id,
    councilId: session.councilId,
    items: [],
    version: 0,
    updatedAt: now.toISOString(),
  };
}

export async function planSession(services: SessionServices, plan: SessionPlan): Promise<CouncilSession> {
  const reference = await services.repos.reference.load({ fresh: true });
  if (!reference.councils.has(plan.councilId))
    throw new ValidationError({ councilId: { key: 'field.unknownCouncil' } });
  const { id, ...fields } = plan;
  const sessionId = id ?? `${plan.councilId}-kh${plan.number}`.slice(0, 64);
  if (!idSchema.safeParse(sessionId).success) throw new ValidationError({ id: { key: 'field.required' } });
  const session: CouncilSession = { ...fields, id: sessionId, version: 1 };
  await services.repos.sessions.create(session, emptyAgenda(session, services.now()));
  return session;
}

export async function editSession(
  services: SessionServices,
  before: CouncilSession,
  edit: SessionEdit,
): Promise<CouncilSession> {
  if ((before.version ?? 0) !== edit.version) throw staleVersion();
  const { version, ...changes } = edit;
  const after: CouncilSession = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    version: version + 1,
  };
  if (after.closesOn !== undefined && after.closesOn < after.opensOn)
    throw new ValidationError({ closesOn: { key: 'field.endBeforeStart' } });
  await services.repos.sessions.save(before, after);
  return after;
}

/** The editor read an older version: refused before any write, as the write's condition would. */
const staleVersion = () => new ConflictError('entity.conflict');

/** The agenda (an empty one for a session planned before agendas existed). */
export async function loadAgenda(services: SessionServices, session: CouncilSession): Promise<SessionAgenda> {
  return (await services.repos.sessions.getAgenda(session.id)) ?? emptyAgenda(session, services.now());
}

/** A free id for a new item: `<session>-nd-<n>`, the lowest n not yet taken. */
function newItemId(sessionId: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${sessionId.slice(0, 56)}-nd-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export async function editAgenda(
  services: SessionServices,
  session: CouncilSession,
  reference: ReferenceData,
  edit: AgendaEdit,
): Promise<SessionAgenda> {
  const stored = await services.repos.sessions.getAgenda(session.id);
  const before = stored ?? emptyAgenda(session, services.now());
  if (before.version !== edit.version) throw staleVersion();

  const problems: Record<string, { key: MessageKey }> = {};
  const taken = new Set(edit.items.flatMap((i) => (i.id ? [i.id] : [])));
  const seen = new Set<string>();
  const items: AgendaItem[] = edit.items.map((input, i) => {
    if (input.id !== undefined && seen.has(input.id))
      problems[`items.${i}.id`] = { key: 'field.duplicateAgendaItem' };
    const itemId = input.id ?? newItemId(session.id, taken);
    taken.add(itemId);
    seen.add(itemId);
    if (input.presentingBodyId !== undefined && !reference.agencies.has(input.presentingBodyId))
      problems[`items.${i}.presentingBodyId`] = { key: 'field.unknownAgency' };
    const { id: _id, viewsUntil, presentingBodyId, ...fields } = input;
    return {
      ...fields,
      id: itemId,
      ...(presentingBodyId !== undefined ? { presentingBodyId } : {}),
      ...(viewsUntil !== undefined ? { viewsUntil } : {}),
    };
  });
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  const after: SessionAgenda = {
    sessionId: session.id,
    councilId: session.councilId,
    items,
    version: before.version + 1,
    updatedAt: services.now().toISOString(),
  };
  await services.repos.sessions.saveAgenda(stored, after);
  return after;
}
