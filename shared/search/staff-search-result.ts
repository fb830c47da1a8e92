/**
 * What GET /v1/councils/{id}/petitions/search answers (issue #19 §3): written by
 * functions/lib/search/staff-search.ts, read by the console's search panel.
 */
import type { PetitionStatus } from '../vocabulary.ts';

export interface StaffSearchHit {
  code: string;
  title: string;
  status: PetitionStatus;
  agencyId?: string;
  communeId: string;
  fieldId: string;
  receivedAt: string;
  /** The query's words this petition holds (normalised: no tone marks, đ as d), for marking. */
  matched: string[];
}

export interface StaffSearchResult {
  /** The words looked up, normalised (the code's word for a code). */
  words: string[];
  items: StaffSearchHit[];
  nextCursor?: string;
}
