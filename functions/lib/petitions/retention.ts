/**
 * How long a submitter's contact is kept (DESIGN §12, Decree 13/2023/NĐ-CP): while the
 * petition is open, then for the council's `contactRetentionMonths` from the transition
 * into answered, closed, rejected, merged or withdrawn (the first of them: closing an
 * answered petition does not restart the clock). A reopen stops the clock, unless the
 * contact had already expired: what is erased stays erased.
 *
 * Every write of a petition goes through withRetention; the repository turns the decided
 * `contactExpiresAt` into the contact item's TTL in the same transaction, and refuses a
 * petition that enters one of these statuses undecided.
 */
import { DEFAULT_CONTACT_RETENTION_MONTHS } from '../../../shared/council-defaults.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { contactRetentionEnd } from '../../../shared/retention.ts';
import type { Petition, SubmitterContact } from '../../../shared/schemas/index.ts';
import { RETENTION_STATUSES } from '../../../shared/status-machine.ts';
import type { PetitionChange } from '../data/index.ts';

export function retentionMonthsOf(reference: ReferenceData, councilId: string): number {
  return (
    reference.councils.get(councilId)?.settings.contactRetentionMonths ?? DEFAULT_CONTACT_RETENTION_MONTHS
  );
}

/** `after` with its contact's retention decided for the change from `before` at `now`. */
export function withRetention(
  before: Petition,
  after: Petition,
  reference: ReferenceData,
  now: Date,
): Petition {
  if (after.contactErasedAt) return after;
  const retained = RETENTION_STATUSES.has(after.status);
  const expired =
    before.contactExpiresAt !== undefined && Date.parse(before.contactExpiresAt) <= now.getTime();
  if (retained) {
    if (after.contactExpiresAt) return after;
    return {
      ...after,
      contactExpiresAt: contactRetentionEnd(now, retentionMonthsOf(reference, after.councilId)),
    };
  }
  if (!after.contactExpiresAt || expired) return after;
  const { contactExpiresAt: _cleared, ...reopened } = after;
  return reopened;
}

export function changesWithRetention(
  changes: readonly PetitionChange[],
  reference: ReferenceData,
  now: Date,
): PetitionChange[] {
  return changes.map((c) => ({ ...c, after: withRetention(c.before, c.after, reference, now) }));
}

/** What staff and the submitter see of the contact: the contact, or when it was erased. */
export type ContactState =
  | { kind: 'kept'; contact: SubmitterContact; erasedOn?: string }
  | { kind: 'erased'; erasedAt: string }
  | { kind: 'none' };

/**
 * The contact as of `now`: erased on request (contactErasedAt), or at the end of its
 * retention (TTL deletion is lazy: an expired contact is erased whether or not DynamoDB
 * has deleted it yet).
 */
export function contactState(
  petition: Petition,
  contact: SubmitterContact | undefined,
  now: Date,
): ContactState {
  if (petition.contactErasedAt) return { kind: 'erased', erasedAt: petition.contactErasedAt };
  const expires = petition.contactExpiresAt;
  if (expires && Date.parse(expires) <= now.getTime()) return { kind: 'erased', erasedAt: expires };
  if (!contact) return { kind: 'none' };
  return { kind: 'kept', contact, ...(expires ? { erasedOn: expires } : {}) };
}
