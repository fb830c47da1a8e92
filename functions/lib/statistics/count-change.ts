/**
 * Counts one change of a petition into its council's statistics aggregates, once: the
 * rows move by the difference between its contribution now and the one recorded for it
 * (statistics-repository.ts). A version not newer than the recorded one is a redelivered
 * or older change, and counts nothing; a change no figure depends on writes nothing.
 *
 * "Overdue" is counted against the council's overdue threshold (overdue.ts), read after the
 * record: the deadlines job moves the threshold before it recounts, so a count made against
 * an older threshold finds its record changed by the recount and is retried.
 */
import { sessionOf } from '../../../shared/publication.ts';
import type { Petition } from '../../../shared/schemas/index.ts';
import { aggregateDeltas, type Contribution, contributionOf } from '../../../shared/statistics-aggregate.ts';
import type { Repositories } from '../data/index.ts';

export type CountOutcome = 'counted' | 'unchanged' | 'already counted';

/** The contribution of a petition as it stands, with the session its meeting (or receipt date) reports it to. */
export async function contributionNow(
  repos: Repositories,
  petition: Petition,
  overdueThreshold?: string,
): Promise<Contribution> {
  const [reference, meeting] = await Promise.all([
    repos.reference.load(),
    petition.meetingId ? repos.meetings.get(petition.meetingId) : Promise.resolve(undefined),
  ]);
  return contributionOf(petition, sessionOf(petition, meeting, reference.records.sessions), overdueThreshold);
}

/**
 * `petition` is the petition after the change (undefined when it was deleted, at `version`).
 * With `recount`, the version the record holds is counted again (the deadlines job: the same
 * petition, now past its deadline at the threshold).
 */
export async function countPetitionChange(
  repos: Repositories,
  change: { code: string; version: number; petition: Petition | undefined },
  options: { recount?: boolean } = {},
): Promise<CountOutcome> {
  const counted = await repos.statistics.counted(change.code);
  if (
    counted &&
    (counted.version > change.version || (counted.version === change.version && !options.recount))
  )
    return 'already counted';
  const threshold = change.petition
    ? (await repos.statistics.overdueThreshold(change.petition.councilId))?.threshold
    : undefined;
  const contribution = change.petition ? await contributionNow(repos, change.petition, threshold) : undefined;
  const deltas = aggregateDeltas(counted?.contribution, contribution);
  // Nothing moves (an acknowledgement, a note): no write. A later change is still compared
  // with the recorded contribution, which equals this one.
  if (deltas.length === 0) return 'unchanged';
  await repos.statistics.record(
    change.code,
    counted,
    { version: change.version, ...(contribution ? { contribution } : {}) },
    deltas,
  );
  return 'counted';
}
