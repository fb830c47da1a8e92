/**
 * Staff search over a council's petitions, every status (issue #19 §3): GET
 * /v1/councils/{id}/petitions/search, its query and answer typed by shared/.
 */
import type { StaffSearchQuery } from '../../../../shared/schemas/index.ts';
import type { StaffSearchHit, StaffSearchResult } from '../../../../shared/search/staff-search-result.ts';
import type { ApiClient } from './client.ts';

export type SearchHit = StaffSearchHit;
export type SearchResult = StaffSearchResult;

export function searchApi(client: ApiClient) {
  return {
    petitions: (councilId: string, q: string, options: Pick<StaffSearchQuery, 'status' | 'cursor'> = {}) =>
      client.get<SearchResult>(`/v1/councils/${encodeURIComponent(councilId)}/petitions/search`, {
        q,
        ...(options.status ? { status: options.status } : {}),
        ...(options.cursor ? { cursor: options.cursor } : {}),
      }),
  };
}

export type SearchApi = ReturnType<typeof searchApi>;
