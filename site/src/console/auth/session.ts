/**
 * The signed-in session, kept in the tab's sessionStorage: it survives moving between
 * console pages and a reload, and dies with the tab. Never in a URL, never in
 * localStorage (shared by every tab and kept after the browser closes).
 *
 * The user shown in the console is read from the token's claims for display only; the
 * staff API verifies the token on every request and decides what is allowed.
 */
import type { StaffUser } from '../../../../shared/schemas/index.ts';
import { STAFF_ROLES, type StaffRole } from '../../../../shared/vocabulary.ts';

/** The part of Storage the session needs (sessionStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StaffSession<U extends StaffUser = StaffUser> {
  /** The bearer token sent to the staff API. */
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  user: U;
  /** Redeemed for a new token before this one expires (refresh.ts); absent: sign in again. */
  refreshToken?: string;
}

const SESSION_KEY = 'hdnd.console.session';
/** Treat a token as expired a little early, so a request never leaves with a dying one. */
const EXPIRY_MARGIN_MS = 30_000;

// The claim names of functions/lib/auth/claims.ts (Cognito's); a test holds them equal.
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The payload of a JWT, unverified (display only), or undefined when it is not a JWT. */
export function tokenClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload = decodeSegment(parts[1]);
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The one role the groups name, as the staff API reads them: admin overrides, several are refused. */
function roleOf(groups: unknown): StaffRole | undefined {
  const names = Array.isArray(groups) ? groups : [];
  const roles = STAFF_ROLES.filter((r) => names.includes(r));
  if (roles.includes('admin')) return 'admin';
  return roles.length === 1 ? roles[0] : undefined;
}

/**
 * Who the token names, as the staff API would read it: each role with the scope it cannot
 * work without; undefined when it names no role, or a role without its scope.
 */
export function userFromClaims(claims: Record<string, unknown>): StaffUser | undefined {
  const id = str(claims.sub);
  const role = roleOf(claims['cognito:groups']);
  if (!id || !role) return undefined;
  const email = str(claims.email);
  const person = {
    id,
    name: str(claims.name) ?? str(claims['cognito:username']) ?? id,
    ...(email ? { email } : {}),
  };
  switch (role) {
    case 'secretariat': {
      const councilId = str(claims['custom:council_id']);
      return councilId ? { ...person, role, councilId } : undefined;
    }
    case 'agency': {
      const agencyId = str(claims['custom:agency_id']);
      return agencyId ? { ...person, role, agencyId } : undefined;
    }
    case 'delegate': {
      const groupId = str(claims['custom:group_id']);
      return groupId ? { ...person, role, groupId } : undefined;
    }
    case 'admin':
      return { ...person, role };
  }
}

/** A session from a freshly issued token; undefined when the token cannot be read. */
export function sessionFromToken(token: string, refreshToken?: unknown): StaffSession | undefined {
  const claims = tokenClaims(token);
  const user = claims && userFromClaims(claims);
  if (!claims || !user || typeof claims.exp !== 'number') return undefined;
  return {
    token,
    expiresAt: claims.exp * 1000,
    user,
    ...(typeof refreshToken === 'string' && refreshToken !== '' ? { refreshToken } : {}),
  };
}

export function saveSession(store: KeyValueStore, session: StaffSession): void {
  store.setItem(SESSION_KEY, JSON.stringify(session));
}

/**
 * The current session, or undefined when there is none or it has expired: then it is
 * forgotten, unless it holds a refresh token (storedRefreshToken redeems it).
 */
export function loadSession(store: KeyValueStore, now = Date.now()): StaffSession | undefined {
  const session = storedSession(store);
  if (session && session.expiresAt - EXPIRY_MARGIN_MS > now) return session;
  if (!session?.refreshToken) store.removeItem(SESSION_KEY);
  return undefined;
}

/** The refresh token of the stored session, expired or not (a tab woken after its token died). */
export function storedRefreshToken(store: KeyValueStore): string | undefined {
  return storedSession(store)?.refreshToken;
}

function storedSession(store: KeyValueStore): StaffSession | undefined {
  const raw = store.getItem(SESSION_KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as StaffSession;
    if (typeof session.token === 'string' && typeof session.expiresAt === 'number') return session;
  } catch {
    // a damaged entry is the same as none
  }
  store.removeItem(SESSION_KEY);
  return undefined;
}

export function clearSession(store: KeyValueStore): void {
  store.removeItem(SESSION_KEY);
}
