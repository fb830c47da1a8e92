/**
 * The follow-up item's status machine (DESIGN §9) as data and one pure function, the
 * petition's (status-machine.ts) sibling:
 *
 *   open ──report──▶ in_progress ──report──▶ in_progress
 *   open/in_progress ──reportDone──▶ reported_done ──accept──▶ accepted
 *   reported_done ──resupervise──▶ in_progress (the council finds the report insufficient: tái giám sát)
 *
 * Only the responsible agency reports, only the council's secretariat accepts or re-supervises
 * (functions/lib/auth/oversight-policy.ts). "Overdue" is derived from the deadline, never stored.
 */
import { type Transition, type TransitionTable, transitionIn } from './transition-table.ts';
import type { FollowUpStatus } from './vocabulary.ts';

export { FOLLOW_UP_STATUSES, type FollowUpStatus } from './vocabulary.ts';

export const FOLLOW_UP_ACTIONS = ['report', 'reportDone', 'accept', 'resupervise'] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

const TRANSITIONS: TransitionTable<FollowUpStatus, FollowUpAction> = {
  report: { from: ['open', 'in_progress'], to: 'in_progress' },
  reportDone: { from: ['open', 'in_progress'], to: 'reported_done' },
  accept: { from: ['reported_done'], to: 'accepted' },
  resupervise: { from: ['reported_done'], to: 'in_progress' },
};

/** Actions whose reason the actor must give (and the item's timeline keeps). */
export const FOLLOW_UP_ACTIONS_NEEDING_REASON: ReadonlySet<FollowUpAction> = new Set(['resupervise']);

/** Statuses in which the deadline runs: these can become overdue, and are reminded. */
export const FOLLOW_UP_OPEN_STATUSES: ReadonlySet<FollowUpStatus> = new Set(['open', 'in_progress']);

export type FollowUpTransition = Transition<FollowUpStatus, 'followUp.illegalTransition'>;

export function followUpTransition(status: FollowUpStatus, action: FollowUpAction): FollowUpTransition {
  return transitionIn(TRANSITIONS, status, action, 'followUp.illegalTransition');
}

/** The actions legal from `status`, for showing staff only the buttons that work. */
export function followUpActionsFrom(status: FollowUpStatus): FollowUpAction[] {
  return FOLLOW_UP_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

/** Overdue: the deadline has passed and the agency has not yet reported the item done. */
export function isFollowUpOverdue(item: { status: FollowUpStatus; deadline: string }, now: Date): boolean {
  return FOLLOW_UP_OPEN_STATUSES.has(item.status) && Date.parse(item.deadline) < now.getTime();
}

/**
 * Done on time: accepted, and reported done (the report the council accepted) by the deadline.
 * Undefined while the item is not accepted.
 */
export function completedOnTime(item: {
  status: FollowUpStatus;
  deadline: string;
  reportedDoneAt?: string | undefined;
}): boolean | undefined {
  if (item.status !== 'accepted' || !item.reportedDoneAt) return undefined;
  return Date.parse(item.reportedDoneAt) <= Date.parse(item.deadline);
}
