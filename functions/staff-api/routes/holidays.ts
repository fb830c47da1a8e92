/**
 * /v1/holidays: the national holiday calendar that working-day deadlines skip (DESIGN §13),
 * one record per year. Every signed-in user reads it (the console shows it beside a
 * council's deadline setting); only the admin replaces a year.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { type HolidayYear, holidayYear, holidayYearInput } from '../../../shared/schemas/index.ts';
import { authorize, canManageHolidays } from '../../lib/auth/policy.ts';
import { parseInput } from '../../lib/http/validation.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { jsonBody } from '../request.ts';

const YearParam = z.object({ year: holidayYear });

export function holidayRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const app = new Hono<StaffEnv>();

  app.get('/', async (c) => {
    const ref = await repos.reference.load();
    const items = [...ref.records.holidayYears].sort((a, b) => a.year - b.year);
    return c.json({ items });
  });

  app.put('/:year', async (c) => {
    const { year } = parseInput(YearParam, { year: c.req.param('year') });
    authorize(canManageHolidays(c.var.staff));
    const { days } = await jsonBody(c, holidayYearInput(year));
    const record: HolidayYear = {
      id: String(year),
      year,
      days,
      updatedAt: (deps.now?.() ?? new Date()).toISOString(),
    };
    await repos.reference.put('holidayYears', record);
    return c.json({ year: record });
  });

  return app;
}
