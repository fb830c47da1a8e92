/**
 * Staying signed in all day: the local issuer answers Cognito's refresh grant, and the
 * console renews its session before the token expires (and on a reload after it did),
 * with a token the staff API's own verifier accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../functions/lib/auth/verify-token.ts';
import { DEMO_STAFF_PASSWORD } from '../../infra/local/demo/staff.ts';
import { LOCAL_STAFF_AUDIENCE, type LocalIssuer, startLocalIssuer } from '../../infra/local/issuer.ts';
import { freePort } from '../../infra/local/ports.ts';
import {
  keepSessionFresh,
  LOCAL_CLIENT_ID,
  REFRESH_BEFORE_MS,
  redeemRefreshToken,
  refreshEndpointOf,
  resumeSession,
} from '../../site/src/console/auth/refresh.ts';
import { loadSession, type StaffSession, saveSession } from '../../site/src/console/auth/session.ts';
import { signInWithPassword } from '../../site/src/console/auth/sign-in.ts';
import { memoryStore } from './support/memory-store.ts';

let issuer: LocalIssuer;
beforeAll(async () => {
  issuer = await startLocalIssuer({ port: await freePort(), expiresInSeconds: 3600 });
});
afterAll(() => issuer.close());

const realFetch: typeof fetch = (input, init) => fetch(input, init);
const deps = (store = memoryStore()) => ({
  store,
  fetch: realFetch,
  endpoint: refreshEndpointOf({ kind: 'local', issuerUrl: issuer.issuer }),
});
const signIn = (store = memoryStore()) =>
  signInWithPassword(
    issuer.issuer,
    { username: 'thu-ky-huu-lung', password: DEMO_STAFF_PASSWORD },
    { store, fetch: realFetch },
  );
const form = (body: Record<string, string>) =>
  fetch(`${issuer.issuer}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  });

describe("the local issuer's refresh grant (Cognito's shape)", () => {
  it('gives a refresh token at sign-in, and a new ID token for it that the staff API accepts', async () => {
    const session = await signIn();
    expect(session.refreshToken).toEqual(expect.any(String));
    const response = await form({
      grant_type: 'refresh_token',
      client_id: LOCAL_STAFF_AUDIENCE,
      refresh_token: session.refreshToken ?? '',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const verify = createTokenVerifier({
      jwksUrl: issuer.jwksUrl,
      issuer: issuer.issuer,
      audience: issuer.audience,
    });
    expect(await verify(body.id_token)).toMatchObject({
      role: 'secretariat',
      councilId: 'huu-lung',
    });
  });

  it('refuses an unknown refresh token, another client, or another grant, as Cognito does', async () => {
    const session = await signIn();
    const unknown = await form({
      grant_type: 'refresh_token',
      client_id: LOCAL_STAFF_AUDIENCE,
      refresh_token: 'nope',
    });
    expect([unknown.status, ((await unknown.json()) as { error: string }).error]).toEqual([
      400,
      'invalid_grant',
    ]);
    const client = await form({
      grant_type: 'refresh_token',
      client_id: 'someone-else',
      refresh_token: session.refreshToken ?? '',
    });
    expect([client.status, ((await client.json()) as { error: string }).error]).toEqual([
      400,
      'invalid_client',
    ]);
    const grant = await form({ grant_type: 'password', client_id: LOCAL_STAFF_AUDIENCE });
    expect(grant.status).toBe(400);
  });

  it('the console and the issuer name the same client', () => {
    expect(LOCAL_CLIENT_ID).toBe(LOCAL_STAFF_AUDIENCE);
  });
});

describe("the console's session stays fresh", () => {
  it('renews the token before it expires and keeps renewing', async () => {
    const store = memoryStore();
    const session = await signIn(store);
    const timers: { run: () => void; ms: number }[] = [];
    const renewed: StaffSession[] = [];
    const stop = keepSessionFresh(session, {
      ...deps(store),
      onRenewed: (s) => renewed.push(s),
      now: () => session.expiresAt - 3600_000,
      setTimer: (run, ms) => timers.push({ run, ms }),
    });
    expect(timers[0]?.ms).toBe(3600_000 - REFRESH_BEFORE_MS);
    timers[0]?.run();
    await expect.poll(() => renewed.length).toBe(1);
    expect(renewed[0]?.token).not.toBe(session.token);
    expect(renewed[0]?.refreshToken).toBe(session.refreshToken);
    expect(loadSession(store, session.expiresAt - 3600_000)?.token).toBe(renewed[0]?.token);
    // The renewed session is scheduled in turn.
    await expect.poll(() => timers.length).toBe(2);
    stop();
  });

  it('resumes a stored session whose token expired, from its refresh token', async () => {
    const store = memoryStore();
    const session = await signIn(store);
    saveSession(store, { ...session, expiresAt: Date.now() - 1000 });
    expect(loadSession(store)).toBeUndefined();
    const resumed = await resumeSession(deps(store));
    expect(resumed?.user).toEqual(session.user);
    expect(loadSession(store)?.token).toBe(resumed?.token);
  });

  it('gives up quietly when the refresh token is refused: the session just runs out', async () => {
    const store = memoryStore();
    const session = await signIn(store);
    await expect(redeemRefreshToken('revoked', deps(store))).rejects.toMatchObject({ reason: 'token' });
    saveSession(store, { ...session, refreshToken: 'revoked', expiresAt: Date.now() - 1000 });
    expect(await resumeSession(deps(store))).toBeUndefined();
  });
});
