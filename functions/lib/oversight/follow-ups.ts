/**
 * Follow-up items: created by the secretariat from any source (an activity, an interpellation's
 * commitment, a resolution's implementation), reported on by the responsible agency, accepted
 * or sent back (re-supervision) by the secretariat, followed up (đôn đốc) by delegates. Every
 * change is one transaction: the item (conditional on its version), its event, its counters.
 */
import { randomUUID } from 'node:crypto';
import { IllegalTransitionError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import {
  completedOnTime,
  type FollowUpAction,
  followUpActionsFrom,
  followUpTransition,
  isFollowUpOverdue,
} from '../../../shared/follow-up-status.ts';
import { todayIn } from '../../../shared/schemas/common.ts';
import type {
  FollowUpEvent,
  FollowUpItem,
  FollowUpItemInput,
  ProgressInput,
} from '../../../shared/schemas/oversight.ts';
import type { Actor } from '../../../shared/schemas/petition.ts';
import type { StaffUser } from '../../../shared/schemas/staff.ts';
import { deadlineAfter } from '../../../shared/time.ts';
import { authorize, type FollowUpPermission, followUpPermissions } from '../auth/policy.ts';
import { oversightRepository } from '../data/oversight-repository.ts';
import { delegateScopeOf } from '../petitions/access.ts';
import type { OversightContext } from './activities.ts';
import { requireActivity } from './activities.ts';
import { progressReport } from './progress-report.ts';

const actorOf = (user: StaffUser): Actor => ({ id: user.id, role: user.role, name: user.name });

/** The end of the Vietnam day `date` (YYYY-MM-DD): when an item falls due. */
export const endOfVietnamDay = (date: string) => deadlineAfter(`${date}T12:00:00+07:00`, 0);

function event(
  item: FollowUpItem,
  type: FollowUpEvent['type'],
  ctx: OversightContext,
  extra: Partial<FollowUpEvent> = {},
) {
  return {
    id: randomUUID(),
    itemId: item.id,
    type,
    at: ctx.now.toISOString(),
    // A change makes the next version; a note is kept at the version it was written on.
    version: type === 'note' ? item.version : type === 'created' ? 1 : item.version + 1,
    actor: actorOf(ctx.user),
    ...extra,
  } satisfies FollowUpEvent;
}

export async function permissionsOnItem(ctx: OversightContext, item: FollowUpItem) {
  const facts =
    ctx.user.role === 'delegate'
      ? { delegate: delegateScopeOf(await ctx.repos.reference.load(), ctx.user.groupId) }
      : {};
  return followUpPermissions(ctx.user, item, facts);
}

async function requireItem(ctx: OversightContext, id: string, permission: FollowUpPermission) {
  const item = await oversightRepository(ctx.repos.db).getItem(id);
  if (!item) throw new NotFoundError('followUp.notFound');
  const held = await permissionsOnItem(ctx, item);
  authorize(held.has(permission));
  return { item, held };
}

/** A new item of the council, from `input.source`; an activity source must be one of its activities. */
export async function createFollowUp(ctx: OversightContext, councilId: string, input: FollowUpItemInput) {
  const ref = await ctx.repos.reference.load();
  if (!ref.councils.has(councilId)) throw new NotFoundError('field.unknownCouncil');
  authorize(followUpPermissions(ctx.user, { councilId, agencyId: input.agencyId }).has('manage'));
  const fields: ConstructorParameters<typeof ValidationError>[0] = {};
  if (!ref.agencies.has(input.agencyId)) fields.agencyId = { key: 'field.unknownAgency' };
  if (input.communeId && ref.units.get(input.communeId)?.type !== 'commune')
    fields.communeId = { key: 'field.unknownCommune' };
  if (input.deadline < todayIn(ctx.now)) fields.deadline = { key: 'oversight.deadlineInPast' };
  let groupId: string | undefined;
  if (input.source.kind === 'activity') {
    const activity = await oversightRepository(ctx.repos.db).getActivity(input.source.id);
    if (!activity || activity.councilId !== councilId) fields['source.id'] = { key: 'oversight.notFound' };
    else if (activity.conductedBy.type === 'delegate_group') groupId = activity.conductedBy.groupId;
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);

  const at = ctx.now.toISOString();
  const item: FollowUpItem = {
    id: `hm-${randomUUID().slice(0, 12)}`,
    councilId,
    source: input.source,
    text: input.text,
    agencyId: input.agencyId,
    deadline: endOfVietnamDay(input.deadline),
    ...(input.communeId ? { communeId: input.communeId } : {}),
    ...(groupId ? { groupId } : {}),
    status: 'open',
    reports: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await oversightRepository(ctx.repos.db).createItem(item, [
    event(item, 'created', ctx, { deadline: item.deadline }),
  ]);
  return item;
}

function illegal(action: FollowUpAction, item: FollowUpItem): IllegalTransitionError {
  return new IllegalTransitionError('followUp.illegalTransition', {
    itemAction: action,
    itemStatus: item.status,
  });
}

/** The agency's progress report; `done` reports the item completed and asks the council to accept it. */
export async function reportProgress(ctx: OversightContext, id: string, input: ProgressInput) {
  const { item } = await requireItem(ctx, id, 'report');
  const action: FollowUpAction = input.done ? 'reportDone' : 'report';
  const next = followUpTransition(item.status, action);
  if (!next.ok) throw illegal(action, item);
  const at = ctx.now.toISOString();
  const report = progressReport(at, input);
  const after: FollowUpItem = {
    ...item,
    status: next.to,
    reports: [...item.reports, report],
    ...(input.done ? { reportedDoneAt: at } : {}),
    updatedAt: at,
  };
  return oversightRepository(ctx.repos.db).saveItem(item, after, [
    event(item, input.done ? 'reported_done' : 'progress', ctx, { note: input.text }),
  ]);
}

/** The secretariat accepts the reported completion: the item is done, on time or late. */
export async function acceptFollowUp(ctx: OversightContext, id: string, reason: string | undefined) {
  const { item } = await requireItem(ctx, id, 'manage');
  const next = followUpTransition(item.status, 'accept');
  if (!next.ok) throw illegal('accept', item);
  const at = ctx.now.toISOString();
  const after: FollowUpItem = { ...item, status: next.to, acceptedAt: at, updatedAt: at };
  const onTime = completedOnTime(after) === true;
  return oversightRepository(ctx.repos.db).saveItem(
    item,
    after,
    [event(item, 'accepted', ctx, reason ? { reason } : {})],
    { accepted: 1, acceptedOnTime: onTime ? 1 : 0 },
  );
}

/** Re-supervision (tái giám sát): the report is insufficient, the item is back in progress, with the reason. */
export async function resuperviseFollowUp(ctx: OversightContext, id: string, reason: string) {
  const { item } = await requireItem(ctx, id, 'manage');
  const next = followUpTransition(item.status, 'resupervise');
  if (!next.ok) throw illegal('resupervise', item);
  const at = ctx.now.toISOString();
  // The report was not accepted: the next completion is reported anew, and timed from then.
  const after: FollowUpItem = { ...item, status: next.to, updatedAt: at };
  delete after.reportedDoneAt;
  return oversightRepository(ctx.repos.db).saveItem(item, after, [
    event(item, 'resupervised', ctx, { reason }),
  ]);
}

/** A follow-up note (đôn đốc): kept on the item's staff timeline, never public. */
export async function addFollowUpNote(ctx: OversightContext, id: string, note: string) {
  const { item } = await requireItem(ctx, id, 'note');
  const noteEvent = event(item, 'note', ctx, { note });
  await oversightRepository(ctx.repos.db).appendEvents([noteEvent]);
  return noteEvent;
}

/** The staff view: the item, overdue, its whole timeline with notes, and what the caller may do now. */
export async function staffFollowUpView(ctx: OversightContext, id: string) {
  const { held } = await requireItem(ctx, id, 'view');
  const record = await oversightRepository(ctx.repos.db).getItemRecord(id, { notes: true });
  if (!record) throw new NotFoundError('followUp.notFound');
  const actions = followUpActionsFrom(record.item.status).filter((a) =>
    a === 'report' || a === 'reportDone' ? held.has('report') : held.has('manage'),
  );
  return {
    item: { ...record.item, overdue: isFollowUpOverdue(record.item, ctx.now) },
    timeline: record.events,
    actions: [...actions, ...(held.has('note') ? (['note'] as const) : [])],
  };
}

/** An activity with its items, for the staff (their council's, or a delegate's group). */
export async function staffActivityView(ctx: OversightContext, id: string) {
  const activity = await requireActivity(ctx, id);
  const items = await itemsOfSource(ctx, 'activity', id);
  const visible = [];
  for (const item of items) if ((await permissionsOnItem(ctx, item)).has('view')) visible.push(item);
  const manages = followUpPermissions(ctx.user, { councilId: activity.councilId, agencyId: '' }).has(
    'manage',
  );
  const ownGroup = ctx.user.role === 'delegate' && activity.conductedBy.groupId === ctx.user.groupId;
  authorize(manages || ownGroup || visible.length > 0);
  return {
    activity,
    items: visible.map((i) => ({ ...i, overdue: isFollowUpOverdue(i, ctx.now) })),
  };
}

/** Every item of a source (at most a few hundred: an activity's conclusions). */
export async function itemsOfSource(ctx: Pick<OversightContext, 'repos'>, kind: string, id: string) {
  const repo = oversightRepository(ctx.repos.db);
  const items: FollowUpItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await repo.listBySource(kind, id, { limit: 200, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < 1000);
  return items;
}
