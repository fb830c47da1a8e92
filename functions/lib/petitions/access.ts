/**
 * Gathers the facts the policy needs about a petition (a delegate's electoral unit, the
 * group of the meeting it was raised at) and asks the policy. Reads happen only for
 * delegates, and the meeting only when the commune alone does not decide.
 */
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Petition, StaffUser } from '../../../shared/schemas/index.ts';
import {
  authorize,
  type DelegateScope,
  type PetitionFacts,
  type PetitionPermission,
  petitionPermissions,
} from '../auth/policy.ts';
import type { Repositories } from '../data/index.ts';

/** The council and communes a delegate group answers for. */
export function delegateScopeOf(ref: ReferenceData, groupId: string): DelegateScope | undefined {
  const group = ref.delegateGroups.get(groupId);
  if (!group) return undefined;
  const unit = ref.electoralUnits.get(group.electoralUnitId);
  return { groupId: group.id, councilId: group.councilId, communeIds: unit?.communeIds ?? [] };
}

export async function permissionsOn(
  repos: Repositories,
  user: StaffUser,
  petition: Petition,
): Promise<ReadonlySet<PetitionPermission>> {
  const facts: PetitionFacts = {};
  if (user.role === 'delegate') {
    facts.delegate = delegateScopeOf(await repos.reference.load(), user.groupId);
    const byCommune = petitionPermissions(user, petition, facts);
    if (byCommune.size > 0 || !petition.meetingId) return byCommune;
    facts.meetingGroupId = (await repos.meetings.get(petition.meetingId))?.groupId;
  }
  return petitionPermissions(user, petition, facts);
}

/** Throws 403 unless the user holds `permission` on the petition; returns all they hold. */
export async function requireOn(
  repos: Repositories,
  user: StaffUser,
  petition: Petition,
  permission: PetitionPermission,
): Promise<ReadonlySet<PetitionPermission>> {
  const held = await permissionsOn(repos, user, petition);
  authorize(held.has(permission));
  return held;
}
