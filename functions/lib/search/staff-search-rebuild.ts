/**
 * Indexes every petition of every council for staff search, as the stream would: after a bulk
 * load (the demo seed, the bench's scale table) or to repair the index. A walk over every
 * petition (each council's status index): never on a request path. What is indexed already at
 * the petition's version is skipped, so a second run writes nothing.
 */
import { PETITION_STATUSES } from '../../../shared/status-machine.ts';
import type { Repositories } from '../data/index.ts';
import { readAllPages } from '../data/pagination.ts';
import { indexPetitionChange } from './staff-index.ts';

export async function rebuildStaffSearch(repos: Repositories): Promise<{ petitions: number }> {
  const reference = await repos.reference.load();
  const deps = { db: repos.db, reference: async () => reference };
  let petitions = 0;
  for (const councilId of reference.councils.keys()) {
    for (const status of PETITION_STATUSES) {
      const page = await readAllPages((cursor) =>
        repos.petitions.listCouncilQueue(councilId, status, { limit: 100, ...(cursor ? { cursor } : {}) }),
      );
      for (const petition of page) {
        await indexPetitionChange(deps, { code: petition.code, version: petition.version, petition });
        petitions += 1;
      }
    }
  }
  return { petitions };
}
