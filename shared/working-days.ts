/**
 * Deadlines counted in calendar days or in working days (DESIGN §13), over Vietnam calendar
 * dates (YYYY-MM-DD in Asia/Ho_Chi_Minh). A working day is Monday to Friday, except a
 * public holiday of the year's holiday calendar; a Saturday or Sunday the Government made
 * a working day (the other half of a swap) counts. Pure: the calendar comes from the
 * reference data (`ReferenceData.deadlineCalendar`), tests build it from literals.
 */
import { vietnamDate } from './time.ts';
import type { DeadlineCounting } from './vocabulary.ts';

export interface DeadlineCalendar {
  counting: DeadlineCounting;
  /** Public holidays, days off by a swap included. */
  daysOff: ReadonlySet<string>;
  /** Saturdays and Sundays worked instead of a swapped day. */
  workedWeekendDays: ReadonlySet<string>;
}

/** Calendar days: what every council counts unless it chose working days. */
export const CALENDAR_DAYS: DeadlineCalendar = {
  counting: 'calendar',
  daysOff: new Set(),
  workedWeekendDays: new Set(),
};

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The calendar date `n` days after `date` (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  return dateOf(dayNumber(date) + n);
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/** A day that counts towards a deadline: every day when counting calendar days. */
export function isCountedDay(date: string, calendar: DeadlineCalendar): boolean {
  if (calendar.counting === 'calendar') return true;
  if (calendar.workedWeekendDays.has(date)) return true;
  return !isWeekend(date) && !calendar.daysOff.has(date);
}

/** The date on which `days` counted days after `date` are complete (the start day itself is not counted). */
export function addCountedDays(date: string, days: number, calendar: DeadlineCalendar): string {
  if (calendar.counting === 'calendar') return addCalendarDays(date, days);
  let current = date;
  let left = days;
  // A year has well over 200 working days, so no real calendar runs this past a few hundred steps.
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isCountedDay(current, calendar)) left--;
  }
  return current;
}

/** Counted days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function countedDaysBetween(from: string, to: string, calendar: DeadlineCalendar): number {
  if (to <= from) return 0;
  if (calendar.counting === 'calendar') return dayNumber(to) - dayNumber(from);
  let count = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1))
    if (isCountedDay(d, calendar)) count++;
  return count;
}

/**
 * The deadline `days` counted days after the instant `from`: the end (23:59:59.999 Vietnam
 * time) of that Vietnam day, as a UTC ISO string.
 */
export function deadlineAfterDays(from: string | Date, days: number, calendar: DeadlineCalendar): string {
  const date = addCountedDays(vietnamDate(from), days, calendar);
  return new Date(Date.parse(`${date}T23:59:59.999+07:00`)).toISOString();
}

/** Counted days from the instant `now` to the instant `deadline`, by Vietnam dates (0 when past or today). */
export function countedDaysUntil(now: string | Date, deadline: string, calendar: DeadlineCalendar): number {
  return countedDaysBetween(vietnamDate(now), vietnamDate(deadline), calendar);
}
