/**
 * The secretariat's session routes (functions/staff-api/routes/sessions.ts): plan a session,
 * edit it and its agenda, enter views from a meeting, moderate online views. Every change
 * carries the `version` the editor read: an older one is a 409.
 */
import type { CouncilSession, SessionAgenda, SessionView } from '../../../../shared/schemas/index.ts';
import type { ApiClient } from './client.ts';

const enc = encodeURIComponent;

export interface SessionDetail {
  session: CouncilSession;
  agenda: SessionAgenda;
  views: SessionView[];
}

export function sessionsApi(client: ApiClient) {
  return {
    /** The council's sessions (its structure route: every session, however old). */
    list: (councilId: string) =>
      client.get<{ items: CouncilSession[] }>(`/v1/councils/${enc(councilId)}/sessions`),
    plan: (body: Record<string, unknown>) => client.post<{ session: CouncilSession }>('/v1/sessions', body),
    get: (id: string) => client.get<SessionDetail>(`/v1/sessions/${enc(id)}`),
    edit: (id: string, body: Record<string, unknown>) =>
      client.put<{ session: CouncilSession }>(`/v1/sessions/${enc(id)}`, body),
    saveAgenda: (id: string, body: Record<string, unknown>) =>
      client.put<{ agenda: SessionAgenda }>(`/v1/sessions/${enc(id)}/agenda`, body),
    enterView: (id: string, body: Record<string, unknown>) =>
      client.post<{ view: SessionView }>(`/v1/sessions/${enc(id)}/views`, body),
    publish: (id: string, viewId: string, version: number) =>
      client.post<{ view: SessionView }>(`/v1/sessions/${enc(id)}/views/${enc(viewId)}/publish`, { version }),
    reject: (id: string, viewId: string, reason: string, version: number) =>
      client.post<{ view: SessionView }>(`/v1/sessions/${enc(id)}/views/${enc(viewId)}/reject`, {
        reason,
        version,
      }),
  };
}

export type SessionsApi = ReturnType<typeof sessionsApi>;
