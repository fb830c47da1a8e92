/** The query of GET /v1/petitions/similar: what the citizen has typed so far, and where. */
import * as z from 'zod/mini';
import { id, inputString } from './common.ts';

export const SimilarPetitionsQuery = z.object({
  /** The title as typed so far (any length: too little to search gives no suggestions). */
  q: inputString(200),
  commune: id,
  field: id,
});
export type SimilarPetitionsQuery = z.infer<typeof SimilarPetitionsQuery>;

/** One suggestion: public fields only. */
export interface SimilarPetition {
  code: string;
  title: string;
  status: string;
}
