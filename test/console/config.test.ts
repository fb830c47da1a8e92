/**
 * The console's settings are fixed when the site is built: a hosted sign-in (Cognito)
 * without its app client id stops the build with the variable's name, instead of a
 * console whose sign-in link carries `client_id=` and fails in every staff's browser.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleConfigFrom } from '../../site/src/console/settings.ts';

const siteConfig = () => import('../../site/astro.config.ts');

describe('the console configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('stops the site build when PUBLIC_COGNITO_DOMAIN is set without PUBLIC_COGNITO_CLIENT_ID', async () => {
    vi.stubEnv('PUBLIC_COGNITO_DOMAIN', 'auth.example.gov.vn');
    vi.stubEnv('PUBLIC_COGNITO_CLIENT_ID', ' ');
    await expect(siteConfig()).rejects.toThrow(/PUBLIC_COGNITO_CLIENT_ID/);
  });

  it('builds with a hosted sign-in when both are set, and with the local issuer when neither is', async () => {
    vi.stubEnv('PUBLIC_COGNITO_DOMAIN', 'auth.example.gov.vn');
    vi.stubEnv('PUBLIC_COGNITO_CLIENT_ID', 'client-123');
    await expect(siteConfig()).resolves.toBeDefined();
    expect(consoleConfigFrom(process.env).signIn).toEqual({
      kind: 'hosted',
      domain: 'https://auth.example.gov.vn',
      clientId: 'client-123',
      scope: 'openid email profile',
    });
    expect(consoleConfigFrom({}).signIn).toEqual({ kind: 'local', issuerUrl: 'http://127.0.0.1:3002' });
  });
});
