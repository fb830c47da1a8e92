/**
 * A petition as staff see it: the whole timeline (internal notes included), whether it is
 * overdue, what the user may do next, the primary it follows when merged, and the
 * submitter's contact and how each notice reached them (channel, status, when) only for
 * those the policy lets see them. A delegate's read never even fetches those items.
 * An erased contact (on request, or at the end of its retention) is shown as the date it
 * was erased; every view that includes a contact writes an audit record first (who, role,
 * when, which petition, which route).
 */

import { NotFoundError } from '../../../shared/errors.ts';
import type { PetitionDelivery } from '../../../shared/notify-channels.ts';
import type { Petition, StaffUser, SubmitterContact } from '../../../shared/schemas/index.ts';
import type { StaffPetitionAction, StaffPetitionView } from '../../../shared/staff-petition-view.ts';
import { actionsFrom, isOverdue, stepsFrom } from '../../../shared/status-machine.ts';
import { authorize, type PetitionPermission } from '../auth/policy.ts';
import type { Repositories } from '../data/index.ts';
import { permissionsOn } from './access.ts';
import { contactState } from './retention.ts';

const ACTION_NEEDS: Record<StaffPetitionAction, PetitionPermission | undefined> = {
  roadmap: 'answer',
  followUp: 'followUp',
  route: 'triage',
  merge: 'triage',
  reject: 'triage',
  close: 'triage',
  acknowledge: 'answer',
  answer: 'answer',
  return: 'answer',
  // Reopening and withdrawing are the submitter's, through their private links.
  reopen: undefined,
  withdraw: undefined,
};

export function withOverdue(petition: Petition, now: Date): Petition & { overdue: boolean } {
  return { ...petition, overdue: isOverdue(petition, now) };
}

export async function staffPetitionView(
  repos: Repositories,
  user: StaffUser,
  code: string,
  now: Date,
  /** The route the view answers, for the audit record. */
  route: string,
): Promise<StaffPetitionView> {
  const record =
    user.role === 'delegate'
      ? await repos.petitions.getPublic(code)
      : await repos.petitions.getWithContact(code, now);
  if (!record) throw new NotFoundError('code.notFound');
  const { petition } = record;
  const held = await permissionsOn(repos, user, petition);
  authorize(held.has('view'));

  const view: StaffPetitionView = {
    petition: withOverdue(petition, now),
    timeline: [...record.events].sort((a, b) => a.at.localeCompare(b.at)),
    actions: [...actionsFrom(petition.status), ...stepsFrom(petition.status)].filter((a) => {
      const needed = ACTION_NEEDS[a];
      return needed !== undefined && held.has(needed);
    }),
  };
  const stored = 'contact' in record ? (record.contact as SubmitterContact | undefined) : undefined;
  const state = contactState(petition, stored, now);
  if (held.has('viewContact') && state.kind === 'erased') view.contactErased = { at: state.erasedAt };
  if (held.has('viewContact') && state.kind === 'kept') {
    const { contact } = state;
    // Recorded before the contact leaves: no response with a contact goes unaudited.
    await repos.audit.append({
      at: now.toISOString(),
      userId: user.id,
      role: user.role,
      councilId: petition.councilId,
      code: petition.code,
      route,
    });
    view.contact = {
      name: contact.name,
      address: contact.address,
      communeId: contact.communeId,
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(state.erasedOn ? { erasedOn: state.erasedOn } : {}),
    };
  }
  const deliveries = 'deliveries' in record ? (record.deliveries as PetitionDelivery[]) : undefined;
  if (deliveries && held.has('viewDeliveries')) view.deliveries = deliveries;
  if (petition.mergedInto) {
    const primary = await repos.petitions.get(petition.mergedInto);
    if (primary) {
      const { code: primaryCode, status, agencyId, deadline, answer, answeredAt } = primary;
      view.primary = { code: primaryCode, status, agencyId, deadline, answer, answeredAt };
    }
  }
  return view;
}
