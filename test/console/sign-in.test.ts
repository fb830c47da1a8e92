import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF_PASSWORD, demoStaff } from '../../infra/local/demo/staff.ts';
import { type LocalIssuer, startLocalIssuer } from '../../infra/local/issuer.ts';
import { freePort } from '../../infra/local/ports.ts';
import { codeChallenge } from '../../site/src/console/auth/pkce.ts';
import { loadSession } from '../../site/src/console/auth/session.ts';
import {
  completeHostedSignIn,
  rememberReturnPath,
  SignInFailedError,
  safeReturnPath,
  signInWithPassword,
  startHostedSignIn,
  takeReturnPath,
} from '../../site/src/console/auth/sign-in.ts';
import { memoryStore } from './support/memory-store.ts';

let issuer: LocalIssuer;
beforeAll(async () => {
  issuer = await startLocalIssuer({ port: await freePort() });
});
afterAll(() => issuer.close());

const realFetch: typeof fetch = (input, init) => fetch(input, init);

describe('signing in locally with a demo account', () => {
  it('keeps the issuer’s token and reads the account’s role and scope from it', async () => {
    const store = memoryStore();
    const session = await signInWithPassword(
      issuer.issuer,
      { username: 'can-bo-tnmt-huu-lung', password: DEMO_STAFF_PASSWORD },
      { store, fetch: realFetch },
    );
    expect(session.user).toEqual(demoStaff('can-bo-tnmt-huu-lung').user);
    expect(loadSession(store)?.token).toBe(session.token);
  });

  it('says the credentials are wrong and keeps nothing', async () => {
    const store = memoryStore();
    const attempt = signInWithPassword(
      issuer.issuer,
      { username: 'thu-ky-huu-lung', password: 'wrong' },
      { store, fetch: realFetch },
    );
    await expect(attempt).rejects.toMatchObject({ name: 'SignInFailedError', reason: 'credentials' });
    expect(store.entries.size).toBe(0);
  });
});

/**
 * The hosted UI's side of authorization code + PKCE, as Cognito plays it: the authorize
 * step remembers the challenge with the code; the token step answers only to the verifier.
 */
function authorizationServer(idToken: string) {
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const app = new Hono();
  app.post('/oauth2/token', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const grant = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (
      !grant ||
      grant.redirectUri !== form.get('redirect_uri') ||
      (await codeChallenge(verifier)) !== grant.challenge
    )
      return c.json({ error: 'invalid_grant' }, 400);
    return c.json({ id_token: idToken, access_token: 'a', token_type: 'Bearer', expires_in: 3600 });
  });
  return {
    fetch: ((input, init) => app.request(String(input), init)) as typeof fetch,
    /** What the hosted UI does after the user signs in: a code for the challenge it was given. */
    authorize(url: string) {
      const query = new URL(url).searchParams;
      const code = `code-${codes.size + 1}`;
      codes.set(code, { challenge: query.get('code_challenge')!, redirectUri: query.get('redirect_uri')! });
      return new URLSearchParams({ code, state: query.get('state')! });
    },
  };
}

const hosted = {
  domain: 'http://auth.test',
  clientId: 'console',
  scope: 'openid email profile',
  redirectUri: 'https://hdnd.example.vn/quan-ly/dang-nhap/',
};

describe('signing in through the hosted UI (authorization code + PKCE)', () => {
  it('redeems the code with the verifier that matches the challenge and keeps the ID token', async () => {
    const token = await issuer.tokenFor('thu-ky-huu-lung');
    const server = authorizationServer(token);
    const store = memoryStore();
    const callback = server.authorize(await startHostedSignIn(hosted, store));
    const session = await completeHostedSignIn(hosted, callback, { store, fetch: server.fetch });
    expect(session.token).toBe(token);
    expect(session.user).toEqual(demoStaff('thu-ky-huu-lung').user);
  });

  it('refuses a callback whose state is not the one it sent, without redeeming the code', async () => {
    const server = authorizationServer(await issuer.tokenFor('thu-ky-huu-lung'));
    const store = memoryStore();
    const callback = server.authorize(await startHostedSignIn(hosted, store));
    callback.set('state', 'forged');
    await expect(
      completeHostedSignIn(hosted, callback, { store, fetch: server.fetch }),
    ).rejects.toBeInstanceOf(SignInFailedError);
    expect(loadSession(store)).toBeUndefined();
  });

  it('uses the pending sign-in once: a replayed callback fails', async () => {
    const server = authorizationServer(await issuer.tokenFor('thu-ky-huu-lung'));
    const store = memoryStore();
    const callback = server.authorize(await startHostedSignIn(hosted, store));
    await completeHostedSignIn(hosted, callback, { store, fetch: server.fetch });
    await expect(
      completeHostedSignIn(hosted, callback, { store, fetch: server.fetch }),
    ).rejects.toMatchObject({
      reason: 'callback',
    });
  });
});

describe('the page to return to after sign-in', () => {
  it('accepts only console paths, so a crafted link cannot send staff elsewhere', () => {
    expect(safeReturnPath('/quan-ly/kien-nghi/?ma=7KQM-3HXT-9PAR')).toBe(
      '/quan-ly/kien-nghi/?ma=7KQM-3HXT-9PAR',
    );
    for (const bad of [
      'https://evil.example/quan-ly/',
      '//evil.example/',
      '/tra-cuu/',
      '/quan-ly/\\evil',
      null,
    ]) {
      expect(safeReturnPath(bad)).toBe('/quan-ly/');
    }
  });

  it('is read once', () => {
    const store = memoryStore();
    rememberReturnPath(store, '/quan-ly/hang-doi/');
    expect(takeReturnPath(store)).toBe('/quan-ly/hang-doi/');
    expect(takeReturnPath(store)).toBe('/quan-ly/');
  });
});
