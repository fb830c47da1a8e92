/**
 * Staying signed in all day: the ID token lives an hour on AWS (Cognito) and some hours
 * locally, so the console redeems the session's refresh token a few minutes before it
 * expires, at the token endpoint of whichever issuer signed it in, with Cognito's grant
 * (`grant_type=refresh_token`, `client_id`, `refresh_token`, form-encoded). The local
 * issuer answers the same grant. A refused refresh (revoked, expired after 30 days) leaves
 * the session to run out; the next 401 then goes to the sign-in page as before.
 */
import type { SignInConfig } from '../settings.ts';
import {
  type KeyValueStore,
  type StaffSession,
  saveSession,
  sessionFromToken,
  storedRefreshToken,
} from './session.ts';
import { SignInFailedError } from './sign-in.ts';

/** The local issuer's client id (its tokens' audience, infra/local/issuer.ts); a test holds them equal. */
export const LOCAL_CLIENT_ID = 'hdnd-staff-console-local';

/** Refresh this long before the token expires, so no request leaves with a dying one. */
export const REFRESH_BEFORE_MS = 5 * 60_000;

export interface RefreshEndpoint {
  tokenUrl: string;
  clientId: string;
}

export function refreshEndpointOf(signIn: SignInConfig): RefreshEndpoint {
  return signIn.kind === 'hosted'
    ? { tokenUrl: `${signIn.domain}/oauth2/token`, clientId: signIn.clientId }
    : { tokenUrl: `${signIn.issuerUrl}/oauth2/token`, clientId: LOCAL_CLIENT_ID };
}

export interface RefreshDeps {
  store: KeyValueStore;
  fetch: typeof fetch;
  endpoint: RefreshEndpoint;
}

/** A new session for the refresh token; the refresh token is kept unless the issuer sends another. */
export async function redeemRefreshToken(refreshToken: string, deps: RefreshDeps): Promise<StaffSession> {
  const response = await deps.fetch(deps.endpoint.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: deps.endpoint.clientId,
      refresh_token: refreshToken,
    }).toString(),
  });
  if (!response.ok) throw new SignInFailedError('token');
  const body = (await response.json()) as { id_token?: unknown; refresh_token?: unknown };
  const session =
    typeof body.id_token === 'string'
      ? sessionFromToken(
          body.id_token,
          typeof body.refresh_token === 'string' ? body.refresh_token : refreshToken,
        )
      : undefined;
  if (!session) throw new SignInFailedError('token');
  saveSession(deps.store, session);
  return session;
}

/** The stored session renewed, when it has a refresh token (a reload after the token expired); else undefined. */
export async function resumeSession(deps: RefreshDeps): Promise<StaffSession | undefined> {
  const refreshToken = storedRefreshToken(deps.store);
  if (!refreshToken) return undefined;
  try {
    return await redeemRefreshToken(refreshToken, deps);
  } catch {
    return undefined;
  }
}

export interface KeepFreshOptions extends RefreshDeps {
  /** Told about each renewed session (the API client then sends its token). */
  onRenewed(session: StaffSession): void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Renews `session` before it expires, and each renewed one after it; returns a stop function. */
export function keepSessionFresh(session: StaffSession, options: KeepFreshOptions): () => void {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let stopped = false;
  const schedule = (current: StaffSession) => {
    if (!current.refreshToken || stopped) return;
    const refreshToken = current.refreshToken;
    const wait = Math.max(0, current.expiresAt - REFRESH_BEFORE_MS - now());
    timer = setTimer(() => {
      redeemRefreshToken(refreshToken, options).then(
        (renewed) => {
          if (stopped) return;
          options.onRenewed(renewed);
          schedule(renewed);
        },
        () => undefined, // the session runs out; the next 401 asks to sign in again
      );
    }, wait);
  };
  schedule(session);
  return () => {
    stopped = true;
    clearTimer(timer);
  };
}
