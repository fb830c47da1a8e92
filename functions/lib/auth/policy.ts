/**
 * Who may do what, in one place. Pure: the caller gathers the facts (the petition, the
 * delegate's electoral unit, the meeting's group) and asks; every staff route asks here.
 *
 *   secretariat   their council's petitions (with contact and deliveries), triage, entry, settings, rules,
 *                 the agencies within their council's territory, their council's groups
 *   agency        the petitions routed to their agency (with contact and deliveries): acknowledge, answer, return
 *   delegate      petitions of their electoral unit's communes and of their group's meetings,
 *                 never a submitter's contact nor how notices reached them; follow-up notes
 *   admin         everything, any council; the only one to issue and revoke Open311 API keys
 */
import { ForbiddenError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type {
  Agency,
  DelegateGroup,
  Petition,
  StaffUser,
  StaffUserOf,
} from '../../../shared/schemas/index.ts';

export type PetitionPermission =
  /** Read the petition and its whole timeline. */
  | 'view'
  /** Read the submitter's name, phone, email and address. */
  | 'viewContact'
  /** Read how each notice went out (channel, status, when; never to which address or number). */
  | 'viewDeliveries'
  /** Route, merge, reject, close (the secretariat's work). */
  | 'triage'
  /** Acknowledge, give a roadmap, answer, return (the competent agency's work). */
  | 'answer'
  /** Add a follow-up note (đôn đốc). */
  | 'followUp';

/** What a delegate's group covers: its council and the communes of its electoral unit. */
export interface DelegateScope {
  groupId: string;
  councilId: string;
  communeIds: readonly string[];
}

export interface PetitionFacts {
  /** The delegate's scope, when the user is a delegate. */
  delegate?: DelegateScope | undefined;
  /** The delegate group of the meeting the petition was raised at, if any. */
  meetingGroupId?: string | undefined;
}

const ALL: readonly PetitionPermission[] = [
  'view',
  'viewContact',
  'viewDeliveries',
  'triage',
  'answer',
  'followUp',
];

export function petitionPermissions(
  user: StaffUser,
  petition: Pick<Petition, 'councilId' | 'agencyId' | 'communeId'>,
  facts: PetitionFacts = {},
): ReadonlySet<PetitionPermission> {
  switch (user.role) {
    case 'admin':
      return new Set(ALL);
    case 'secretariat':
      return new Set(
        user.councilId === petition.councilId
          ? (['view', 'viewContact', 'viewDeliveries', 'triage', 'followUp'] as const)
          : [],
      );
    case 'agency':
      return new Set(
        petition.agencyId !== undefined && user.agencyId === petition.agencyId
          ? (['view', 'viewContact', 'viewDeliveries', 'answer'] as const)
          : [],
      );
    case 'delegate':
      return new Set(delegateCovers(user, petition, facts) ? (['view', 'followUp'] as const) : []);
  }
}

function delegateCovers(
  user: StaffUserOf<'delegate'>,
  petition: Pick<Petition, 'councilId' | 'communeId'>,
  facts: PetitionFacts,
): boolean {
  const scope = facts.delegate;
  if (!scope || scope.groupId !== user.groupId) return false;
  if (facts.meetingGroupId !== undefined && facts.meetingGroupId === user.groupId) return true;
  return scope.councilId === petition.councilId && scope.communeIds.includes(petition.communeId);
}

/** The council's queues, petition entry, settings and competence rules. */
export function canManageCouncil(user: StaffUser, councilId: string): boolean {
  return user.role === 'admin' || (user.role === 'secretariat' && user.councilId === councilId);
}

export function canReadAgencyQueue(user: StaffUser, agencyId: string): boolean {
  return user.role === 'admin' || (user.role === 'agency' && user.agencyId === agencyId);
}

/** A group's petitions: its delegates, its council's secretariat, the admin. */
export function canReadGroup(user: StaffUser, group: DelegateGroup): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'delegate') return user.groupId === group.id;
  return user.role === 'secretariat' && user.councilId === group.councilId;
}

/** Create or edit an agency: a secretariat whose council's territory holds the agency's unit. */
export function canManageAgency(
  user: StaffUser,
  agency: Pick<Agency, 'unitId'>,
  ref: ReferenceData,
): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'secretariat') return false;
  const council = ref.councils.get(user.councilId);
  return council !== undefined && ref.isWithin(agency.unitId, council.unitId);
}

/** Issue, list and revoke the Open311 API keys of integrators: the admin only. */
export function canManageApiKeys(user: StaffUser): boolean {
  return user.role === 'admin';
}

/** Replace a year of the national holiday calendar (working-day deadlines): the admin only. */
export function canManageHolidays(user: StaffUser): boolean {
  return user.role === 'admin';
}

/** An agency's answer templates: its own officers and the admin. */
export function canManageTemplates(user: StaffUser, agencyId: string): boolean {
  return canReadAgencyQueue(user, agencyId);
}

/** Throws 403 unless `allowed`. */
export function authorize(allowed: boolean): void {
  if (!allowed) throw new ForbiddenError('auth.forbidden');
}

/*
 * Oversight (DESIGN §9). The secretariat of the council keeps its activities and items, and is
 * the only one to accept an item as done or send it back (re-supervision); only an officer of
 * the responsible agency reports progress; delegates read the items of their group's
 * activities and of their electoral unit's communes, and add follow-up notes. Admin: all.
 */
export type FollowUpPermission = 'view' | 'manage' | 'report' | 'note';

export interface FollowUpFacts {
  /** The delegate's scope, when the user is a delegate. */
  delegate?: DelegateScope | undefined;
}

export function followUpPermissions(
  user: StaffUser,
  item: { councilId: string; agencyId: string; groupId?: string | undefined; communeId?: string | undefined },
  facts: FollowUpFacts = {},
): ReadonlySet<FollowUpPermission> {
  switch (user.role) {
    case 'admin':
      return new Set(['view', 'manage', 'report', 'note'] as const);
    case 'secretariat':
      return new Set(user.councilId === item.councilId ? (['view', 'manage', 'note'] as const) : []);
    case 'agency':
      return new Set(user.agencyId === item.agencyId ? (['view', 'report'] as const) : []);
    case 'delegate': {
      const scope = facts.delegate;
      const covers =
        scope !== undefined &&
        scope.groupId === user.groupId &&
        scope.councilId === item.councilId &&
        (item.groupId === user.groupId ||
          (item.communeId !== undefined && scope.communeIds.includes(item.communeId)));
      return new Set(covers ? (['view', 'note'] as const) : []);
    }
  }
}

/**
 * Staff search over a council's petitions (issue #19 §3): the secretariat of the council and the
 * admin search all of them; an agency officer only those of the council held by their agency
 * (the scope is the index partition read, so nothing else is ever read); nobody else.
 */
export function staffSearchScopeOf(
  user: StaffUser,
  councilId: string,
): { councilId: string; agencyId?: string } | undefined {
  if (canManageCouncil(user, councilId)) return { councilId };
  if (user.role === 'agency') return { councilId, agencyId: user.agencyId };
  return undefined;
}
