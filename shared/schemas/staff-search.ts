/** The query of GET /v1/councils/{id}/petitions/search (issue #19 §3): words or a code, a status, a page. */
import * as z from 'zod/mini';
import { PETITION_STATUSES } from '../vocabulary.ts';
import { inputString, optional, pageCursor } from './common.ts';

export const StaffSearchQuery = z.object({
  /** Words (diacritics and case ignored) or a tracking code; what is searchable is checked by the search. */
  q: inputString(200).check(z.refine((q) => q.trim() !== '', { error: 'staffSearch.noWords' })),
  status: z.optional(z.enum(PETITION_STATUSES, { error: 'field.invalidChoice' })),
  cursor: optional(pageCursor),
});
export type StaffSearchQuery = z.infer<typeof StaffSearchQuery>;
