/**
 * Finding the primary petition to merge a duplicate into: a tracking code (any case, with
 * or without dashes) opens that petition; any other text matches the words of titles and
 * contents with diacritics and case ignored ("duong ngap" finds "Đường ngập"), over the
 * council's queues read page by page (the staff API has no text search route).
 */

import { matchesSearch } from '../../../../shared/text.ts';
import { isTrackingCode, parseTrackingCode } from '../../../../shared/tracking-code.ts';
import { PETITION_STATUSES, type PetitionStatus } from '../../../../shared/vocabulary.ts';

export interface Candidate {
  code: string;
  title: string;
  content: string;
  status: PetitionStatus;
}

export interface CandidateSource<T extends Candidate> {
  byCode(code: string): Promise<T | undefined>;
  page(status: PetitionStatus, cursor: string | undefined): Promise<{ items: T[]; nextCursor?: string }>;
}

/** A merged or rejected petition cannot take others in. */
const PRIMARY_STATUSES: readonly PetitionStatus[] = PETITION_STATUSES.filter(
  (s) => s !== 'merged' && s !== 'rejected',
);

export async function findPrimaryCandidates<T extends Candidate>(
  query: string,
  exceptCode: string,
  source: CandidateSource<T>,
  limits: { pagesPerStatus: number; results: number } = { pagesPerStatus: 5, results: 20 },
): Promise<T[]> {
  const text = query.trim();
  if (text === '') return [];
  if (isTrackingCode(text)) {
    const code = parseTrackingCode(text);
    if (code === exceptCode) return [];
    const found = await source.byCode(code);
    return found && PRIMARY_STATUSES.includes(found.status) ? [found] : [];
  }
  const found: T[] = [];
  for (const status of PRIMARY_STATUSES) {
    let cursor: string | undefined;
    for (let page = 0; page < limits.pagesPerStatus; page += 1) {
      const result = await source.page(status, cursor);
      for (const p of result.items) {
        if (p.code !== exceptCode && matchesSearch(`${p.title} ${p.content}`, text)) found.push(p);
        if (found.length >= limits.results) return found;
      }
      cursor = result.nextCursor;
      if (!cursor) break;
    }
  }
  return found;
}
