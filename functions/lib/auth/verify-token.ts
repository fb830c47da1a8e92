/**
 * Staff sign-in: every request carries a JWT that must be signed by a key of the issuer's
 * JWKS (RS256 only: `alg: none` and symmetric algorithms are refused), come from the
 * configured issuer, be meant for this client, not have expired, and say when it was
 * issued (`iat`, not in the future) and live at most 24 hours from then: a stolen token
 * with a far `exp` is refused even when its signature is good. On AWS the issuer is the
 * Cognito user pool; locally it is infra/local/issuer.ts. One code path for both.
 */
import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { UnauthorizedError } from '../../../shared/errors.ts';
import type { StaffUser } from '../../../shared/schemas/index.ts';
import { staffUserFromClaims } from './claims.ts';

export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  /** The app client id: a Cognito ID token names it in `aud`, an access token in `client_id`. */
  audience: string;
  /** Seconds of clock skew allowed on `exp`/`nbf`/`iat`. */
  clockToleranceSeconds?: number;
}

/** Turns a bearer token into the staff user it names, or throws UnauthorizedError. */
export type TokenVerifier = (token: string) => Promise<StaffUser>;

const ALGORITHMS = ['RS256'];

/** The longest a staff token may live (`exp - iat`); Cognito's ID tokens live 5 minutes to a day. */
export const MAX_STAFF_TOKEN_LIFETIME_SECONDS = 24 * 3600;

function meantFor(payload: JWTPayload, audience: string): boolean {
  const aud = payload.aud;
  if (typeof aud === 'string') return aud === audience;
  if (Array.isArray(aud)) return aud.includes(audience);
  return payload.client_id === audience && payload.token_use === 'access';
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  // The key set is fetched on first use and cached; an unknown `kid` refetches (key rotation).
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl), {
    timeoutDuration: 5000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'sub'],
        // Refuses an `iat` in the future, or more than a day ago.
        maxTokenAge: MAX_STAFF_TOKEN_LIFETIME_SECONDS,
        clockTolerance: options.clockToleranceSeconds ?? 5,
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError)
        throw new UnauthorizedError('auth.invalid', {}, { cause: error });
      throw error;
    }
    if (!meantFor(payload, options.audience)) throw new UnauthorizedError('auth.invalid');
    if (payload.exp! - payload.iat! > MAX_STAFF_TOKEN_LIFETIME_SECONDS)
      throw new UnauthorizedError('auth.invalid');
    return staffUserFromClaims(payload);
  };
}
