/**
 * A resolution or an interpellation may only name things of its own council: its session,
 * its fields, the bodies in charge. Checked against the reference data before every save;
 * every problem is reported at once, per field.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Repositories } from '../data/index.ts';

export interface CouncilReferences {
  councilId: string;
  sessionId?: string | undefined;
  fieldIds?: readonly string[];
  /** Path → agency id: the body in charge, each commitment's. */
  agencies?: Readonly<Record<string, string | undefined>>;
}

export function checkCouncilReferences(r: CouncilReferences, reference: ReferenceData): void {
  const council = reference.councils.get(r.councilId);
  if (!council) throw new ValidationError({ councilId: { key: 'field.unknownCouncil' } });
  const problems: Record<string, { key: MessageKey }> = {};
  const problem = (path: string, key: MessageKey) => {
    problems[path] ??= { key };
  };
  if (r.sessionId !== undefined) {
    const session = reference.sessions.get(r.sessionId);
    if (!session) problem('sessionId', 'field.unknownSession');
    else if (session.councilId !== council.id) problem('sessionId', 'field.otherCouncil');
  }
  (r.fieldIds ?? []).forEach((fieldId, i) => {
    if (!reference.fields.has(fieldId)) problem(`fieldIds.${i}`, 'field.unknownField');
  });
  for (const [path, agencyId] of Object.entries(r.agencies ?? {})) {
    if (agencyId !== undefined && !reference.agencies.has(agencyId)) problem(path, 'field.unknownAgency');
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}

/**
 * The agenda item a resolution or interpellation came from must be on its session's agenda
 * (one GetItem of the agenda, functions/lib/data/session-repository.ts).
 */
export async function checkAgendaItem(
  repos: Pick<Repositories, 'sessions'>,
  r: { sessionId?: string | undefined; agendaItemId?: string | undefined },
): Promise<void> {
  if (r.agendaItemId === undefined) return;
  const agenda = r.sessionId ? await repos.sessions.getAgenda(r.sessionId) : undefined;
  if (!agenda?.items.some((item) => item.id === r.agendaItemId))
    throw new ValidationError({ agendaItemId: { key: 'field.unknownAgendaItem' } });
}
