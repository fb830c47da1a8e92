/**
 * The two ways into the console. On AWS: the Cognito hosted UI with authorization code +
 * PKCE (the verifier and state wait in sessionStorage for the callback). Locally: the
 * local issuer's token endpoint with a demo account's name and password. Both end in the
 * same StaffSession. The page to return to is kept in sessionStorage, never in a URL
 * given to the identity provider, and only a console path is accepted (no open redirect).
 */
import { beginSignIn, tokenRequestBody } from './pkce.ts';
import { type KeyValueStore, type StaffSession, saveSession, sessionFromToken } from './session.ts';

export class SignInFailedError extends Error {
  readonly reason: 'credentials' | 'callback' | 'token';
  constructor(reason: SignInFailedError['reason'], options?: { cause?: unknown }) {
    super(`sign-in failed: ${reason}`, options);
    this.name = 'SignInFailedError';
    this.reason = reason;
  }
}

export const CONSOLE_ROOT = '/quan-ly/';
const PENDING_KEY = 'hdnd.console.pending';
const RETURN_KEY = 'hdnd.console.return';

/** A console path to come back to after sign-in; anything else becomes the console's home. */
export function safeReturnPath(path: string | null | undefined): string {
  if (!path?.startsWith(CONSOLE_ROOT) || path.startsWith('//') || /[\\\s]/.test(path)) return CONSOLE_ROOT;
  return path;
}

export function rememberReturnPath(store: KeyValueStore, path: string): void {
  store.setItem(RETURN_KEY, safeReturnPath(path));
}

/** Where to go once signed in (read once). */
export function takeReturnPath(store: KeyValueStore): string {
  const path = safeReturnPath(store.getItem(RETURN_KEY));
  store.removeItem(RETURN_KEY);
  return path;
}

function sessionOrFail(
  token: unknown,
  reason: SignInFailedError['reason'],
  refreshToken?: unknown,
): StaffSession {
  const session = typeof token === 'string' ? sessionFromToken(token, refreshToken) : undefined;
  if (!session) throw new SignInFailedError(reason);
  return session;
}

/** Locally: the issuer's POST /token with a demo account. */
export async function signInWithPassword(
  issuerUrl: string,
  credentials: { username: string; password: string },
  deps: { store: KeyValueStore; fetch: typeof fetch },
): Promise<StaffSession> {
  const response = await deps.fetch(`${issuerUrl}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.status === 400 || response.status === 401) throw new SignInFailedError('credentials');
  if (!response.ok) throw new SignInFailedError('token');
  const body = (await response.json()) as { id_token?: unknown; refresh_token?: unknown };
  const session = sessionOrFail(body.id_token, 'token', body.refresh_token);
  saveSession(deps.store, session);
  return session;
}

export interface HostedSignIn {
  domain: string;
  clientId: string;
  scope: string;
  redirectUri: string;
}

/** On AWS: the hosted UI's URL for a new sign-in; its verifier and state wait in the store. */
export async function startHostedSignIn(config: HostedSignIn, store: KeyValueStore): Promise<string> {
  const pending = await beginSignIn({
    authorizeUrl: `${config.domain}/oauth2/authorize`,
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    scope: config.scope,
  });
  store.setItem(PENDING_KEY, JSON.stringify({ verifier: pending.verifier, state: pending.state }));
  return pending.url;
}

/** The callback: checks the state, redeems the code with the verifier, keeps the ID token. */
export async function completeHostedSignIn(
  config: HostedSignIn,
  params: URLSearchParams,
  deps: { store: KeyValueStore; fetch: typeof fetch },
): Promise<StaffSession> {
  const raw = deps.store.getItem(PENDING_KEY);
  deps.store.removeItem(PENDING_KEY); // one use, whatever happens
  const pending = raw ? (JSON.parse(raw) as { verifier?: string; state?: string }) : {};
  const code = params.get('code');
  if (!code || !pending.verifier || !pending.state || params.get('state') !== pending.state) {
    throw new SignInFailedError('callback');
  }
  const response = await deps.fetch(`${config.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody({
      clientId: config.clientId,
      code,
      redirectUri: config.redirectUri,
      verifier: pending.verifier,
    }).toString(),
  });
  if (!response.ok) throw new SignInFailedError('token');
  // The ID token carries the groups and custom attributes the staff API reads.
  const body = (await response.json()) as { id_token?: unknown; refresh_token?: unknown };
  const session = sessionOrFail(body.id_token, 'token', body.refresh_token);
  saveSession(deps.store, session);
  return session;
}

/** Cognito's sign-out, which also ends the hosted UI's own session. */
export function hostedSignOutUrl(config: { domain: string; clientId: string }, logoutUri: string): string {
  const query = new URLSearchParams({ client_id: config.clientId, logout_uri: logoutUri });
  return `${config.domain}/logout?${query.toString()}`;
}
