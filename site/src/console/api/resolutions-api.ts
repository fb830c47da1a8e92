/**
 * The secretariat's resolution and interpellation routes (functions/staff-api/routes/resolutions.ts).
 * Every edit carries the version the editor read: an older one is a 409.
 */
import type { Interpellation, Resolution, SessionAgenda } from '../../../../shared/schemas/index.ts';
import type { ApiClient } from './client.ts';
import type { Page } from './staff-api.ts';

const enc = encodeURIComponent;

export type Draft = Record<string, unknown>;

export interface SessionResults {
  sessionId: string;
  resolutions: Resolution[];
  interpellations: Interpellation[];
}

export function resolutionsApi(client: ApiClient) {
  return {
    /** The council's resolutions, newest first (to pick the ones a resolution amends or repeals). */
    list: (councilId: string) =>
      client.get<Page<Resolution>>('/v1/resolutions', { council: councilId, limit: 200 }),
    get: (id: string) => client.get<{ resolution: Resolution }>(`/v1/resolutions/${enc(id)}`),
    create: (draft: Draft) => client.post<{ resolution: Resolution }>('/v1/resolutions', draft),
    edit: (id: string, draft: Draft) =>
      client.put<{ resolution: Resolution }>(`/v1/resolutions/${enc(id)}`, draft),
    getInterpellation: (id: string) =>
      client.get<{ interpellation: Interpellation }>(`/v1/interpellations/${enc(id)}`),
    createInterpellation: (draft: Draft) =>
      client.post<{ interpellation: Interpellation }>('/v1/interpellations', draft),
    editInterpellation: (id: string, draft: Draft) =>
      client.put<{ interpellation: Interpellation }>(`/v1/interpellations/${enc(id)}`, draft),
    /** The session's agenda (the sessions routes), to pick the item a resolution or interpellation came from. */
    agenda: (sessionId: string) =>
      client.get<{ agenda: SessionAgenda }>(`/v1/sessions/${enc(sessionId)}`).then((a) => a.agenda),
    sessionResults: (sessionId: string) =>
      client.get<SessionResults>(`/v1/sessions/${enc(sessionId)}/results`),
  };
}

export type ResolutionsApi = ReturnType<typeof resolutionsApi>;
