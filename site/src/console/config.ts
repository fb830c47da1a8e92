/**
 * Where the console finds the staff API and the sign-in, fixed when the site is built
 * (Astro's PUBLIC_* variables). With PUBLIC_COGNITO_DOMAIN set (on AWS) staff sign in
 * through the Cognito hosted UI (authorization code + PKCE); without it (npm start) through
 * the local issuer's token endpoint with a demo account. Defaults are the local ports.
 * The public API (reference data) is reached on the site's own origin: CloudFront on AWS,
 * and the local servers proxy /v1/ to it, as for every page of the site.
 */

export type SignInConfig =
  | { kind: 'hosted'; domain: string; clientId: string; scope: string }
  | { kind: 'local'; issuerUrl: string };

export interface ConsoleConfig {
  staffApiUrl: string;
  signIn: SignInConfig;
}

const env = import.meta.env;
const value = (v: unknown) =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().replace(/\/+$/, '') : undefined;

const cognitoDomain = value(env.PUBLIC_COGNITO_DOMAIN);

export const consoleConfig: ConsoleConfig = {
  staffApiUrl: value(env.PUBLIC_STAFF_API_URL) ?? 'http://127.0.0.1:3001',
  signIn: cognitoDomain
    ? {
        kind: 'hosted',
        domain: /^https?:\/\//.test(cognitoDomain) ? cognitoDomain : `https://${cognitoDomain}`,
        clientId: value(env.PUBLIC_COGNITO_CLIENT_ID) ?? '',
        scope: 'openid email profile',
      }
    : { kind: 'local', issuerUrl: value(env.PUBLIC_STAFF_ISSUER_URL) ?? 'http://127.0.0.1:3002' },
};
