/**
 * "Overdue" in the statistics aggregates, kept without walking the overdue backlog on a read.
 * Each council has an overdue threshold (statistics-repository.ts): its rows count a petition
 * as overdue if it was open past its deadline at the threshold; GET /v1/statistics adds those
 * whose deadline fell between the threshold and now, one Query of a bounded range of the
 * deadline index (gsi3), at most the deadlines passed since the job last ran.
 *
 * The deadlines job moves the threshold forward (advanceOverdue): it sets the new threshold
 * first, then recounts every open petition whose deadline fell between the last completed
 * threshold and the new one (the same range of gsi3), then marks the new one completed. The
 * stream's count of a change reads the threshold after the petition's record, so a count made
 * against the older threshold meets a record the recount changed, and is retried. A recount
 * that failed half-way is finished by the next run (from `completed`); a recount repeated
 * counts nothing twice (the record holds the contribution). A rebuild sets the threshold to
 * its own instant. Between setting the threshold and finishing the recount (seconds) the
 * petitions not yet recounted are missing from the figure.
 */
import { ConflictError } from '../../../shared/errors.ts';
import type { Repositories } from '../data/index.ts';
import { TransactionConflictError } from '../data/transactions.ts';
import { countPetitionChange } from './count-change.ts';

export interface OverdueAdvance {
  councilId: string;
  /** Open petitions whose deadline fell in the range recounted. */
  recounted: number;
  /** Of them, those whose figures moved. */
  counted: number;
}

/** Recounts one petition at its current version; a concurrent count is retried. */
async function recount(repos: Repositories, code: string): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const petition = await repos.petitions.get(code);
    if (!petition) return false;
    try {
      const outcome = await countPetitionChange(
        repos,
        { code, version: petition.version, petition },
        { recount: true },
      );
      return outcome === 'counted';
    } catch (error) {
      const concurrent = error instanceof ConflictError || error instanceof TransactionConflictError;
      if (!concurrent || attempt >= 5) throw error;
    }
  }
}

/** Moves one council's overdue threshold to `now`, recounting the petitions it passes. */
export async function advanceOverdue(
  repos: Repositories,
  councilId: string,
  now: Date,
): Promise<OverdueAdvance> {
  const threshold = now.toISOString();
  const previous = await repos.statistics.overdueThreshold(councilId);
  if (previous && previous.completed >= threshold) return { councilId, recounted: 0, counted: 0 };
  const completed = previous?.completed ?? '';
  await repos.statistics.setOverdueThreshold(councilId, { threshold, completed });
  // Deadlines in [completed, threshold): overdue at the new threshold, not at the completed one.
  const crossed = await repos.petitions.listOverdue(councilId, now, completed || undefined);
  let counted = 0;
  for (const petition of crossed) if (await recount(repos, petition.code)) counted++;
  await repos.statistics.setOverdueThreshold(councilId, { threshold, completed: threshold });
  return { councilId, recounted: crossed.length, counted };
}

/** Every council's threshold moved to `now` (the deadlines job, daily on AWS, hourly locally). */
export async function advanceOverdueEverywhere(repos: Repositories, now: Date): Promise<OverdueAdvance[]> {
  const reference = await repos.reference.load({ fresh: true });
  const advances: OverdueAdvance[] = [];
  for (const council of reference.records.councils)
    advances.push(await advanceOverdue(repos, council.id, now));
  return advances;
}
