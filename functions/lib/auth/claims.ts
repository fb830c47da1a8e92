/**
 * From a verified token's claims to the signed-in staff user, and back (the local issuer
 * writes the same claims). The names are Cognito's: the role is a user-pool group
 * (`cognito:groups`), the scope is in custom attributes. One mapping for AWS and local.
 * Each role comes out with the scope it cannot work without (a secretariat's council, an
 * officer's agency, a delegate's group), or the token is refused.
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

const asString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** A person in several role groups is refused rather than guessed at; admin alone overrides. */
function roleOf(groups: unknown): StaffRole {
  const names = Array.isArray(groups) ? groups.filter((g) => typeof g === 'string') : [];
  const roles = STAFF_ROLES.filter((r) => names.includes(r));
  if (roles.includes('admin')) return 'admin';
  const [only, ...more] = roles;
  if (!only || more.length > 0) throw new ForbiddenError('auth.noRole');
  return only;
}

/** The role's own scope claim, by role (an admin has none). */
function scopeOf(role: StaffRole, claims: Record<string, unknown>): Record<string, string | undefined> {
  switch (role) {
    case 'secretariat':
      return { councilId: asString(claims[STAFF_CLAIMS.councilId]) };
    case 'agency':
      return { agencyId: asString(claims[STAFF_CLAIMS.agencyId]) };
    case 'delegate':
      return { groupId: asString(claims[STAFF_CLAIMS.groupId]) };
    case 'admin':
      return {};
  }
}

export function staffUserFromClaims(claims: Record<string, unknown>): StaffUser {
  const id = asString(claims.sub);
  if (!id) throw new UnauthorizedError('auth.invalid');
  const role = roleOf(claims[STAFF_CLAIMS.groups]);
  const parsed = StaffUser.safeParse({
    id,
    role,
    name: asString(claims[STAFF_CLAIMS.name]) ?? asString(claims[STAFF_CLAIMS.username]) ?? id,
    email: asString(claims[STAFF_CLAIMS.email]),
    ...scopeOf(role, claims),
  });
  // The only thing the claims can still lack is the role's scope (or hold it malformed).
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
    ...(user.role === 'secretariat' ? { [STAFF_CLAIMS.councilId]: user.councilId } : {}),
    ...(user.role === 'agency' ? { [STAFF_CLAIMS.agencyId]: user.agencyId } : {}),
    ...(user.role === 'delegate' ? { [STAFF_CLAIMS.groupId]: user.groupId } : {}),
  };
}
