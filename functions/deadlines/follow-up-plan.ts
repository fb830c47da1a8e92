/**
 * Which reminders a follow-up item is due, from its deadline alone (pure), as petitions' are
 * (plan.ts, whose 3-day look-ahead it shares):
 *   due-soon             to the responsible agency, from 3 Vietnam calendar days before the deadline
 *   overdue-agency       to the agency, once the deadline has passed
 *   overdue-secretariat  to the standing committee's office mailbox, once it has passed
 * Only while the agency owes the work (open, in progress); once per (item, kind, deadline).
 */
import { FOLLOW_UP_OPEN_STATUSES, isFollowUpOverdue } from '../../shared/follow-up-status.ts';
import type { FollowUpItem } from '../../shared/schemas/index.ts';
import { daysBetween } from '../../shared/time.ts';
import { DUE_SOON_DAYS } from './plan.ts';

export const FOLLOW_UP_REMINDER_KINDS = ['due-soon', 'overdue-agency', 'overdue-secretariat'] as const;
export type FollowUpReminderKind = (typeof FOLLOW_UP_REMINDER_KINDS)[number];

export function followUpRemindersDue(
  item: Pick<FollowUpItem, 'status' | 'deadline'>,
  now: Date,
): FollowUpReminderKind[] {
  if (!FOLLOW_UP_OPEN_STATUSES.has(item.status)) return [];
  if (isFollowUpOverdue(item, now)) return ['overdue-agency', 'overdue-secretariat'];
  return daysBetween(now, item.deadline) <= DUE_SOON_DAYS ? ['due-soon'] : [];
}
