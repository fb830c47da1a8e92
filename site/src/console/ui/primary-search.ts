/**
 * Finding the primary petition to merge a duplicate into, through the staff search API
 * (GET /v1/councils/{id}/petitions/search: a tracking code, any case, with or without
 * dashes, finds that petition; words find petitions of every status, diacritics and case
 * ignored). Left out: the petition itself, and merged or rejected ones, which cannot take
 * others in. Pages are read until `results` candidates or `pages` pages.
 */
import type { PetitionStatus } from '../../../../shared/vocabulary.ts';
import type { SearchHit, SearchResult } from '../api/search-api.ts';

export type Candidate = SearchHit;

export type CandidateSearch = (query: string, cursor: string | undefined) => Promise<SearchResult>;

const NOT_PRIMARY: ReadonlySet<PetitionStatus> = new Set(['merged', 'rejected']);

export async function findPrimaryCandidates(
  query: string,
  exceptCode: string,
  search: CandidateSearch,
  limits: { pages: number; results: number } = { pages: 3, results: 20 },
): Promise<Candidate[]> {
  const text = query.trim();
  if (text === '') return [];
  const found: Candidate[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < limits.pages; page += 1) {
    const result = await search(text, cursor);
    for (const hit of result.items) {
      if (hit.code !== exceptCode && !NOT_PRIMARY.has(hit.status)) found.push(hit);
      if (found.length >= limits.results) return found;
    }
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return found;
}
