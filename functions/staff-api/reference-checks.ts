/** Reference records name each other by id: every id a staff edit names must exist. */
import { ValidationError } from '../../shared/errors.ts';
import type { MessageKey } from '../../shared/messages/index.ts';
import type { ReferenceData } from '../../shared/reference-data.ts';

export function assertReferencesExist(
  ref: ReferenceData,
  ids: { agencyId?: string | undefined; fieldId?: string | undefined; unitId?: string | undefined },
): void {
  const problems: Record<string, { key: MessageKey }> = {};
  if (ids.agencyId !== undefined && !ref.agencies.has(ids.agencyId))
    problems.agencyId = { key: 'field.unknownAgency' };
  if (ids.fieldId !== undefined && !ref.fields.has(ids.fieldId))
    problems.fieldId = { key: 'field.unknownField' };
  if (ids.unitId !== undefined && !ref.units.has(ids.unitId)) problems.unitId = { key: 'field.unknownUnit' };
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}
