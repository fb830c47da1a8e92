/**
 * The console's settings from Astro's PUBLIC_* variables: with PUBLIC_COGNITO_DOMAIN set
 * (on AWS) staff sign in through the Cognito hosted UI (authorization code + PKCE), which
 * then needs PUBLIC_COGNITO_CLIENT_ID; without it (npm start) through the local issuer's
 * token endpoint with a demo account. Defaults are the local ports. Pure, so the site's
 * build (astro.config.ts) runs it first and stops with the variable's name, and the
 * browser (config.ts) reads the same result.
 */

export type SignInConfig =
  | { kind: 'hosted'; domain: string; clientId: string; scope: string }
  | { kind: 'local'; issuerUrl: string };

export interface ConsoleConfig {
  staffApiUrl: string;
  signIn: SignInConfig;
}

type Env = Record<string, unknown>;

const value = (v: unknown) =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().replace(/\/+$/, '') : undefined;

export function consoleConfigFrom(env: Env): ConsoleConfig {
  const cognitoDomain = value(env.PUBLIC_COGNITO_DOMAIN);
  const clientId = value(env.PUBLIC_COGNITO_CLIENT_ID);
  if (cognitoDomain && !clientId)
    throw new Error(
      'PUBLIC_COGNITO_CLIENT_ID is missing: a console signing in through PUBLIC_COGNITO_DOMAIN needs its app client id',
    );
  return {
    staffApiUrl: value(env.PUBLIC_STAFF_API_URL) ?? 'http://127.0.0.1:3001',
    signIn:
      cognitoDomain && clientId
        ? {
            kind: 'hosted',
            domain: /^https?:\/\//.test(cognitoDomain) ? cognitoDomain : `https://${cognitoDomain}`,
            clientId,
            scope: 'openid email profile',
          }
        : { kind: 'local', issuerUrl: value(env.PUBLIC_STAFF_ISSUER_URL) ?? 'http://127.0.0.1:3002' },
  };
}
