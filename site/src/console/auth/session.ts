/**
 * The signed-in session, kept in the tab's sessionStorage: it survives moving between
 * console pages and a reload, and dies with the tab. Never in a URL, never in
 * localStorage (shared by every tab and kept after the browser closes).
 *
 * The user shown in the console is read from the token's claims for display only; the
 * staff API verifies the token on every request and decides what is allowed.
 */
import type { StaffRole, StaffUser } from '../../../../shared/schemas/index.ts';

/** The part of Storage the session needs (sessionStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StaffSession {
  /** The bearer token sent to the staff API. */
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  user: StaffUser;
}

const SESSION_KEY = 'hdnd.console.session';
/** Treat a token as expired a little early, so a request never leaves with a dying one. */
const EXPIRY_MARGIN_MS = 30_000;

// The claim names of functions/lib/auth/claims.ts (Cognito's); a test holds them equal.
const ROLES: readonly StaffRole[] = ['admin', 'secretariat', 'agency', 'delegate'];

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

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** Who the token names, as the staff API would read it; undefined when it names no role. */
export function userFromClaims(claims: Record<string, unknown>): StaffUser | undefined {
  const id = str(claims.sub);
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  const role = ROLES.find((r) => groups.includes(r));
  if (!id || !role) return undefined;
  const user: StaffUser = {
    id,
    role,
    name: str(claims.name) ?? str(claims['cognito:username']) ?? id,
  };
  const email = str(claims.email);
  if (email) user.email = email;
  const councilId = str(claims['custom:council_id']);
  const agencyId = str(claims['custom:agency_id']);
  const groupId = str(claims['custom:group_id']);
  if (role === 'secretariat' && councilId) user.councilId = councilId;
  if (role === 'agency' && agencyId) user.agencyId = agencyId;
  if (role === 'delegate' && groupId) user.groupId = groupId;
  return user;
}

/** A session from a freshly issued token; undefined when the token cannot be read. */
export function sessionFromToken(token: string): StaffSession | undefined {
  const claims = tokenClaims(token);
  const user = claims && userFromClaims(claims);
  if (!claims || !user || typeof claims.exp !== 'number') return undefined;
  return { token, expiresAt: claims.exp * 1000, user };
}

export function saveSession(store: KeyValueStore, session: StaffSession): void {
  store.setItem(SESSION_KEY, JSON.stringify(session));
}

/** The current session, or undefined when there is none or it has expired (then it is forgotten). */
export function loadSession(store: KeyValueStore, now = Date.now()): StaffSession | undefined {
  const raw = store.getItem(SESSION_KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as StaffSession;
    if (typeof session.token === 'string' && session.expiresAt - EXPIRY_MARGIN_MS > now) return session;
  } catch {
    // a damaged entry is the same as none
  }
  store.removeItem(SESSION_KEY);
  return undefined;
}

export function clearSession(store: KeyValueStore): void {
  store.removeItem(SESSION_KEY);
}
