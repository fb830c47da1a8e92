/**
 * Issuing, checking and revoking Open311 API keys. A key is 32 random bytes (base64url)
 * behind a recognisable prefix; only its SHA-256 is kept, so a copy of the table gives no
 * usable key. The clear key exists only in the answer to its issue.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ForbiddenError } from '../../../shared/errors.ts';
import type { ApiKey, ApiKeyInput } from '../../../shared/schemas/index.ts';
import { apiKeyIdOf } from '../data/api-key-repository.ts';
import type { Repositories } from '../data/index.ts';

const KEY_PREFIX = 'o311_';
/** Longer than any key we issue: a longer string is not hashed at all. */
const MAX_KEY_LENGTH = 128;

export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export interface IssuedApiKey {
  key: string;
  apiKey: ApiKey;
}

export async function issueApiKey(
  repos: Repositories,
  input: ApiKeyInput,
  issuedBy: string,
  now: Date,
): Promise<IssuedApiKey> {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const keyHash = hashApiKey(key);
  const apiKey: ApiKey = {
    id: apiKeyIdOf(keyHash),
    integrator: input.integrator,
    hourlyLimit: input.hourlyLimit,
    prefix: key.slice(0, KEY_PREFIX.length + 4),
    issuedAt: now.toISOString(),
    issuedBy,
  };
  await repos.apiKeys.create(keyHash, apiKey);
  return { key, apiKey };
}

/** The key's record, or a 403 (the spec's answer to a missing or invalid api_key). */
export async function authenticateApiKey(repos: Repositories, key: unknown): Promise<ApiKey> {
  if (typeof key !== 'string' || key.trim() === '') throw new ForbiddenError('open311.apiKeyMissing');
  if (key.length > MAX_KEY_LENGTH) throw new ForbiddenError('open311.apiKeyInvalid');
  const apiKey = await repos.apiKeys.findByHash(hashApiKey(key.trim()));
  if (!apiKey || apiKey.revokedAt) throw new ForbiddenError('open311.apiKeyInvalid');
  return apiKey;
}
