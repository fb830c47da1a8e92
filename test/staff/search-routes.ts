/**
 * The authorization matrix's row for staff search (issue #19 §3). Every agency officer may
 * search a council, but only ever reads their own agency's part of it (test/staff/
 * staff-search.test.ts shows which petitions each one finds); bad input is tested there too.
 */
import type { StaffRoute } from './matrix.ts';

export const SEARCH_ROUTES: StaffRoute[] = [
  {
    method: 'GET',
    route: '/v1/councils/{id}/petitions/search',
    allowed: ['secretariatOwn', 'agencyOwn', 'agencyOther', 'admin'],
    prepare: async () => ({ path: '/v1/councils/huu-lung/petitions/search?q=giay+chung+nhan' }),
    badInputTestedIn: 'test/staff/staff-search.test.ts',
  },
];
