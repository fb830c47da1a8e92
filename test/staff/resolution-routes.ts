/**
 * Rows of the matrix for resolutions, interpellations and a session's results (only the
 * council's secretariat and the admin). Their bad-input cases live in test/resolutions/.
 */

import { recordInterpellation } from '../../functions/lib/resolutions/interpellations.ts';
import { recordResolution } from '../../functions/lib/resolutions/record-resolution.ts';
import { InterpellationInput, ResolutionInput } from '../../shared/schemas/index.ts';
import { interpellationBody, resolutionBody } from '../resolutions/support.ts';
import { fixedRoute, type StaffRoute, secretariat } from './matrix.ts';
import type { StaffTestbed } from './support.ts';

const services = (bed: StaffTestbed) => ({ repos: bed.database.repos, now: () => bed.now });
let serial = 0;

async function freshResolution(bed: StaffTestbed): Promise<string> {
  const input = ResolutionInput.parse(resolutionBody({ number: `${500 + ++serial}/2026/NQ-HĐND` }));
  return (await recordResolution(services(bed), input)).id;
}

async function freshInterpellation(bed: StaffTestbed): Promise<string> {
  const input = InterpellationInput.parse(interpellationBody());
  return (await recordInterpellation(services(bed), input, () => `matrix-cv-${++serial}`)).id;
}

/** The secretariat's `method` on /v1/<collection>/{id}, on the id of a record `fresh` makes for each request. */
function onFreshRecord(
  method: StaffRoute['method'],
  route: string,
  fresh: (bed: StaffTestbed) => Promise<string>,
  body?: object,
): StaffRoute {
  const collection = route.slice(0, route.indexOf('/'));
  return {
    method,
    route: `/v1/${route}`,
    allowed: secretariat,
    prepare: async (bed) => {
      const path = `/v1/${collection}/${await fresh(bed)}`;
      return body === undefined ? { path } : { path, body };
    },
  };
}

const RESOLUTION_ROUTES: StaffRoute[] = [
  fixedRoute('GET', '/v1/resolutions', secretariat, '/v1/resolutions?council=huu-lung'),
  fixedRoute('POST', '/v1/resolutions', secretariat, '/v1/resolutions', () =>
    resolutionBody({ number: `${500 + ++serial}/2026/NQ-HĐND` }),
  ),
  onFreshRecord('GET', 'resolutions/{resolutionId}', freshResolution),
  onFreshRecord('PUT', 'resolutions/{resolutionId}', freshResolution, {
    title: 'Nghị quyết về dự toán ngân sách năm 2027 (sửa)',
    version: 1,
  }),
  fixedRoute('POST', '/v1/interpellations', secretariat, '/v1/interpellations', () => interpellationBody()),
  onFreshRecord('GET', 'interpellations/{interpellationId}', freshInterpellation),
  onFreshRecord('PUT', 'interpellations/{interpellationId}', freshInterpellation, {
    topic: 'Tiến độ giải phóng mặt bằng (sửa)',
    version: 1,
  }),
  fixedRoute('GET', '/v1/sessions/{sessionId}/results', secretariat, '/v1/sessions/huu-lung-kh12/results'),
];

export const RESOLUTION_STAFF_ROUTES: StaffRoute[] = RESOLUTION_ROUTES.map((r) => ({
  ...r,
  badInputTestedIn: r.route.includes('interpellations')
    ? 'test/resolutions/interpellations.test.ts'
    : 'test/resolutions/resolutions.test.ts',
}));
