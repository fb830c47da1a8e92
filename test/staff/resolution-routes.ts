/**
 * Rows of the matrix for resolutions, interpellations and a session's results (only the
 * council's secretariat and the admin). Their bad-input cases live in test/resolutions/.
 */

import { recordInterpellation } from '../../functions/lib/resolutions/interpellations.ts';
import { recordResolution } from '../../functions/lib/resolutions/record-resolution.ts';
import { InterpellationInput, ResolutionInput } from '../../shared/schemas/index.ts';
import { interpellationBody, resolutionBody } from '../resolutions/support.ts';
import { type StaffRoute, secretariat } from './matrix.ts';
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

const RESOLUTION_ROUTES: StaffRoute[] = [
  {
    method: 'GET',
    route: '/v1/resolutions',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/resolutions?council=huu-lung' }),
  },
  {
    method: 'POST',
    route: '/v1/resolutions',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/resolutions',
      body: resolutionBody({ number: `${500 + ++serial}/2026/NQ-HĐND` }),
    }),
  },
  {
    method: 'GET',
    route: '/v1/resolutions/{resolutionId}',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/resolutions/${await freshResolution(bed)}` }),
  },
  {
    method: 'PUT',
    route: '/v1/resolutions/{resolutionId}',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/resolutions/${await freshResolution(bed)}`,
      body: { title: 'Nghị quyết về dự toán ngân sách năm 2027 (sửa)', version: 1 },
    }),
  },
  {
    method: 'POST',
    route: '/v1/interpellations',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/interpellations', body: interpellationBody() }),
  },
  {
    method: 'GET',
    route: '/v1/interpellations/{interpellationId}',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/interpellations/${await freshInterpellation(bed)}` }),
  },
  {
    method: 'PUT',
    route: '/v1/interpellations/{interpellationId}',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/interpellations/${await freshInterpellation(bed)}`,
      body: { topic: 'Tiến độ giải phóng mặt bằng (sửa)', version: 1 },
    }),
  },
  {
    method: 'GET',
    route: '/v1/sessions/{sessionId}/results',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/sessions/huu-lung-kh12/results' }),
  },
];

export const RESOLUTION_STAFF_ROUTES: StaffRoute[] = RESOLUTION_ROUTES.map((r) => ({
  ...r,
  badInputTestedIn: r.route.includes('interpellations')
    ? 'test/resolutions/interpellations.test.ts'
    : 'test/resolutions/resolutions.test.ts',
}));
