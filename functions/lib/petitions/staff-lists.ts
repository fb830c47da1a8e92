/**
 * The staff's lists of petitions, each read through an index (never a Scan):
 *   triage (a council's petitions by status, oldest or newest first) gsi2, counted per status
 *   a council's routed or in-progress petitions, nearest deadline    gsi3, filtered on the status
 *   an agency's queue by status, earliest deadline (overdue) first   gsi1
 *   an agency's "needs action" view, counted per view                gsi1 (agency-needs-action.ts)
 *   a delegate group's petitions: its communes and its meetings      gsi6, gsi4
 */
import { NotFoundError } from '../../../shared/errors.ts';
import type {
  CouncilQueueQuery,
  PageQuery,
  Petition,
  QueueQuery,
  StaffUser,
} from '../../../shared/schemas/index.ts';
import { isOverdue } from '../../../shared/status-machine.ts';
import { PETITION_STATUSES, type PetitionStatus } from '../../../shared/vocabulary.ts';
import { authorize, canManageCouncil, canReadAgencyQueue, canReadGroup } from '../auth/policy.ts';
import { countAgencyViews, readAgencyNeedsAction } from '../data/agency-needs-action.ts';
import type { Page, Repositories } from '../data/index.ts';
import { invalidCursor, readAllPages } from '../data/pagination.ts';
import { withOverdue } from './staff-view.ts';

export interface ListContext {
  repos: Repositories;
  user: StaffUser;
  now: Date;
}

type Listed = Petition & { overdue: boolean };

const pageOf = (page: Page<Petition>, now: Date): Page<Listed> => ({
  items: page.items.map((p) => withOverdue(p, now)),
  ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
});

async function requireCouncil(ctx: ListContext, councilId: string): Promise<void> {
  authorize(canManageCouncil(ctx.user, councilId));
  const ref = await ctx.repos.reference.load();
  if (!ref.councils.has(councilId)) throw new NotFoundError('field.unknownCouncil');
}

/** The secretariat's queue: "received" is triage, with the matrix's proposed body on each. */
export async function councilQueue(ctx: ListContext, councilId: string, query: CouncilQueueQuery) {
  await requireCouncil(ctx, councilId);
  const status = query.status ?? 'received';
  const { petitions } = ctx.repos;
  const page =
    query.sort === 'deadline'
      ? await petitions.listCouncilByDeadline(councilId, status, query)
      : await petitions.listCouncilQueue(councilId, status, query, { newestFirst: query.sort === 'newest' });
  return pageOf(page, ctx.now);
}

/** How many of the council's petitions are in each status (one COUNT Query per status). */
export async function councilCounts(ctx: ListContext, councilId: string) {
  await requireCouncil(ctx, councilId);
  const counts = await Promise.all(
    PETITION_STATUSES.map(
      async (s) => [s, await ctx.repos.petitions.countCouncilQueue(councilId, s)] as const,
    ),
  );
  return { counts: Object.fromEntries(counts) as Record<PetitionStatus, number> };
}

/** An agency's queue in one status; the index orders by deadline, so overdue ones come first. */
export async function agencyQueue(ctx: ListContext, agencyId: string, query: QueueQuery) {
  authorize(canReadAgencyQueue(ctx.user, agencyId));
  const page = await ctx.repos.petitions.listAgencyQueue(agencyId, query.status ?? 'routed', query);
  return pageOf(page, ctx.now);
}

/** The agency's "needs action" view: reopened or followed up first, then newly routed, each by deadline. */
export async function agencyNeedsAction(ctx: ListContext, agencyId: string, query: PageQuery) {
  authorize(canReadAgencyQueue(ctx.user, agencyId));
  return pageOf(await readAgencyNeedsAction(ctx.repos.petitions, agencyId, query), ctx.now);
}

/** How many petitions each of the agency's views lists (COUNT Queries, as the triage counts). */
export async function agencyCounts(ctx: ListContext, agencyId: string) {
  authorize(canReadAgencyQueue(ctx.user, agencyId));
  return { counts: await countAgencyViews(ctx.repos.db, agencyId) };
}

/** How many petitions a delegate's list gathers per commune or meeting, at most. */
const PER_SOURCE = 500;

/** Overdue first, then those the submitter found unsatisfying, then still open, newest first. */
function delegateOrder(now: Date) {
  const rank = (p: Petition) => (isOverdue(p, now) ? 0 : p.unsatisfied ? 1 : p.answer ? 3 : 2);
  return (a: Petition, b: Petition) => rank(a) - rank(b) || b.receivedAt.localeCompare(a.receivedAt);
}

/**
 * A delegate group's petitions: from the communes of its electoral unit (to its council),
 * and raised at its meetings. Anonymised by construction: petition items hold no contact.
 * Several index reads are merged and ordered here, so the page cursor is an offset.
 */
export async function groupPetitions(ctx: ListContext, groupId: string, query: QueueQuery) {
  const ref = await ctx.repos.reference.load();
  const group = ref.delegateGroups.get(groupId);
  if (!group) throw new NotFoundError('field.unknownGroup');
  authorize(canReadGroup(ctx.user, group));

  const byCode = new Map<string, Petition>();
  const communes = ref.electoralUnits.get(group.electoralUnitId)?.communeIds ?? [];
  for (const communeId of communes) {
    const items = await readAllPages(
      (cursor) => ctx.repos.petitions.listByCommune(communeId, { limit: 100, cursor }),
      PER_SOURCE,
    );
    for (const p of items) if (p.councilId === group.councilId) byCode.set(p.code, p);
  }
  const meetings = await readAllPages(
    (cursor) => ctx.repos.meetings.listByCouncil(group.councilId, {}, { limit: 200, cursor }),
    PER_SOURCE,
  );
  for (const meeting of meetings.filter((m) => m.groupId === group.id)) {
    const items = await readAllPages(
      (cursor) => ctx.repos.petitions.listByMeeting(meeting.id, { limit: 100, cursor }),
      PER_SOURCE,
    );
    for (const p of items) byCode.set(p.code, p);
  }

  const all = [...byCode.values()].filter((p) => p.status !== 'merged').sort(delegateOrder(ctx.now));
  const offset = decodeOffset(query.cursor);
  const items = all.slice(offset, offset + query.limit).map((p) => withOverdue(p, ctx.now));
  const next = offset + query.limit;
  return { items, ...(next < all.length ? { nextCursor: encodeOffset(next) } : {}) };
}

const encodeOffset = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalidCursor();
  return Number(match[1]);
}
