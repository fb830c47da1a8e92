/**
 * Working-day deadlines (DESIGN §13): weekends and the year's holidays skipped, a swapped
 * working Saturday counted, over Vietnam calendar dates; and the properties every deadline
 * rule must keep whatever the calendar (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_HOLIDAY_YEARS } from '../../infra/local/demo/holidays.ts';
import { DEMO_COUNCILS, demoReference } from '../../infra/local/demo/reference.ts';
import { ReferenceData } from '../../shared/reference-data.ts';
import { holidayDaysOf } from '../../shared/schemas/index.ts';
import {
  addCalendarDays,
  addCountedDays,
  CALENDAR_DAYS,
  countedDaysBetween,
  type DeadlineCalendar,
  deadlineAfterDays,
  isCountedDay,
} from '../../shared/working-days.ts';

const working = (() => {
  const records = demoReference([]);
  const councils = records.councils.map((c) =>
    c.id === 'huu-lung' ? { ...c, settings: { ...c.settings, deadlineCounting: 'working' as const } } : c,
  );
  return new ReferenceData({ ...records, councils }).deadlineCalendar('huu-lung');
})();

describe('working days over the demo holiday calendar', () => {
  it('skips the whole Tết Bính Ngọ holiday (14–22/2/2026): Friday 13/2 + 1 working day is Monday 23/2', () => {
    expect(addCountedDays('2026-02-13', 1, working)).toBe('2026-02-23');
    expect(addCountedDays('2026-02-13', 1, CALENDAR_DAYS)).toBe('2026-02-14');
  });

  it('counts 30 working days from 2/2/2026 across Tết to 23/3/2026', () => {
    // February: 3–13 (9 days), 23–27 (5); March: 2–6, 9–13, 16–20 (15), 23 → the 30th.
    expect(addCountedDays('2026-02-02', 30, working)).toBe('2026-03-23');
    expect(countedDaysBetween('2026-02-02', '2026-03-23', working)).toBe(30);
  });

  it('counts the swapped working Saturday 15/2/2025 and skips the Monday 27/1/2025 it replaced', () => {
    expect(isCountedDay('2025-02-15', working)).toBe(true);
    expect(isCountedDay('2025-01-27', working)).toBe(false);
    // Friday 14/2/2025 + 1 working day is that Saturday, not Monday 17/2.
    expect(addCountedDays('2025-02-14', 1, working)).toBe('2025-02-15');
    // Friday 24/1/2025 + 1: the Tết holiday runs to Sunday 2/2.
    expect(addCountedDays('2025-01-24', 1, working)).toBe('2025-02-03');
  });

  it('the 30/4 swap of 2025: Saturday 26/4 worked, Friday 2/5 off', () => {
    expect(addCountedDays('2025-04-25', 1, working)).toBe('2025-04-26');
    expect(addCountedDays('2025-04-29', 1, working)).toBe('2025-05-05');
  });

  it("a Hùng Kings' day on a Sunday is taken on the Monday (27/4/2026)", () => {
    expect(addCountedDays('2026-04-24', 1, working)).toBe('2026-04-28');
  });

  it('a deadline is the end of the Vietnam day: routed Friday 13/2/2026 at 23:30 Vietnam time, 1 working day', () => {
    // 23:30 in Vietnam is 16:30 UTC on the same date.
    expect(deadlineAfterDays('2026-02-13T16:30:00Z', 1, working)).toBe('2026-02-23T16:59:59.999Z');
    // 00:30 on the Saturday in Vietnam is still Friday in UTC: the Vietnam date decides.
    expect(deadlineAfterDays('2026-02-13T17:30:00Z', 1, working)).toBe('2026-02-23T16:59:59.999Z');
  });

  it('a council that did not choose working days counts calendar days', () => {
    const reference = new ReferenceData(demoReference([]));
    expect(reference.deadlineCalendar('huu-lung')).toBe(CALENDAR_DAYS);
    expect(DEMO_COUNCILS.every((c) => c.settings.deadlineCounting !== 'working')).toBe(true);
  });

  it('the demo calendar is valid input for each of its years', () => {
    for (const y of DEMO_HOLIDAY_YEARS) expect(holidayDaysOf(y.year).safeParse(y.days).success).toBe(true);
  });
});

describe('a year calendar is refused when a day is outside the year, twice, or a worked weekday', () => {
  const day = (date: string, kind: 'off' | 'working' = 'off') => ({ date, kind, name: 'Ngày lễ' });
  it.each([
    ['outside the year', [day('2027-01-01')], 'field.holidayOutsideYear'],
    ['twice', [day('2026-01-01'), day('2026-01-01')], 'field.holidayDuplicate'],
    ['a worked Tuesday', [day('2026-02-03', 'working')], 'field.holidayWorkedNotWeekend'],
  ])('%s', (_name, days, message) => {
    const result = holidayDaysOf(2026).safeParse(days);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

// Any calendar: a random set of days off, a random set of worked weekend days, either counting.
const dateArb = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addCalendarDays('2025-01-01', n));
const calendarArb: fc.Arbitrary<DeadlineCalendar> = fc
  .record({
    counting: fc.constantFrom('calendar' as const, 'working' as const),
    daysOff: fc.array(dateArb, { maxLength: 80 }),
    worked: fc.array(dateArb, { maxLength: 10 }),
  })
  .map(({ counting, daysOff, worked }) => ({
    counting,
    daysOff: new Set(daysOff),
    workedWeekendDays: new Set(worked.filter((d) => [0, 6].includes(new Date(d).getUTCDay()))),
  }));
const daysArb = fc.integer({ min: 0, max: 90 });

describe('deadline properties, whatever the calendar', () => {
  it('more days never give an earlier deadline', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, daysArb, daysArb, (cal, date, a, b) => {
        const [n, m] = a <= b ? [a, b] : [b, a];
        expect(addCountedDays(date, n, cal) <= addCountedDays(date, m, cal)).toBe(true);
      }),
    );
  });

  it('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, dateArb, daysArb, (cal, x, y, n) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        expect(addCountedDays(from, n, cal) <= addCountedDays(to, n, cal)).toBe(true);
      }),
    );
  });

  it('the deadline falls on a counted day, exactly n counted days later, never before n calendar days', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: 1, max: 90 }), (cal, date, n) => {
        const due = addCountedDays(date, n, cal);
        expect(isCountedDay(due, cal)).toBe(true);
        expect(countedDaysBetween(date, due, cal)).toBe(n);
        if (cal.workedWeekendDays.size === 0) expect(due >= addCalendarDays(date, n)).toBe(true);
      }),
    );
  });

  it('adding in two steps is adding once', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, daysArb, daysArb, (cal, date, a, b) => {
        expect(addCountedDays(addCountedDays(date, a, cal), b, cal)).toBe(addCountedDays(date, a + b, cal));
      }),
    );
  });
});
