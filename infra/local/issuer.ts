/**
 * A small OpenID-style issuer for the local stack, standing in for the Cognito user pool:
 * an RS256 key pair made at start, its public key at /.well-known/jwks.json, and a
 * sign-in (POST /token, or the form at /) for the demo staff accounts. Its tokens carry
 * the same claims as Cognito's ID tokens, so the staff API checks them with the same code.
 * A sign-in also gives a refresh token, redeemed like Cognito's (`grant_type=refresh_token`,
 * `client_id`, `refresh_token`, form-encoded, at /token or /oauth2/token) for a new ID token,
 * so the console keeps a member of staff signed in all day.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { claimsOf } from '../../functions/lib/auth/claims.ts';
import { MAX_STAFF_TOKEN_LIFETIME_SECONDS } from '../../functions/lib/auth/verify-token.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, type DemoStaffAccount } from './demo/staff.ts';
import { listen } from './http-server.ts';
import { signInPage } from './issuer-page.ts';

export interface LocalIssuerOptions {
  port: number;
  host?: string;
  /** The client id tokens are issued for (the staff API's STAFF_JWT_AUDIENCE). */
  audience?: string;
  /** The staff console's origins, allowed to sign in from a browser. */
  consoleOrigins?: readonly string[];
  accounts?: DemoStaffAccount[];
  /** Token lifetime; Cognito's default is an hour, a local demo day is longer (at most 24 hours, as the API accepts). */
  expiresInSeconds?: number;
  /** How long a refresh token works (Cognito's default: 30 days). */
  refreshTokenDays?: number;
}

export interface TokenOptions {
  expiresIn?: number | string | Date;
  /** `iat` in seconds since the epoch (now when absent); `null` leaves the claim out. */
  issuedAt?: number | null;
  issuer?: string;
  audience?: string;
}

export interface LocalIssuer {
  /** The `iss` of its tokens, and where it listens. */
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** A signed token for a demo account (what POST /token answers). */
  tokenFor(username: string): Promise<string>;
  /** Signs any claims with the issuer's key: for tests of what the API must refuse. */
  sign(claims: Record<string, unknown>, options?: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

export const LOCAL_STAFF_AUDIENCE = 'hdnd-staff-console-local';

export async function startLocalIssuer(options: LocalIssuerOptions): Promise<LocalIssuer> {
  const host = options.host ?? '127.0.0.1';
  const audience = options.audience ?? LOCAL_STAFF_AUDIENCE;
  const accounts = options.accounts ?? DEMO_STAFF;
  const lifetime = options.expiresInSeconds ?? 8 * 3600;
  if (lifetime > MAX_STAFF_TOKEN_LIFETIME_SECONDS)
    throw new Error(`A staff token may live at most 24 hours; the issuer was asked for ${lifetime} s`);
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  let issuer = '';

  const sign = (claims: Record<string, unknown>, o: TokenOptions = {}) => {
    const jwt = new SignJWT({ token_use: 'id', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(o.issuer ?? issuer)
      .setAudience(o.audience ?? audience)
      .setJti(randomUUID())
      .setExpirationTime(o.expiresIn ?? `${lifetime}s`);
    if (o.issuedAt !== null) jwt.setIssuedAt(o.issuedAt);
    return jwt.sign(privateKey);
  };

  const accountOf = (username: string, password?: string) => {
    const account = accounts.find((a) => a.username === username);
    return account && (password === undefined || password === DEMO_STAFF_PASSWORD) ? account : undefined;
  };
  // Opaque refresh tokens, held in memory like the key pair: a restart signs everyone out.
  const refreshTokens = new Map<string, { username: string; until: number }>();
  const refreshLifetimeMs = (options.refreshTokenDays ?? 30) * 86_400_000;
  const refreshTokenFor = (username: string) => {
    const token = `${randomUUID()}.${randomUUID()}`;
    refreshTokens.set(token, { username, until: Date.now() + refreshLifetimeMs });
    return token;
  };

  /** Cognito's refresh grant: a new ID token for a live refresh token of this client, or an OAuth error. */
  const refresh = async (form: Record<string, unknown>) => {
    if (form.client_id !== audience) return { status: 400 as const, body: { error: 'invalid_client' } };
    const held = typeof form.refresh_token === 'string' ? refreshTokens.get(form.refresh_token) : undefined;
    const account = held && held.until > Date.now() ? accountOf(held.username) : undefined;
    if (!account) return { status: 400 as const, body: { error: 'invalid_grant' } };
    const token = await sign(claimsOf(account.user, account.username));
    return {
      status: 200 as const,
      body: { id_token: token, access_token: token, token_type: 'Bearer', expires_in: lifetime },
    };
  };

  const tokenFor = async (username: string) => {
    const account = accountOf(username);
    if (!account) throw new Error(`No demo staff account "${username}"`);
    return sign(claimsOf(account.user, account.username));
  };

  const app = new Hono();
  if (options.consoleOrigins && options.consoleOrigins.length > 0)
    app.use('*', cors({ origin: [...options.consoleOrigins], allowMethods: ['GET', 'POST'] }));
  app.get('/.well-known/jwks.json', (c) => c.json({ keys: [jwk] }));
  app.get('/.well-known/openid-configuration', (c) =>
    c.json({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      token_endpoint: `${issuer}/token`,
      id_token_signing_alg_values_supported: ['RS256'],
      claims_supported: Object.keys(claimsOf(accounts[0]!.user)),
    }),
  );
  app.get('/', (c) => c.html(signInPage({ accounts, password: DEMO_STAFF_PASSWORD })));
  const readForm = async (c: Context): Promise<Record<string, unknown>> =>
    (c.req.header('content-type') ?? '').includes('application/json')
      ? await c.req.json().catch(() => ({}))
      : await c.req.parseBody();
  app.post('/oauth2/token', async (c) => {
    const form = await readForm(c);
    if (form.grant_type !== 'refresh_token') return c.json({ error: 'unsupported_grant_type' }, 400);
    const { status, body } = await refresh(form);
    return c.json(body, status);
  });
  app.post('/token', async (c) => {
    const form = await readForm(c);
    if (form.grant_type === 'refresh_token') {
      const { status, body } = await refresh(form);
      return c.json(body, status);
    }
    const username = typeof form.username === 'string' ? form.username : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const account = accountOf(username, password);
    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    if (!account) {
      if (wantsHtml)
        return c.html(signInPage({ accounts, password: DEMO_STAFF_PASSWORD, failed: true }), 401);
      return c.json({ error: 'invalid_grant', error_description: 'Wrong username or password' }, 401);
    }
    const token = await sign(claimsOf(account.user, account.username));
    if (wantsHtml)
      return c.html(signInPage({ accounts, password: DEMO_STAFF_PASSWORD, signedIn: { account, token } }));
    return c.json({
      id_token: token,
      refresh_token: refreshTokenFor(account.username),
      token_type: 'Bearer',
      expires_in: lifetime,
      user: account.user,
    });
  });

  const server = await listen(app, options.port, host);
  issuer = server.url;
  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    audience,
    tokenFor,
    sign,
    close: server.close,
  };
}
