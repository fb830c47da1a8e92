/**
 * Authorization code + PKCE (RFC 7636) for the staff sign-in: the console is a public
 * client, so it proves that the one who asked for the code is the one who redeems it.
 * Web Crypto only: the same code runs in the browser and in the tests on Node.
 */

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A random URL-safe string: 32 bytes give 43 characters, the shortest verifier allowed. */
export function randomUrlSafe(bytes = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 challenge of a verifier: base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return toBase64Url(new Uint8Array(digest));
}

export interface AuthorizeRequest {
  authorizeUrl: string;
  clientId: string;
  redirectUri: string;
  scope: string;
}

export interface PendingSignIn {
  /** Where the browser goes to sign in. */
  url: string;
  /** Kept until the callback: it proves the code is ours (PKCE) and the answer is ours (state). */
  verifier: string;
  state: string;
}

/** The authorize URL for a new sign-in, with its fresh verifier and state. */
export async function beginSignIn(request: AuthorizeRequest): Promise<PendingSignIn> {
  const verifier = randomUrlSafe(32);
  const state = randomUrlSafe(16);
  const url = new URL(request.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  return { url: url.toString(), verifier, state };
}

/** The form body that redeems an authorization code at the token endpoint. */
export function tokenRequestBody(input: {
  clientId: string;
  code: string;
  redirectUri: string;
  verifier: string;
}): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: input.clientId,
    code: input.code,
    redirect_uri: input.redirectUri,
    code_verifier: input.verifier,
  });
}
