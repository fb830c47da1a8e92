/**
 * A meeting may only name things of its own council: its session, delegate group and
 * delegates, and communes inside the council's territory. Checked against the reference
 * data before every save; all problems are reported at once, per field.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Meeting } from '../../../shared/schemas/index.ts';

type Checked = Pick<Meeting, 'councilId' | 'kind' | 'sessionId' | 'groupId' | 'delegateIds' | 'communeIds'>;

export function checkMeetingReferences(m: Checked, reference: ReferenceData): void {
  const problems: Record<string, { key: MessageKey }> = {};
  const problem = (path: string, key: MessageKey) => {
    problems[path] ??= { key };
  };
  const council = reference.councils.get(m.councilId);
  if (!council) throw new ValidationError({ councilId: { key: 'field.unknownCouncil' } });

  if (m.sessionId !== undefined) {
    const session = reference.sessions.get(m.sessionId);
    if (!session) problem('sessionId', 'field.unknownSession');
    else if (session.councilId !== council.id) problem('sessionId', 'field.otherCouncil');
  } else if (m.kind === 'before_session' || m.kind === 'after_session') {
    problem('sessionId', 'field.sessionRequired');
  }
  if (m.groupId !== undefined) {
    const group = reference.delegateGroups.get(m.groupId);
    if (!group) problem('groupId', 'field.unknownGroup');
    else if (group.councilId !== council.id) problem('groupId', 'field.otherCouncil');
  }
  m.delegateIds.forEach((id, i) => {
    const delegate = reference.delegates.get(id);
    if (!delegate) problem(`delegateIds.${i}`, 'field.unknownDelegate');
    else if (delegate.councilId !== council.id) problem(`delegateIds.${i}`, 'field.otherCouncil');
  });
  m.communeIds.forEach((id, i) => {
    const unit = reference.units.get(id);
    if (unit?.type !== 'commune') problem(`communeIds.${i}`, 'field.unknownCommune');
    else if (!reference.isWithin(id, council.unitId))
      problem(`communeIds.${i}`, 'field.communeOutsideCouncil');
  });
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}
