/**
 * Where the Zalo OA's OAuth credentials live: one secret holding the app id, the app's
 * secret key, the refresh token and the current access token with its expiry. Zalo rotates
 * the refresh token on every refresh (the old one stops working), so the new one is
 * written back at once — and the access token with it, so that every notifier instance
 * uses the one token instead of each refreshing (and invalidating the others' refresh token).
 * On AWS the secret is in Secrets Manager (`secretsManagerCredentials`); locally it is
 * held in memory by the stack (`memoryCredentials`).
 */
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import * as z from 'zod/mini';

export const ZaloCredentials = z.object({
  appId: z.string().check(z.minLength(1)),
  secretKey: z.string().check(z.minLength(1)),
  refreshToken: z.string().check(z.minLength(1)),
  accessToken: z.optional(z.string().check(z.minLength(1))),
  /** ISO instant the access token stops working. */
  accessTokenExpiresAt: z.optional(z.string()),
});
export type ZaloCredentials = z.infer<typeof ZaloCredentials>;

export interface ZaloCredentialStore {
  read(): Promise<ZaloCredentials>;
  write(credentials: ZaloCredentials): Promise<void>;
}

/** The secret's value is the JSON of ZaloCredentials; anything else is an operator's problem. */
export class ZaloCredentialsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ZaloCredentialsError';
  }
}

export function secretsManagerCredentials(
  client: SecretsManagerClient,
  secretId: string,
): ZaloCredentialStore {
  return {
    async read() {
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      let value: unknown;
      try {
        value = JSON.parse(SecretString ?? '');
      } catch (error) {
        throw new ZaloCredentialsError('The Zalo secret is not JSON', { cause: error });
      }
      const parsed = ZaloCredentials.safeParse(value);
      if (!parsed.success)
        throw new ZaloCredentialsError(
          `The Zalo secret lacks ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
        );
      return parsed.data;
    },
    async write(credentials) {
      await client.send(
        new PutSecretValueCommand({ SecretId: secretId, SecretString: JSON.stringify(credentials) }),
      );
    },
  };
}

export function memoryCredentials(
  initial: ZaloCredentials,
): ZaloCredentialStore & { current(): ZaloCredentials } {
  let value = { ...initial };
  return {
    read: async () => ({ ...value }),
    write: async (credentials) => {
      value = { ...credentials };
    },
    current: () => ({ ...value }),
  };
}
