/**
 * The petition status machine (DESIGN §3) as data and one pure function.
 *
 *   received ──route──▶ routed ──acknowledge──▶ in_progress ──answer──▶ answered ──close──▶ closed
 *   routed/in_progress ──return──▶ received (not competent, with a reason)
 *   received ──reject──▶ rejected          received/routed ──merge──▶ merged
 *   answered/closed ──reopen──▶ in_progress (the submitter is not satisfied)
 *   received/routed/in_progress ──withdraw──▶ withdrawn (the submitter, through their private link)
 *
 * "Overdue" is not a status: it is derived from the deadline whenever it is shown.
 */

import { type Transition, type TransitionTable, transitionIn } from './transition-table.ts';
import type { PetitionStatus } from './vocabulary.ts';

export { PETITION_STATUSES, type PetitionStatus } from './vocabulary.ts';

export const PETITION_ACTIONS = [
  'route',
  'acknowledge',
  'answer',
  'return',
  'reject',
  'merge',
  'close',
  'reopen',
  'withdraw',
] as const;
export type PetitionAction = (typeof PETITION_ACTIONS)[number];

/** For each action: the statuses it may start from, and where it leads. */
const TRANSITIONS: TransitionTable<PetitionStatus, PetitionAction> = {
  // A route from "routed" is a re-route: the secretariat overrides the body.
  route: { from: ['received', 'routed'], to: 'routed' },
  acknowledge: { from: ['routed'], to: 'in_progress' },
  // An agency may answer without a separate acknowledgement.
  answer: { from: ['routed', 'in_progress'], to: 'answered' },
  return: { from: ['routed', 'in_progress'], to: 'received' },
  reject: { from: ['received'], to: 'rejected' },
  merge: { from: ['received', 'routed'], to: 'merged' },
  close: { from: ['answered'], to: 'closed' },
  reopen: { from: ['answered', 'closed'], to: 'in_progress' },
  // Only the submitter withdraws, and only while no answer has been given.
  withdraw: { from: ['received', 'routed', 'in_progress'], to: 'withdrawn' },
};

/** Actions whose reason the actor must give (and the timeline keeps). */
export const ACTIONS_NEEDING_REASON: ReadonlySet<PetitionAction> = new Set(['return', 'reject', 'reopen']);

/** Statuses in which the petition still waits for an answer: these can become overdue. */
export const OPEN_STATUSES: ReadonlySet<PetitionStatus> = new Set(['received', 'routed', 'in_progress']);

/** Statuses after which nothing but a reopen (or nothing at all) can happen. */
export const FINAL_STATUSES: ReadonlySet<PetitionStatus> = new Set([
  'closed',
  'rejected',
  'merged',
  'withdrawn',
]);

/**
 * Statuses in which the submitter's contact is only kept for the council's retention
 * period (DESIGN §12): the clock starts on the transition into the first of them and
 * stops when a reopen brings the petition back (functions/lib/petitions/retention.ts).
 */
export const RETENTION_STATUSES: ReadonlySet<PetitionStatus> = new Set([
  'answered',
  'closed',
  'rejected',
  'merged',
  'withdrawn',
]);

export type TransitionResult = Transition<PetitionStatus, 'status.illegalTransition'>;

/** Where `action` takes a petition in `status`, or why it cannot. */
export function transition(status: PetitionStatus, action: PetitionAction): TransitionResult {
  return transitionIn(TRANSITIONS, status, action, 'status.illegalTransition');
}

/**
 * Staff steps that keep the status (a roadmap acknowledges a routed petition on the way),
 * and where each is allowed: a roadmap while the agency works on it; a follow-up note
 * until the petition is rejected or followed through the primary it was merged into.
 */
export const STAFF_STEPS = ['roadmap', 'followUp'] as const;
export type StaffStep = (typeof STAFF_STEPS)[number];

const STEP_FROM: Record<StaffStep, readonly PetitionStatus[]> = {
  roadmap: ['routed', 'in_progress'],
  followUp: ['received', 'routed', 'in_progress', 'answered', 'closed'],
};

export function stepAllowed(step: StaffStep, status: PetitionStatus): boolean {
  return STEP_FROM[step].includes(status);
}

/** The steps allowed in `status`. */
export function stepsFrom(status: PetitionStatus): StaffStep[] {
  return STAFF_STEPS.filter((s) => stepAllowed(s, status));
}

/** The actions legal from `status`, for showing staff only the buttons that work. */
export function actionsFrom(status: PetitionStatus): PetitionAction[] {
  return PETITION_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

/** Overdue: a deadline is set, it has passed, and the petition is still waiting for its answer. */
export function isOverdue(
  petition: { status: PetitionStatus; deadline?: string | undefined },
  now: Date = new Date(),
): boolean {
  if (!petition.deadline || !OPEN_STATUSES.has(petition.status)) return false;
  return Date.parse(petition.deadline) < now.getTime();
}
