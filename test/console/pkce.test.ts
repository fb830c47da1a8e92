import { describe, expect, it } from 'vitest';
import {
  beginSignIn,
  codeChallenge,
  randomUrlSafe,
  tokenRequestBody,
} from '../../site/src/console/auth/pkce.ts';

describe('PKCE for the staff sign-in', () => {
  it('derives the S256 challenge of RFC 7636 appendix B from its verifier', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43 URL-safe characters that differ every time', () => {
    const verifiers = new Set(Array.from({ length: 200 }, () => randomUrlSafe(32)));
    expect(verifiers.size).toBe(200);
    for (const v of verifiers) expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('sends the challenge and a state to the authorize endpoint, never the verifier', async () => {
    const pending = await beginSignIn({
      authorizeUrl: 'https://hdnd.auth.ap-southeast-1.amazoncognito.com/oauth2/authorize',
      clientId: 'console',
      redirectUri: 'https://hdnd.example.vn/quan-ly/dang-nhap/',
      scope: 'openid email profile',
    });
    const url = new URL(pending.url);
    expect(url.origin + url.pathname).toBe(
      'https://hdnd.auth.ap-southeast-1.amazoncognito.com/oauth2/authorize',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'console',
      redirect_uri: 'https://hdnd.example.vn/quan-ly/dang-nhap/',
      scope: 'openid email profile',
      state: pending.state,
      code_challenge: await codeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    expect(pending.url).not.toContain(pending.verifier);
  });

  it('redeems a code with the verifier and the same redirect URI', () => {
    const body = tokenRequestBody({
      clientId: 'c',
      code: 'abc',
      redirectUri: 'https://x/cb/',
      verifier: 'v',
    });
    expect(body.toString()).toBe(
      'grant_type=authorization_code&client_id=c&code=abc&redirect_uri=https%3A%2F%2Fx%2Fcb%2F&code_verifier=v',
    );
  });
});
