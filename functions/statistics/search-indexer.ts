/**
 * The staff search index follows the same stream records as the statistics (petition items
 * only, in order, NEW_AND_OLD_IMAGES: petition-change-stream.ts): each change is indexed once
 * by functions/lib/search/staff-index.ts.
 */
import type { Repositories } from '../lib/data/index.ts';
import { indexPetitionChange } from '../lib/search/staff-index.ts';
import { applyPetitionChangesInOrder } from './petition-change-stream.ts';

export function createStaffSearchIndexer(options: { repos: Repositories }) {
  const deps = { db: options.repos.db, reference: () => options.repos.reference.load() };
  return applyPetitionChangesInOrder('staff search', (change) => indexPetitionChange(deps, change));
}
