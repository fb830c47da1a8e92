/**
 * A year's holiday calendar (DESIGN §13): the public holidays and the Government's swaps
 * of that year, national, kept by the admin. Working-day deadlines skip its days off and
 * count its worked weekend days (shared/working-days.ts).
 */
import * as z from 'zod/mini';
import { HOLIDAY_KINDS } from '../vocabulary.ts';
import { isWeekend } from '../working-days.ts';
import { calendarDate, text } from './common.ts';

export { HOLIDAY_KINDS, type HolidayKind } from '../vocabulary.ts';

export const HolidayDay = z.object({
  date: calendarDate,
  kind: z.enum(HOLIDAY_KINDS, { error: 'field.invalidChoice' }),
  name: text(1, 160),
  /** Where the date comes from: the Labour Code, the announcement that fixed it. */
  source: z.optional(text(1, 300)),
  /** Not announced yet: derived from the rules (lunar date, observed-day rule), to be checked. */
  forecast: z._default(z.boolean({ error: 'field.invalidType' }), false),
});
export type HolidayDay = z.infer<typeof HolidayDay>;

export const holidayYear = z.coerce
  .number({ error: 'field.invalidYear' })
  .check(
    z.int({ error: 'field.invalidYear' }),
    z.gte(2000, { error: 'field.invalidYear' }),
    z.lte(2100, { error: 'field.invalidYear' }),
  );

/** The days of `year`'s calendar as the admin sends them: inside the year, each date once, worked days on weekends. */
export function holidayDaysOf(year: number) {
  return z.pipe(
    z.array(HolidayDay).check(
      z.maxLength(60, { error: 'field.tooMany' }),
      z.superRefine((days, ctx) => {
        const seen = new Set<string>();
        days.forEach((day, i) => {
          if (!day.date.startsWith(`${year}-`))
            ctx.addIssue({ code: 'custom', path: [i, 'date'], message: 'field.holidayOutsideYear' });
          else if (seen.has(day.date))
            ctx.addIssue({ code: 'custom', path: [i, 'date'], message: 'field.holidayDuplicate' });
          else if (day.kind === 'working' && !isWeekend(day.date))
            ctx.addIssue({ code: 'custom', path: [i, 'date'], message: 'field.holidayWorkedNotWeekend' });
          seen.add(day.date);
        });
      }),
    ),
    z.transform((days) => [...days].sort((a, b) => a.date.localeCompare(b.date))),
  );
}

export const holidayYearInput = (year: number) => z.object({ days: holidayDaysOf(year) });

/** The stored calendar of one year (its id is the year, as the reference data's ids are strings). */
export const HolidayYear = z.object({
  id: z.string().check(z.regex(/^\d{4}$/)),
  year: holidayYear,
  days: z.array(HolidayDay),
  updatedAt: z.optional(z.string()),
});
export type HolidayYear = z.infer<typeof HolidayYear>;
