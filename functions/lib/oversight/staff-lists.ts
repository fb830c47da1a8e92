/**
 * The staff's lists of follow-up items, each through an index (never a Scan): an agency's
 * items by status (gsi1), its combined queue with its petitions (gsi1, merged by deadline), a
 * delegate group's items (its activities' on gsi4, its unit's communes' on gsi6).
 */
import { NotFoundError } from '../../../shared/errors.ts';
import { isFollowUpOverdue } from '../../../shared/follow-up-status.ts';
import type { AgencyWorkQuery, FollowUpItem, FollowUpQueueQuery } from '../../../shared/schemas/index.ts';
import { isOverdue } from '../../../shared/status-machine.ts';
import { authorize, canReadAgencyQueue, canReadGroup } from '../auth/policy.ts';
import { agencyWorkPartitions, readAgencyWork } from '../data/agency-work.ts';
import { oversightRepository } from '../data/oversight-repository.ts';
import { readAllPages } from '../data/pagination.ts';
import type { OversightContext } from './activities.ts';

const withOverdue = (i: FollowUpItem, now: Date) => ({ ...i, overdue: isFollowUpOverdue(i, now) });

export async function agencyFollowUps(ctx: OversightContext, agencyId: string, query: FollowUpQueueQuery) {
  authorize(canReadAgencyQueue(ctx.user, agencyId));
  const page = await oversightRepository(ctx.repos.db).listAgencyQueue(
    agencyId,
    query.status ?? 'open',
    query,
  );
  return { ...page, items: page.items.map((i) => withOverdue(i, ctx.now)) };
}

/** What waits for the agency, petitions and items together (or one kind), earliest deadline first. */
export async function agencyWork(ctx: OversightContext, agencyId: string, query: AgencyWorkQuery) {
  authorize(canReadAgencyQueue(ctx.user, agencyId));
  const partitions = agencyWorkPartitions(agencyId, {
    petitions: query.kind !== 'follow_ups',
    followUps: query.kind !== 'petitions',
  });
  const page = await readAgencyWork(ctx.repos.db, partitions, query);
  return {
    ...page,
    items: page.items.map((w) =>
      w.kind === 'petition'
        ? { kind: w.kind, petition: { ...w.petition, overdue: isOverdue(w.petition, ctx.now) } }
        : { kind: w.kind, item: withOverdue(w.item, ctx.now) },
    ),
  };
}

/** A delegate group's items: of its activities, and about its electoral unit's communes; overdue first. */
export async function groupFollowUps(ctx: OversightContext, groupId: string) {
  const ref = await ctx.repos.reference.load();
  const group = ref.delegateGroups.get(groupId);
  if (!group) throw new NotFoundError('field.unknownGroup');
  authorize(canReadGroup(ctx.user, group));
  const repo = oversightRepository(ctx.repos.db);
  const byId = new Map<string, FollowUpItem>();
  for (const i of await readAllPages((cursor) => repo.listByGroup(groupId, { limit: 200, cursor }), 1000))
    byId.set(i.id, i);
  for (const communeId of ref.electoralUnits.get(group.electoralUnitId)?.communeIds ?? []) {
    const items = await readAllPages((cursor) => repo.listByCommune(communeId, { limit: 200, cursor }), 1000);
    for (const i of items) if (i.councilId === group.councilId) byId.set(i.id, i);
  }
  const items = [...byId.values()]
    .map((i) => withOverdue(i, ctx.now))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.deadline.localeCompare(b.deadline));
  return { items };
}
