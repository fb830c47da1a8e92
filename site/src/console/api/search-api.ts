/**
 * Staff search over a council's petitions, every status (issue #19 §3): GET
 * /v1/councils/{id}/petitions/search. The shapes mirror functions/lib/search/staff-search.ts.
 */
import type { PetitionStatus } from '../../../../shared/vocabulary.ts';
import type { ApiClient } from './client.ts';

export interface SearchHit {
  code: string;
  title: string;
  status: PetitionStatus;
  agencyId?: string;
  communeId: string;
  fieldId: string;
  receivedAt: string;
  /** The query's words it holds, normalised (no tone marks, đ as d). */
  matched: string[];
}

export interface SearchResult {
  words: string[];
  items: SearchHit[];
  nextCursor?: string;
}

export function searchApi(client: ApiClient) {
  return {
    petitions: (councilId: string, q: string, options: { status?: PetitionStatus; cursor?: string } = {}) =>
      client.get<SearchResult>(`/v1/councils/${encodeURIComponent(councilId)}/petitions/search`, {
        q,
        ...(options.status ? { status: options.status } : {}),
        ...(options.cursor ? { cursor: options.cursor } : {}),
      }),
  };
}

export type SearchApi = ReturnType<typeof searchApi>;
