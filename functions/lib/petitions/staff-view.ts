/**
 * A petition as staff see it: the whole timeline (internal notes included), whether it is
 * overdue, what the user may do next, the primary it follows when merged, and the
 * submitter's contact and how each notice reached them (channel, status, when) only for
 * those the policy lets see them. A delegate's read never even fetches those items.
 */

import { NotFoundError } from '../../../shared/errors.ts';
import type { PetitionDelivery } from '../../../shared/notify-channels.ts';
import type { Petition, StaffUser, SubmitterContact, TimelineEvent } from '../../../shared/schemas/index.ts';
import {
  actionsFrom,
  isOverdue,
  type PetitionAction,
  type StaffStep,
  stepsFrom,
} from '../../../shared/status-machine.ts';
import { authorize, type PetitionPermission } from '../auth/policy.ts';
import type { Repositories } from '../data/index.ts';
import { permissionsOn } from './access.ts';

export interface StaffPetitionView {
  petition: Petition & { overdue: boolean };
  timeline: TimelineEvent[];
  contact?: Pick<SubmitterContact, 'name' | 'email' | 'phone' | 'address' | 'communeId'>;
  /** For a merged petition: the primary it follows (its status and answer are this one's too). */
  primary?: Pick<Petition, 'code' | 'status' | 'agencyId' | 'deadline' | 'answer' | 'answeredAt'>;
  /** Per notice, recipient and channel: sent, failed (why) or sending, and when. Never to delegates. */
  deliveries?: PetitionDelivery[];
  /** What this user may do now (the status machine's actions and the staff steps): one form each. */
  actions: StaffPetitionAction[];
}

export type StaffPetitionAction = PetitionAction | StaffStep;

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
  // Reopening is the submitter's, through their private link.
  reopen: undefined,
};

export function withOverdue(petition: Petition, now: Date): Petition & { overdue: boolean } {
  return { ...petition, overdue: isOverdue(petition, now) };
}

export async function staffPetitionView(
  repos: Repositories,
  user: StaffUser,
  code: string,
  now: Date,
): Promise<StaffPetitionView> {
  const record =
    user.role === 'delegate'
      ? await repos.petitions.getPublic(code)
      : await repos.petitions.getWithContact(code);
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
  const contact = 'contact' in record ? (record.contact as SubmitterContact | undefined) : undefined;
  if (contact && held.has('viewContact')) {
    view.contact = {
      name: contact.name,
      address: contact.address,
      communeId: contact.communeId,
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
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
