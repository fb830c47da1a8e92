/**
 * Who a reminder goes to: the agency's official mailbox, or the delegates of the electoral
 * unit the petition's commune belongs to (in the petition's council). Anyone without an
 * address is left out; a reminder with nobody to tell is not sent (nor marked).
 */
import type { ReferenceData } from '../../shared/reference-data.ts';
import type { Delegate, Petition } from '../../shared/schemas/index.ts';
import type { ReminderKind } from './plan.ts';

export interface Recipient {
  email: string;
  delegate?: Delegate;
}

export function recipientsOf(ref: ReferenceData, petition: Petition, kind: ReminderKind): Recipient[] {
  if (kind === 'overdue-delegates') {
    const units = new Set(ref.electoralUnitsOf(petition.communeId).map((u) => u.id));
    return ref.records.delegateGroups
      .filter((g) => g.councilId === petition.councilId && units.has(g.electoralUnitId))
      .flatMap((g) => ref.delegatesOfGroup(g.id))
      .filter((d): d is Delegate & { email: string } => d.email !== undefined)
      .map((delegate) => ({ email: delegate.email, delegate }));
  }
  const email = petition.agencyId ? ref.agencies.get(petition.agencyId)?.email : undefined;
  return email ? [{ email }] : [];
}
