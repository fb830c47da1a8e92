/**
 * Recomputes the statistics aggregates from the petitions themselves, for repair (`npm run
 * stats:rebuild`) and after a bulk load (the demo seed): every petition of each council read
 * through its status index, its contribution computed as the stream aggregator would (overdue
 * as of now, which becomes the council's overdue threshold: overdue.ts), the rows and each
 * petition's record written whole, and rows nothing counts any more deleted. A walk
 * over every petition: never on a request path. Run it when no petition is changing (a change
 * counted by the stream while it runs may be overwritten by the recomputed figure, until the
 * next change of that petition).
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { sessionOf } from '../../../shared/publication.ts';
import type { Meeting, Petition } from '../../../shared/schemas/index.ts';
import { contributionOf, sumContributions } from '../../../shared/statistics-aggregate.ts';
import { PETITION_STATUSES } from '../../../shared/status-machine.ts';
import type { Repositories } from '../data/index.ts';
import { readAllPages } from '../data/pagination.ts';
import { statisticsKeys } from '../data/statistics-keys.ts';

type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Record<string, unknown> } };

async function writeAll(repos: Repositories, requests: WriteRequest[]): Promise<void> {
  const { db } = repos;
  for (let start = 0; start < requests.length; start += 25) {
    let pending = requests.slice(start, start + 25);
    for (let attempt = 1; pending.length; attempt++) {
      if (attempt > 10) throw new Error('BatchWriteItem left items unprocessed after retries');
      const result = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: pending } }));
      pending = (result.UnprocessedItems?.[db.tableName] ?? []) as WriteRequest[];
      if (pending.length) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 10));
    }
  }
}

async function petitionsOf(repos: Repositories, councilId: string): Promise<Petition[]> {
  const perStatus = await Promise.all(
    PETITION_STATUSES.map((status) =>
      readAllPages((cursor) =>
        repos.petitions.listCouncilQueue(councilId, status, { limit: 100, ...(cursor ? { cursor } : {}) }),
      ),
    ),
  );
  return perStatus.flat();
}

/**
 * The rows and records of one council's petitions, as the aggregator writes them, overdue
 * as of `overdueThreshold`, and the council's threshold item at it (overdue.ts).
 */
export function aggregateItems(
  councilId: string,
  petitions: readonly Petition[],
  sessionsOf: (petition: Petition) => ReturnType<typeof sessionOf>,
  overdueThreshold: string,
): Record<string, unknown>[] {
  const counted = petitions.map((petition) => ({
    petition,
    contribution: contributionOf(petition, sessionsOf(petition), overdueThreshold),
  }));
  const rows = sumContributions(counted.map((c) => c.contribution)).map((d) => ({
    pk: statisticsKeys.pk(councilId),
    sk: d.row,
    entity: 'statistics',
    ...d.counts,
  }));
  const records = counted.map(({ petition, contribution }) => ({
    pk: statisticsKeys.countedPk(petition.code),
    sk: statisticsKeys.countedSk,
    entity: 'statistics-counted',
    version: petition.version,
    contribution,
  }));
  const threshold = {
    pk: statisticsKeys.overduePk(councilId),
    sk: statisticsKeys.overdueSk,
    entity: 'statistics-overdue',
    threshold: overdueThreshold,
    completed: overdueThreshold,
  };
  return [...rows, ...records, threshold];
}

/** Writes items with BatchWriteItem (the rebuild and the bench's bulk load). */
export const putAll = (repos: Repositories, items: Record<string, unknown>[]) =>
  writeAll(
    repos,
    items.map((Item) => ({ PutRequest: { Item } })),
  );

export async function rebuildStatistics(
  repos: Repositories,
  now: Date = new Date(),
): Promise<{ councils: number; petitions: number }> {
  const reference = await repos.reference.load({ fresh: true });
  let total = 0;
  for (const council of reference.records.councils) {
    const [petitions, meetings] = await Promise.all([
      petitionsOf(repos, council.id),
      readAllPages<Meeting>((cursor) =>
        repos.meetings.listByCouncil(council.id, {}, { limit: 200, ...(cursor ? { cursor } : {}) }),
      ),
    ]);
    const byId = new Map(meetings.map((m) => [m.id, m]));
    const items = aggregateItems(
      council.id,
      petitions,
      (p) => sessionOf(p, p.meetingId ? byId.get(p.meetingId) : undefined, reference.records.sessions),
      now.toISOString(),
    );
    const kept = new Set(items.map((i) => `${i.pk}\u0000${i.sk}`));
    const stale = (await repos.statistics.rows(council.id, ''))
      .map((r) => ({ pk: statisticsKeys.pk(council.id), sk: r.row }))
      .filter((key) => !kept.has(`${key.pk}\u0000${key.sk}`));
    await writeAll(repos, [
      ...items.map((Item) => ({ PutRequest: { Item } })),
      ...stale.map((Key) => ({ DeleteRequest: { Key } })),
    ]);
    total += petitions.length;
  }
  return { councils: reference.records.councils.length, petitions: total };
}
