/**
 * Which reminders a petition is due, from its deadline alone (pure):
 *   due-soon           to the agency, from 3 days before the deadline, counted as its council
 *                      counts deadlines (calendar or working days: a Tết holiday does not eat the warning)
 *   overdue-agency     to the agency, once the deadline has passed
 *   overdue-delegates  to the delegates of the petition's electoral unit, once it has passed
 * A petition first seen after its deadline gets the overdue ones only.
 */
import type { Petition } from '../../shared/schemas/index.ts';
import { isOverdue, OPEN_STATUSES } from '../../shared/status-machine.ts';
import {
  CALENDAR_DAYS,
  countedDaysUntil,
  type DeadlineCalendar,
  deadlineAfterDays,
} from '../../shared/working-days.ts';

export const REMINDER_KINDS = ['due-soon', 'overdue-agency', 'overdue-delegates'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const DUE_SOON_DAYS = 3;

/** The latest deadline a run must look at: the end of the Vietnam day 3 (counted) days ahead. */
export function lookAheadUntil(now: Date, calendar: DeadlineCalendar = CALENDAR_DAYS): string {
  return deadlineAfterDays(now, DUE_SOON_DAYS, calendar);
}

export function remindersDue(
  petition: Pick<Petition, 'status' | 'deadline'>,
  now: Date,
  calendar: DeadlineCalendar = CALENDAR_DAYS,
): ReminderKind[] {
  if (!petition.deadline || !OPEN_STATUSES.has(petition.status)) return [];
  if (isOverdue(petition, now)) return ['overdue-agency', 'overdue-delegates'];
  return countedDaysUntil(now, petition.deadline, calendar) <= DUE_SOON_DAYS ? ['due-soon'] : [];
}
