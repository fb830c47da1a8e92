/** The matrix rows of the agency queue's views (test/staff/agency-needs-action.test.ts has their behaviour). */
import { agency, type StaffRoute } from './matrix.ts';

export const AGENCY_VIEW_ROUTES: StaffRoute[] = [
  {
    method: 'GET',
    route: '/v1/agencies/{agencyId}/petitions/needs-action',
    allowed: agency,
    prepare: async () => ({ path: '/v1/agencies/phong-tnmt-huu-lung/petitions/needs-action' }),
    badInputTestedIn: 'test/staff/agency-needs-action.test.ts',
  },
  {
    method: 'GET',
    route: '/v1/agencies/{agencyId}/petitions/counts',
    allowed: agency,
    prepare: async () => ({ path: '/v1/agencies/phong-tnmt-huu-lung/petitions/counts' }),
    badInputTestedIn: 'test/staff/agency-needs-action.test.ts',
  },
];
