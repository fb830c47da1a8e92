/**
 * From a verified token's claims to the signed-in staff user, and back (the local issuer
 * writes the same claims). The names are Cognito's: the role is a user-pool group
 * (`cognito:groups`), the scope is in custom attributes. One mapping for AWS and local.
 */
import { ForbiddenError, UnauthorizedError } from '../../../shared/errors.ts';
import { STAFF_ROLES, type StaffRole, StaffUser } from '../../../shared/schemas/index.ts';

export const STAFF_CLAIMS = {
  groups: 'cognito:groups',
  username: 'cognito:username',
  name: 'name',
  email: 'email',
  councilId: 'custom:council_id',
  agencyId: 'custom:agency_id',
  groupId: 'custom:group_id',
} as const;

/** The scope claim each role cannot work without. */
const REQUIRED_SCOPE: Record<StaffRole, 'councilId' | 'agencyId' | 'groupId' | undefined> = {
  secretariat: 'councilId',
  agency: 'agencyId',
  delegate: 'groupId',
  admin: undefined,
};

const asString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** A person in several role groups is refused rather than guessed at; admin alone overrides. */
function roleOf(groups: unknown): StaffRole {
  const names = Array.isArray(groups) ? groups.filter((g) => typeof g === 'string') : [];
  const roles = STAFF_ROLES.filter((r) => names.includes(r));
  if (roles.includes('admin')) return 'admin';
  if (roles.length !== 1) throw new ForbiddenError('auth.noRole');
  return roles[0]!;
}

export function staffUserFromClaims(claims: Record<string, unknown>): StaffUser {
  const id = asString(claims.sub);
  if (!id) throw new UnauthorizedError('auth.invalid');
  const role = roleOf(claims[STAFF_CLAIMS.groups]);
  const candidate = {
    id,
    role,
    name: asString(claims[STAFF_CLAIMS.name]) ?? asString(claims[STAFF_CLAIMS.username]) ?? id,
    email: asString(claims[STAFF_CLAIMS.email]),
    councilId: role === 'secretariat' ? asString(claims[STAFF_CLAIMS.councilId]) : undefined,
    agencyId: role === 'agency' ? asString(claims[STAFF_CLAIMS.agencyId]) : undefined,
    groupId: role === 'delegate' ? asString(claims[STAFF_CLAIMS.groupId]) : undefined,
  };
  const required = REQUIRED_SCOPE[role];
  if (required && !candidate[required]) throw new ForbiddenError('auth.noScope');
  const parsed = StaffUser.safeParse(candidate);
  if (!parsed.success) throw new ForbiddenError('auth.noScope', {}, { cause: parsed.error });
  return parsed.data;
}

/** The claims that describe `user` (the local issuer signs these). */
export function claimsOf(user: StaffUser, username = user.id): Record<string, unknown> {
  return {
    sub: user.id,
    [STAFF_CLAIMS.username]: username,
    [STAFF_CLAIMS.groups]: [user.role],
    [STAFF_CLAIMS.name]: user.name,
    ...(user.email ? { [STAFF_CLAIMS.email]: user.email } : {}),
    ...(user.councilId ? { [STAFF_CLAIMS.councilId]: user.councilId } : {}),
    ...(user.agencyId ? { [STAFF_CLAIMS.agencyId]: user.agencyId } : {}),
    ...(user.groupId ? { [STAFF_CLAIMS.groupId]: user.groupId } : {}),
  };
}
