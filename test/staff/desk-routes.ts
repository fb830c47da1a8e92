/**
 * The authorization matrix's rows for issue #20's staff routes: the holiday calendar,
 * answer templates, bulk actions and the secretariat's all-open view. Their bad input is
 * tested in the files each row names.
 */
import { DEMO_HOLIDAY_YEARS } from '../../infra/local/demo/holidays.ts';
import { everyone, type StaffRoute } from './matrix.ts';

const HOLIDAYS = 'test/staff/working-day-deadlines.test.ts';

export const DESK_ROUTES: StaffRoute[] = [
  {
    method: 'GET',
    route: '/v1/holidays',
    allowed: everyone,
    prepare: async () => ({ path: '/v1/holidays' }),
    badInputTestedIn: HOLIDAYS,
  },
  {
    method: 'PUT',
    route: '/v1/holidays/{year}',
    allowed: ['admin'],
    prepare: async () => ({
      path: '/v1/holidays/2026',
      body: { days: DEMO_HOLIDAY_YEARS.find((y) => y.year === 2026)?.days },
    }),
    badInputTestedIn: HOLIDAYS,
  },
];
