/**
 * What the public sees of oversight: activities with their conclusion, and each item's body,
 * deadline, status, progress reports and whether it was done on time. Built from the stored
 * shapes by picking fields, so that nothing added later (staff notes live apart anyway, under
 * NOTE#) leaks by default: no actor, no note, no reason, no version.
 */
import { NotFoundError } from '../../../shared/errors.ts';
import { completedOnTime, isFollowUpOverdue } from '../../../shared/follow-up-status.ts';
import type { FollowUpItem, OversightActivity, OversightListQuery } from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';
import { oversightRepository } from '../data/oversight-repository.ts';
import { readAllPages } from '../data/pagination.ts';
import { itemsOfSource } from './follow-ups.ts';
import { progressReport } from './progress-report.ts';

export function publicActivity(a: OversightActivity) {
  return {
    id: a.id,
    councilId: a.councilId,
    kind: a.kind,
    conductedBy: a.conductedBy,
    title: a.title,
    subject: a.subject,
    agencyIds: a.agencyIds,
    startsOn: a.startsOn,
    ...(a.endsOn ? { endsOn: a.endsOn } : {}),
    status: a.status,
    ...(a.conclusion ? { conclusion: a.conclusion } : {}),
    updatedAt: a.updatedAt,
  };
}
export type PublicActivity = ReturnType<typeof publicActivity>;

export function publicFollowUp(i: FollowUpItem, now: Date) {
  const onTime = completedOnTime(i);
  return {
    id: i.id,
    source: i.source,
    text: i.text,
    agencyId: i.agencyId,
    deadline: i.deadline,
    status: i.status,
    overdue: isFollowUpOverdue(i, now),
    reports: i.reports.map((r) => progressReport(r.at, r)),
    ...(i.acceptedAt ? { acceptedAt: i.acceptedAt } : {}),
    ...(onTime !== undefined ? { onTime } : {}),
  };
}
export type PublicFollowUp = ReturnType<typeof publicFollowUp>;

/** A council's activities of one year, by start date (one Query, page after page). */
export async function listPublicActivities(repos: Repositories, query: OversightListQuery) {
  const ref = await repos.reference.load();
  if (!ref.councils.has(query.council)) throw new NotFoundError('field.unknownCouncil');
  const repo = oversightRepository(repos.db);
  const items = await readAllPages(
    (cursor) => repo.listActivities(query.council, query.year, { limit: 200, cursor }),
    1000,
  );
  return { items: items.map(publicActivity) };
}

/** One activity and its items: a GetItem and a Query on the items' source index. */
export async function publicActivityRecord(repos: Repositories, id: string, now: Date) {
  const activity = await oversightRepository(repos.db).getActivity(id);
  if (!activity) throw new NotFoundError('oversight.notFound');
  const items = await itemsOfSource({ repos }, 'activity', id);
  return { activity: publicActivity(activity), items: items.map((i) => publicFollowUp(i, now)) };
}

/**
 * The items of an interpellation or a resolution (or an activity), for the pages that show
 * them (the sessions' pages): one Query on the items' source index, public fields only.
 */
export async function publicItemsOfSource(repos: Repositories, kind: string, id: string, now: Date) {
  const items = await itemsOfSource({ repos }, kind, id);
  return { items: items.map((i) => publicFollowUp(i, now)) };
}

/**
 * Per body: items created, accepted, accepted on time (counters kept with every write: one
 * Query), the share done on time among those accepted, and how many are overdue now (a Query
 * over the council's running deadlines that have passed: it reads only the overdue items).
 */
export async function oversightStatistics(repos: Repositories, councilId: string, now: Date) {
  const ref = await repos.reference.load();
  if (!ref.councils.has(councilId)) throw new NotFoundError('field.unknownCouncil');
  const repo = oversightRepository(repos.db);
  const [counters, overdueItems] = await Promise.all([
    repo.counters(councilId),
    readAllPages((cursor) => repo.listOpenDueBefore(councilId, now.toISOString(), { limit: 200, cursor })),
  ]);
  const overdue = new Map<string, number>();
  for (const i of overdueItems) overdue.set(i.agencyId, (overdue.get(i.agencyId) ?? 0) + 1);
  const agencyIds = new Set([...counters.map((c) => c.agencyId), ...overdue.keys()]);
  const byAgency = [...agencyIds].map((agencyId) => {
    const c = counters.find((x) => x.agencyId === agencyId);
    const accepted = c?.accepted ?? 0;
    const acceptedOnTime = c?.acceptedOnTime ?? 0;
    return {
      agencyId,
      created: c?.created ?? 0,
      accepted,
      acceptedOnTime,
      /** Of the items accepted as done, the share reported done by their deadline (null before any). */
      onTimeShare: accepted > 0 ? acceptedOnTime / accepted : null,
      overdue: overdue.get(agencyId) ?? 0,
    };
  });
  byAgency.sort((a, b) => a.agencyId.localeCompare(b.agencyId));
  return { councilId, agencies: byAgency };
}
