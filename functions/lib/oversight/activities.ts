/**
 * Oversight activities: planned, edited and concluded by the council's secretariat (or an
 * admin). Versioned as meetings are: every save raises `sequence`, and a stale one is a 409.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import {
  type OversightActivity,
  type OversightActivityInput,
  OversightActivityUpdate,
} from '../../../shared/schemas/oversight.ts';
import type { StaffUser } from '../../../shared/schemas/staff.ts';
import { authorize, canManageCouncil } from '../auth/policy.ts';
import type { Repositories } from '../data/index.ts';
import { oversightRepository } from '../data/oversight-repository.ts';

export interface OversightContext {
  repos: Repositories;
  user: StaffUser;
  now: Date;
}

/** Every id the activity names exists: its council, the agencies supervised, the delegate group. */
function checkReferences(
  ref: ReferenceData,
  a: Pick<OversightActivity, 'councilId' | 'agencyIds' | 'conductedBy'>,
) {
  const fields: ConstructorParameters<typeof ValidationError>[0] = {};
  if (!ref.councils.has(a.councilId)) fields.councilId = { key: 'field.unknownCouncil' };
  a.agencyIds.forEach((agencyId, i) => {
    if (!ref.agencies.has(agencyId)) fields[`agencyIds.${i}`] = { key: 'field.unknownAgency' };
  });
  const groupId = a.conductedBy.groupId;
  if (a.conductedBy.type === 'delegate_group') {
    const group = groupId ? ref.delegateGroups.get(groupId) : undefined;
    if (!group || group.councilId !== a.councilId)
      fields['conductedBy.groupId'] = { key: groupId ? 'field.unknownGroup' : 'field.required' };
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
}

export async function createActivity(ctx: OversightContext, input: OversightActivityInput) {
  authorize(canManageCouncil(ctx.user, input.councilId));
  checkReferences(await ctx.repos.reference.load(), input);
  const at = ctx.now.toISOString();
  const { id, ...fields } = input;
  const activity: OversightActivity = {
    ...fields,
    id: id ?? `gs-${randomUUID().slice(0, 8)}`,
    sequence: 0,
    createdAt: at,
    updatedAt: at,
  };
  await oversightRepository(ctx.repos.db).createActivity(activity);
  return activity;
}

export async function requireActivity(ctx: Pick<OversightContext, 'repos'>, id: string) {
  const activity = await oversightRepository(ctx.repos.db).getActivity(id);
  if (!activity) throw new NotFoundError('oversight.notFound');
  return activity;
}

/** Only the fields sent change; `null` is not accepted (an activity's fields are all kept). */
export async function updateActivity(ctx: OversightContext, id: string, update: OversightActivityUpdate) {
  const before = await requireActivity(ctx, id);
  authorize(canManageCouncil(ctx.user, before.councilId));
  if (update.sequence !== before.sequence) throw new ConflictError('entity.conflict');
  const { sequence: _read, ...changes } = update;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const after: OversightActivity = {
    ...before,
    ...defined,
    sequence: before.sequence + 1,
    updatedAt: ctx.now.toISOString(),
  };
  if (after.endsOn && after.endsOn < after.startsOn)
    throw new ValidationError({ endsOn: { key: 'oversight.endsBeforeStart' } });
  if (after.status === 'concluded' && !after.conclusion)
    throw new ValidationError({ conclusion: { key: 'field.required' } });
  checkReferences(await ctx.repos.reference.load(), after);
  await oversightRepository(ctx.repos.db).saveActivity(before, after);
  return after;
}

export { OversightActivityUpdate };
