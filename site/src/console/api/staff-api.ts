/**
 * The staff API's routes as functions (functions/staff-api/routes/*.ts), typed with the
 * shared schemas' types. Type-only imports: no zod in the browser bundle.
 */

import type {
  Agency,
  AnswerInput,
  AuditRecord,
  Council,
  CouncilSettings,
  DelegateGroup,
  ElectoralUnit,
  Petition,
  RoadmapInput,
  RoutingRule,
  RoutingRuleInput,
  StaffUser,
  TimelineEvent,
} from '../../../../shared/schemas/index.ts';
import type { StaffPetitionView } from '../../../../shared/staff-petition-view.ts';
import type { PetitionStatus } from '../../../../shared/status-machine.ts';
import type { AgencyView, QueueOrder } from '../../../../shared/vocabulary.ts';
import { attachmentsApi } from './attachments-api.ts';
import type { ApiClient } from './client.ts';
import { deskApi } from './desk-api.ts';
import { searchApi } from './search-api.ts';

export type ListedPetition = Petition & { overdue: boolean };

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface PageRequest {
  cursor?: string | undefined;
  limit?: number;
}

export type { StaffPetitionView };

export interface Me {
  user: StaffUser;
  council?: Council;
  agency?: Agency;
  group?: DelegateGroup;
  electoralUnit?: ElectoralUnit;
}

const enc = encodeURIComponent;
const petitionPath = (code: string, action?: string) =>
  `/v1/petitions/${enc(code)}${action ? `/${action}` : ''}`;

export function staffApi(client: ApiClient) {
  const act = (code: string, action: string, body?: unknown) =>
    client.post<{ petition: ListedPetition }>(petitionPath(code, action), body);
  return {
    me: () => client.get<Me>('/v1/me'),

    petition: (code: string) => client.get<StaffPetitionView>(petitionPath(code)),
    route: (code: string, input: { agencyId: string; reason?: string }) => act(code, 'route', input),
    /** Merges `codes` into the primary `code`. */
    merge: (primary: string, codes: string[]) =>
      client.post<{ primary: ListedPetition; merged: Petition[] }>(petitionPath(primary, 'merge'), { codes }),
    reject: (code: string, reason: string) => act(code, 'reject', { reason }),
    close: (code: string, reason?: string) => act(code, 'close', reason ? { reason } : {}),
    acknowledge: (code: string, reason?: string) => act(code, 'acknowledge', reason ? { reason } : {}),
    roadmap: (code: string, input: RoadmapInput) => act(code, 'roadmap', input),
    answer: (code: string, input: AnswerInput) => act(code, 'answer', input),
    returnPetition: (code: string, reason: string) => act(code, 'return', { reason }),
    followUp: (code: string, note: string) =>
      client.post<{ event: TimelineEvent }>(petitionPath(code, 'follow-up'), { note }),

    /** Petitions raised at one meeting, entered together; all are checked before any is written. */
    enterPetitions: (councilId: string, entry: { meetingId?: string | undefined; petitions: unknown[] }) =>
      client.post<{ codes: string[]; petitions: Petition[] }>(
        `/v1/councils/${enc(councilId)}/petitions/batch`,
        entry,
      ),

    councilQueue: (councilId: string, status: PetitionStatus, page: PageRequest = {}, sort?: QueueOrder) =>
      client.get<Page<ListedPetition>>(`/v1/councils/${enc(councilId)}/petitions`, {
        status,
        ...(sort ? { sort } : {}),
        ...page,
      }),
    /** How many of the council's petitions are in each status. */
    councilCounts: (councilId: string) =>
      client.get<{ counts: Record<PetitionStatus, number> }>(
        `/v1/councils/${enc(councilId)}/petitions/counts`,
      ),
    agencyQueue: (agencyId: string, status: PetitionStatus, page: PageRequest = {}) =>
      client.get<Page<ListedPetition>>(`/v1/agencies/${enc(agencyId)}/petitions`, { status, ...page }),
    /** Reopened or followed-up petitions first, then newly routed ones (the queue's first view). */
    agencyNeedsAction: (agencyId: string, page: PageRequest = {}) =>
      client.get<Page<ListedPetition>>(`/v1/agencies/${enc(agencyId)}/petitions/needs-action`, { ...page }),
    /** How many petitions each view of the agency's queue lists. */
    agencyCounts: (agencyId: string) =>
      client.get<{ counts: Record<AgencyView, number> }>(`/v1/agencies/${enc(agencyId)}/petitions/counts`),
    groupPetitions: (groupId: string, page: PageRequest = {}) =>
      client.get<Page<ListedPetition>>(`/v1/groups/${enc(groupId)}/petitions`, { ...page }),

    agencies: () => client.get<{ items: Agency[] }>('/v1/agencies'),
    createAgency: (agency: Agency) => client.post<{ agency: Agency }>('/v1/agencies', agency),
    updateAgency: (id: string, agency: Omit<Agency, 'id'>) =>
      client.put<{ agency: Agency }>(`/v1/agencies/${enc(id)}`, agency),

    council: (councilId: string) => client.get<{ council: Council }>(`/v1/councils/${enc(councilId)}`),
    saveSettings: (councilId: string, settings: CouncilSettings) =>
      client.put<{ council: Council }>(`/v1/councils/${enc(councilId)}/settings`, settings),
    routingRules: (councilId: string) =>
      client.get<{ items: RoutingRule[] }>(`/v1/councils/${enc(councilId)}/routing-rules`),
    createRule: (councilId: string, rule: RoutingRuleInput) =>
      client.post<{ rule: RoutingRule }>(`/v1/councils/${enc(councilId)}/routing-rules`, rule),
    updateRule: (councilId: string, ruleId: string, rule: Omit<RoutingRuleInput, 'id'>) =>
      client.put<{ rule: RoutingRule }>(`/v1/councils/${enc(councilId)}/routing-rules/${enc(ruleId)}`, rule),

    /** Staff reads of contacts: one council's, by petition, by member of staff or by period. */
    audit: (filter: Record<string, string>) =>
      client.get<{ items: AuditRecord[]; truncated: boolean; from: string; to: string }>('/v1/audit', filter),

    /** Holidays, answer templates, bulk actions, the all-open view, one petition at the desk. */
    desk: deskApi(client),
    /** Staff search by words or code over the council's petitions (issue #19 §3). */
    search: searchApi(client),
    /** A petition's files, the publishable flag, the agency's signed answer. */
    attachments: attachmentsApi(client),
  };
}

export type StaffApi = ReturnType<typeof staffApi>;
