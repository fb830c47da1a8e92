/**
 * The admin's Open311 API keys (functions/staff-api/routes/api-keys.ts): list, issue (the
 * answer is the only place the clear key ever appears) and revoke.
 */
import type { ApiKey, ApiKeyInput } from '../../../../shared/schemas/index.ts';
import type { ApiClient } from './client.ts';

export interface IssuedApiKey {
  /** The clear key: shown once, kept nowhere. */
  key: string;
  apiKey: ApiKey;
}

export function apiKeysApi(client: ApiClient) {
  return {
    list: () => client.get<{ items: ApiKey[] }>('/v1/api-keys'),
    issue: (input: ApiKeyInput) => client.post<IssuedApiKey>('/v1/api-keys', input),
    revoke: (id: string) => client.post<{ apiKey: ApiKey }>(`/v1/api-keys/${encodeURIComponent(id)}/revoke`),
  };
}
