/**
 * Oversight on the staff API (functions/staff-api/routes/oversight.ts): activities, follow-up
 * items and their actions, the agency's combined queue and a delegate group's items.
 */
import type {
  FollowUpEvent,
  FollowUpItem,
  OversightActivity,
  Petition,
} from '../../../../shared/schemas/index.ts';
import type { AgencyQueueKind, FollowUpStatus } from '../../../../shared/vocabulary.ts';
import type { ApiClient } from './client.ts';
import type { Page, PageRequest } from './staff-api.ts';

const enc = encodeURIComponent;

export type ListedItem = FollowUpItem & { overdue: boolean };
export type AgencyWork =
  | { kind: 'petition'; petition: Petition & { overdue: boolean } }
  | { kind: 'follow_up'; item: ListedItem };

export interface FollowUpView {
  item: ListedItem;
  timeline: FollowUpEvent[];
  actions: ('report' | 'reportDone' | 'accept' | 'resupervise' | 'note')[];
}

export function oversightApi(client: ApiClient) {
  const item = (id: string, action?: string) => `/v1/follow-ups/${enc(id)}${action ? `/${action}` : ''}`;
  return {
    activities: (councilId: string, year: number) =>
      client.get<{ items: OversightActivity[] }>('/v1/oversight', { council: councilId, year: String(year) }),
    activity: (id: string) =>
      client.get<{ activity: OversightActivity; items: ListedItem[] }>(`/v1/oversight/${enc(id)}`),
    createActivity: (body: Record<string, unknown>) =>
      client.post<{ activity: OversightActivity }>('/v1/oversight', body),
    editActivity: (id: string, body: Record<string, unknown>) =>
      client.put<{ activity: OversightActivity }>(`/v1/oversight/${enc(id)}`, body),
    sourceItems: (councilId: string, sourceKind: string, sourceId: string) =>
      client.get<{ items: ListedItem[] }>(`/v1/councils/${enc(councilId)}/follow-ups`, {
        sourceKind,
        sourceId,
      }),
    createItem: (councilId: string, body: Record<string, unknown>) =>
      client.post<{ item: FollowUpItem }>(`/v1/councils/${enc(councilId)}/follow-ups`, body),
    item: (id: string) => client.get<FollowUpView>(item(id)),
    report: (id: string, body: Record<string, unknown>) =>
      client.post<{ item: FollowUpItem }>(item(id, 'progress'), body),
    accept: (id: string, body: Record<string, unknown>) =>
      client.post<{ item: FollowUpItem }>(item(id, 'accept'), body),
    resupervise: (id: string, body: Record<string, unknown>) =>
      client.post<{ item: FollowUpItem }>(item(id, 'resupervise'), body),
    note: (id: string, body: Record<string, unknown>) =>
      client.post<{ event: FollowUpEvent }>(item(id, 'notes'), body),
    agencyItems: (agencyId: string, status: FollowUpStatus, page: PageRequest = {}) =>
      client.get<Page<ListedItem>>(`/v1/agencies/${enc(agencyId)}/follow-ups`, { status, ...page }),
    agencyWork: (agencyId: string, kind: AgencyQueueKind, page: PageRequest = {}) =>
      client.get<Page<AgencyWork>>(`/v1/agencies/${enc(agencyId)}/work`, { kind, ...page }),
    groupItems: (groupId: string) =>
      client.get<{ items: ListedItem[] }>(`/v1/groups/${enc(groupId)}/follow-ups`),
  };
}

export type OversightApi = ReturnType<typeof oversightApi>;
