/**
 * The petitions merged into a primary, as the notifier needs them when the primary is answered:
 * every petition whose submitter is waiting on this primary's answer, each once.
 *
 * The links are the "merged" events' entries on gsi1 (PetitionRepository.listMergedCodes), and a
 * GSI read is eventually consistent. A merge re-points the petitions already merged into a
 * duplicate at the new primary (merge.ts), but it reads those links from the index, so a link
 * written a second before may be missed and its petition left pointing at the duplicate. Following
 * the links transitively makes that harmless: A merged into B, B into C, C answered → B is found
 * under C, A under B (or under C, once re-pointed), and both are told once.
 */
import type { Petition } from '../../../shared/schemas/index.ts';
import type { PetitionRepository } from '../data/petition-repository.ts';

/**
 * One transaction holds at most 100 items: the primary, and per merged petition its item, its
 * "merged" event (which carries the link to the primary) and its contact (whose retention starts
 * with the merge). The notifier follows merged petitions' own links at most this many levels deep.
 */
export const MAX_MERGED = 24;

/**
 * Every petition merged into `primaryCode`, directly or through petitions merged into it since:
 * a petition counts when it is `merged` into the primary or into one that counts (a link left
 * behind by a petition merged again elsewhere does not). Breadth first, at most MAX_MERGED levels.
 */
export async function petitionsMergedInto(
  petitions: Pick<PetitionRepository, 'get' | 'listMergedCodes'>,
  primaryCode: string,
): Promise<Petition[]> {
  const found: Petition[] = [];
  const seen = new Set([primaryCode]);
  let level = [primaryCode];
  for (let depth = 0; depth < MAX_MERGED && level.length > 0; depth++) {
    const next: string[] = [];
    for (const code of level) {
      for (const mergedCode of await petitions.listMergedCodes(code)) {
        if (seen.has(mergedCode)) continue;
        const merged = await petitions.get(mergedCode);
        if (merged?.status !== 'merged' || !merged.mergedInto || !seen.has(merged.mergedInto)) continue;
        seen.add(mergedCode);
        found.push(merged);
        next.push(mergedCode);
      }
    }
    level = next;
  }
  return found;
}
