/**
 * Sign-in: no staff route answers without a valid token. Expired, wrong issuer, wrong
 * audience, a bad signature, `alg: none`, a symmetric algorithm, a malformed header, a
 * lifetime (`exp - iat`) over 24 hours, no `iat`, an `iat` in the future: all 401, on every
 * route. Only GET /health answers without a token.
 */
import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimsOf } from '../../functions/lib/auth/claims.ts';
import { MAX_STAFF_TOKEN_LIFETIME_SECONDS } from '../../functions/lib/auth/verify-token.ts';
import { demoStaff } from '../../infra/local/demo/staff.ts';
import { startLocalIssuer } from '../../infra/local/issuer.ts';
import { freePort } from '../../infra/local/ports.ts';
import { type PreparedRequest, STAFF_ROUTES, type StaffRoute } from './routes.ts';
import { useStaffTestbed } from './support.ts';

// With the demo meetings: some routes (a view entered from a meeting) are prepared from one.
const bed = useStaffTestbed();
const bad: Record<string, string> = {};

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

beforeAll(async () => {
  const { issuer } = bed;
  const claims = claimsOf(demoStaff('quan-tri').user);
  const valid = await issuer.tokenFor('quan-tri');
  const [header, payload] = valid.split('.') as [string, string, string];
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string };

  bad.expired = await issuer.sign(claims, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
  bad.wrongIssuer = await issuer.sign(claims, { issuer: 'https://cognito-idp.example.com/other-pool' });
  bad.wrongAudience = await issuer.sign(claims, { audience: 'some-other-client' });
  const now = Math.floor(Date.now() / 1000);
  // A stolen token that never expires: exp a hundred years away, signed by the real key.
  bad.hundredYears = await issuer.sign(claims, { expiresIn: now + 100 * 365 * 86_400 });
  bad.lifetimeOver24h = await issuer.sign(claims, { expiresIn: now + 24 * 3600 + 60 });
  bad.noIssuedAt = await issuer.sign(claims, { issuedAt: null, expiresIn: now + 3600 });
  // Issued "in ten years", for an hour: a short lifetime that starts long after today.
  bad.issuedInTheFuture = await issuer.sign(claims, {
    issuedAt: now + 10 * 365 * 86_400,
    expiresIn: now + 10 * 365 * 86_400 + 3600,
  });
  // The same kid, another key: the signature cannot verify.
  const stranger = await generateKeyPair('RS256');
  bad.otherKey = await new SignJWT({ token_use: 'id', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(issuer.issuer)
    .setAudience(issuer.audience)
    .setExpirationTime('1h')
    .sign(stranger.privateKey);
  // A real signature over a payload someone edited afterwards (to become admin elsewhere).
  const edited = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' };
  bad.tamperedPayload = `${header}.${b64(edited)}.${valid.split('.')[2]}`;
  const unsignedClaims = {
    ...claims,
    iss: issuer.issuer,
    aud: issuer.audience,
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  bad.algNone = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(unsignedClaims)}.`;
  // Algorithm confusion: HS256 "signed" with the issuer's public key as the secret.
  const jwks = (await (await fetch(issuer.jwksUrl)).json()) as { keys: { n: string }[] };
  bad.hs256 = await new SignJWT(unsignedClaims)
    .setProtectedHeader({ alg: 'HS256', kid })
    .sign(new TextEncoder().encode(jwks.keys[0]!.n));
  bad.garbage = 'not-a-token';
});

describe('staff sign-in', () => {
  it('GET /health answers without a token', async () => {
    const response = await bed.call('GET', '/health');
    expect(response.status).toBe(200);
  });

  it('a valid token of the local issuer signs in, with role and scope from the claims', async () => {
    const response = await bed.call('GET', '/v1/me', { as: 'thu-ky-huu-lung' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { role: string; councilId: string } };
    expect(body.user).toMatchObject({ id: 'thu-ky-huu-lung', role: 'secretariat', councilId: 'huu-lung' });
  });

  it.each(STAFF_ROUTES.map((r) => ({ method: r.method, route: r.route, r })))(
    '$method $route without a token → 401 with WWW-Authenticate: Bearer',
    async ({ r }) => {
      const { path, body } = await r.prepare(bed);
      const response = await bed.call(r.method, path, { body });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    },
  );

  const kinds = [
    'expired',
    'wrongIssuer',
    'wrongAudience',
    'hundredYears',
    'lifetimeOver24h',
    'noIssuedAt',
    'issuedInTheFuture',
    'otherKey',
    'tamperedPayload',
    'algNone',
    'hs256',
    'garbage',
  ];
  // One request per route, prepared once for every kind: each kind's test proves that its calls
  // changed nothing (the table before and after), so the next kind finds them as prepared. It
  // was twelve preparations of every route (a petition each), and the snapshots of a table that
  // grew by a hundred petitions a kind.
  let prepared: Promise<({ r: StaffRoute } & PreparedRequest)[]> | undefined;
  const prepareEveryRoute = async () => {
    const requests = [];
    for (const r of STAFF_ROUTES) requests.push({ r, ...(await r.prepare(bed)) });
    return requests;
  };
  it.each(kinds)('a token that is %s → 401 on every route, and nothing changes', async (kind) => {
    prepared ??= prepareEveryRoute();
    const requests = await prepared;
    const before = await bed.snapshot();
    for (const { r, path, body } of requests) {
      const response = await bed.call(r.method, path, { authorization: `Bearer ${bad[kind]}`, body });
      expect(response.status, `${r.method} ${r.route}`).toBe(401);
    }
    expect(await bed.snapshot()).toBe(before);
  });

  it('a token of just under 24 hours, issued a moment ago, is accepted', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await bed.issuer.sign(claimsOf(demoStaff('quan-tri').user), {
      issuedAt: now - 60,
      expiresIn: now - 60 + 24 * 3600,
    });
    const response = await bed.call('GET', '/v1/me', { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
  });

  it('the local issuer issues tokens the API accepts, with iat and a lifetime of at most 24 hours', async () => {
    const token = await bed.issuer.tokenFor('quan-tri');
    const { iat, exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iat?: number;
      exp: number;
    };
    expect(iat).toBeTypeOf('number');
    expect(exp - iat!).toBeLessThanOrEqual(MAX_STAFF_TOKEN_LIFETIME_SECONDS);
    expect((await bed.call('GET', '/v1/me', { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('the local issuer refuses to start with a token lifetime over 24 hours', async () => {
    await expect(
      startLocalIssuer({ port: await freePort(), expiresInSeconds: MAX_STAFF_TOKEN_LIFETIME_SECONDS + 1 }),
    ).rejects.toThrow(/24 hours/);
  });

  it('a token without a staff role group is refused (403), one with two roles too', async () => {
    const noRole = await bed.issuer.sign({ sub: 'x', 'cognito:groups': ['readers'] });
    const twoRoles = await bed.issuer.sign({
      sub: 'y',
      'cognito:groups': ['secretariat', 'agency'],
      'custom:council_id': 'huu-lung',
      'custom:agency_id': 'ubnd-huu-lung',
    });
    for (const token of [noRole, twoRoles]) {
      const response = await bed.call('GET', '/v1/me', { authorization: `Bearer ${token}` });
      expect(response.status).toBe(403);
    }
  });

  it('a secretariat token without its council claim is refused (403)', async () => {
    const token = await bed.issuer.sign({ sub: 'z', 'cognito:groups': ['secretariat'] });
    const response = await bed.call('GET', '/v1/me', { authorization: `Bearer ${token}` });
    expect(response.status).toBe(403);
  });

  it('the issuer signs in a demo user with the demo password and refuses a wrong one', async () => {
    const ok = await fetch(`${bed.issuer.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'can-bo-kiem-lam', password: 'hdnd-demo' }),
    });
    expect(ok.status).toBe(200);
    const { id_token } = (await ok.json()) as { id_token: string };
    const me = await bed.call('GET', '/v1/me', { authorization: `Bearer ${id_token}` });
    expect(((await me.json()) as { user: { agencyId: string } }).user.agencyId).toBe('hat-kiem-lam-son-dong');
    const wrong = await fetch(`${bed.issuer.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'can-bo-kiem-lam', password: 'guess' }),
    });
    expect(wrong.status).toBe(401);
  });
});
