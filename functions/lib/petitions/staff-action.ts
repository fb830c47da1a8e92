/**
 * What every staff action on a petition shares: who acts and when, reading the petition,
 * asking the status machine, the timeline event that records the action, and saving
 * with the optimistic lock (the version read is the write's condition) and the contact's
 * retention decided (retention.ts).
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, IllegalTransitionError, NotFoundError } from '../../../shared/errors.ts';
import type { Actor, Petition, StaffUser, TimelineEvent } from '../../../shared/schemas/index.ts';
import { type PetitionAction, type PetitionStatus, transition } from '../../../shared/status-machine.ts';
import type { PetitionPermission } from '../auth/policy.ts';
import type { PetitionChange, Repositories } from '../data/index.ts';
import { TransactionConflictError } from '../data/transactions.ts';
import { requireOn } from './access.ts';
import { changesWithRetention } from './retention.ts';

export interface StaffActionContext {
  repos: Repositories;
  user: StaffUser;
  now: Date;
  /** The version the officer acted on (a bulk action's row): any other is refused as stale. */
  expectedVersion?: number;
}

/** Actions named in messages: the status machine's, plus staff steps that only some statuses allow. */
export type StaffActionName = PetitionAction | 'mergeInto' | 'roadmap' | 'followUp';

export function actorOf(user: StaffUser): Actor {
  return { id: user.id, role: user.role, name: user.name };
}

/**
 * Events sort by time, then id. Two events of one action share their time (acknowledged,
 * then roadmap), so ids start with a counter that keeps the order they were made in.
 */
let eventSequence = 0;
const eventId = () => `${String(++eventSequence % 1e8).padStart(8, '0')}-${randomUUID()}`;

export function staffEvent(
  ctx: StaffActionContext,
  code: string,
  type: TimelineEvent['type'],
  extra: Partial<Omit<TimelineEvent, 'id' | 'code' | 'type' | 'at' | 'actor'>> = {},
): TimelineEvent {
  const event: TimelineEvent = {
    id: eventId(),
    code,
    type,
    at: ctx.now.toISOString(),
    actor: actorOf(ctx.user),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) (event as Record<string, unknown>)[key] = value;
  }
  return event;
}

export async function loadPetition(ctx: StaffActionContext, code: string): Promise<Petition> {
  const petition = await ctx.repos.petitions.get(code);
  if (!petition) throw new NotFoundError('code.notFound');
  if (ctx.expectedVersion !== undefined && petition.version !== ctx.expectedVersion)
    throw new ConflictError('bulk.stale');
  return petition;
}

/** The petition for a user who must hold `permission` on it: not found before not allowed. */
export async function loadPetitionFor(
  ctx: StaffActionContext,
  code: string,
  permission: PetitionPermission,
): Promise<Petition> {
  const petition = await loadPetition(ctx, code);
  await requireOn(ctx.repos, ctx.user, petition, permission);
  return petition;
}

/** The status machine's answer, or a 409 naming the action and the status. */
export function nextStatus(petition: Petition, action: PetitionAction): PetitionStatus {
  const result = transition(petition.status, action);
  if (!result.ok) throw illegal(action, petition.status);
  return result.to;
}

export function illegal(action: StaffActionName, status: PetitionStatus): IllegalTransitionError {
  return new IllegalTransitionError('status.illegalTransition', { action, status });
}

/** The petition as changed by the action, without the properties set to undefined. */
export function changed(before: Petition, patch: Partial<Petition>, now: Date): Petition {
  const after: Record<string, unknown> = { ...before, ...patch, updatedAt: now.toISOString() };
  for (const key of Object.keys(after)) if (after[key] === undefined) delete after[key];
  return after as Petition;
}

/**
 * One transaction for all changes. A lost race (another write between our read and ours,
 * or DynamoDB cancelling both of two simultaneous writes) is a 409: reload and retry.
 */
export async function saveChanges(ctx: StaffActionContext, changes: PetitionChange[]): Promise<Petition[]> {
  const reference = await ctx.repos.reference.load();
  try {
    return await ctx.repos.petitions.save(changesWithRetention(changes, reference, ctx.now));
  } catch (error) {
    if (error instanceof TransactionConflictError)
      throw new ConflictError('status.conflict', {}, { cause: error });
    throw error;
  }
}
