/**
 * The staff routes of the desk (issue #20): the holiday calendar, an agency's answer
 * templates, bulk actions, the secretariat's all-open view and one petition entered from
 * post, phone or a reception.
 */
import type { AnswerTemplate, HolidayDay, HolidayYear } from '../../../../shared/schemas/index.ts';
import type { ApiClient } from './client.ts';
import type { ListedPetition, Page, PageRequest } from './staff-api.ts';

const enc = encodeURIComponent;

export interface OpenFilters {
  status?: string;
  agency?: string;
  field?: string;
  commune?: string;
  overdue?: string;
}

export interface BulkOutcome {
  done: ListedPetition[];
  failed: { code: string; error: string; message: string }[];
}

export function deskApi(client: ApiClient) {
  return {
    holidays: () => client.get<{ items: HolidayYear[] }>('/v1/holidays'),
    saveHolidays: (year: number, days: HolidayDay[]) =>
      client.put<{ year: HolidayYear }>(`/v1/holidays/${year}`, { days }),
    templates: (agencyId: string) =>
      client.get<{ items: AnswerTemplate[] }>(`/v1/agencies/${enc(agencyId)}/templates`),
    createTemplate: (agencyId: string, body: Record<string, unknown>) =>
      client.post<{ template: AnswerTemplate }>(`/v1/agencies/${enc(agencyId)}/templates`, body),
    editTemplate: (agencyId: string, id: string, body: Record<string, unknown>) =>
      client.put<{ template: AnswerTemplate }>(`/v1/agencies/${enc(agencyId)}/templates/${enc(id)}`, body),
    deleteTemplate: (agencyId: string, id: string, version: number) =>
      client.post<{ deleted: string }>(`/v1/agencies/${enc(agencyId)}/templates/${enc(id)}/delete`, {
        version,
      }),
    bulk: (body: Record<string, unknown>) => client.post<BulkOutcome>('/v1/petitions/bulk', body),
    openPetitions: (councilId: string, filters: OpenFilters, page: PageRequest = {}) =>
      client.get<Page<ListedPetition>>(`/v1/councils/${enc(councilId)}/open-petitions`, {
        ...filters,
        ...page,
      }),
    enterOne: (councilId: string, body: Record<string, unknown>) =>
      client.post<{ petition: ListedPetition }>(`/v1/councils/${enc(councilId)}/petitions`, body),
  };
}
