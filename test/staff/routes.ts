/**
 * Every staff route, with how to prepare a request that would succeed for the right
 * user (a fresh petition in the state the action needs) and who that user is. The
 * authorization matrix, the token tests and the bad-input tests all walk this table.
 */
import { randomUUID } from 'node:crypto';
import { issueApiKey } from '../../functions/lib/open311/api-keys.ts';
import { vietnamDate } from '../../shared/time.ts';
import { AGENCY_VIEW_ROUTES } from './agency-view-routes.ts';
import { ATTACHMENT_ROUTES } from './attachment-routes.ts';
import { DESK_ROUTES } from './desk-routes.ts';
import { agency, everyone, fixedRoute, type MatrixUser, type StaffRoute, secretariat } from './matrix.ts';
import { MEETING_ROUTES } from './meeting-routes.ts';
import { OVERSIGHT_ROUTES } from './oversight-routes.ts';
import { RECORD_DOCUMENT_ROUTES } from './record-document-routes.ts';
import { RESOLUTION_STAFF_ROUTES } from './resolution-routes.ts';
import { SEARCH_ROUTES } from './search-routes.ts';
import { SESSION_ROUTES } from './session-routes.ts';
import { makePetition, type PetitionState, type StaffTestbed } from './support.ts';

export { type MatrixUser, type PreparedRequest, type StaffRoute, USERS } from './matrix.ts';

const petitionIn = async (bed: StaffTestbed, state: PetitionState) => (await makePetition(bed, state)).code;

/**
 * POST /v1/petitions/{code}/<action> on a fresh petition in `state`, with `body` (or what
 * `body(bed)` makes when it needs the testbed or today's date); no body when absent.
 */
function petitionAction(
  action: string,
  allowed: readonly MatrixUser[],
  state: PetitionState,
  body?: object | ((bed: StaffTestbed) => unknown),
): StaffRoute {
  return {
    method: 'POST',
    route: `/v1/petitions/{code}/${action}`,
    allowed,
    prepare: async (bed) => {
      const path = `/v1/petitions/${await petitionIn(bed, state)}/${action}`;
      if (body === undefined) return { path };
      return { path, body: typeof body === 'function' ? await body(bed) : body };
    },
  };
}

export const ANSWER = {
  text: 'Phòng đã kiểm tra hồ sơ và sẽ cấp giấy chứng nhận cho các hộ trong tháng tới.',
  documentNumber: '88/TNMT',
  documentDate: '2026-11-20',
  result: 'resolved',
};

/** A voter's petition as the secretariat types it in from paper. */
export const SUBMISSION = {
  submitter: {
    name: 'Hoàng Văn Nam',
    phone: '0987 111 222',
    address: 'Thôn Đồng Ván, xã Minh Tiến',
    communeId: 'minh-tien',
  },
  fieldId: 'an-toan-giao-thong',
  localityId: 'minh-tien',
  title: 'Lắp biển báo tại ngã ba trường học',
  content: 'Ngã ba trước cổng trường tiểu học không có biển báo, xe đi nhanh gây nguy hiểm cho học sinh.',
  consentToPublish: true,
};

/** The same petition raised at a meeting in Vân Nham, about Vân Nham (a meeting's petitions concern its communes). */
export const AT_VAN_NHAM = {
  ...SUBMISSION,
  submitter: { ...SUBMISSION.submitter, address: 'Thôn Làng Ngõa, xã Vân Nham', communeId: 'van-nham' },
  localityId: 'van-nham',
};

const PETITION_ROUTES: StaffRoute[] = [
  { method: 'GET', route: '/v1/me', allowed: everyone, prepare: async () => ({ path: '/v1/me' }) },
  {
    method: 'GET',
    route: '/v1/petitions/{code}',
    allowed: ['secretariatOwn', 'agencyOwn', 'delegateOwn', 'admin'],
    prepare: async (bed) => ({ path: `/v1/petitions/${await petitionIn(bed, 'routed')}` }),
    returnsContact: true,
  },
  petitionAction('route', secretariat, 'received', { agencyId: 'phong-tnmt-huu-lung' }),
  petitionAction('merge', secretariat, 'received', async (bed) => ({
    codes: [await petitionIn(bed, 'received')],
  })),
  petitionAction('reject', secretariat, 'received', { reason: 'Nội dung quảng cáo, không phải kiến nghị.' }),
  petitionAction('close', secretariat, 'answered', {}),
  petitionAction('acknowledge', agency, 'routed'),
  petitionAction('roadmap', agency, 'in_progress', () => ({
    text: 'Đo đạc lại thửa đất trong tháng này, cấp giấy vào tháng sau.',
    expectedBy: vietnamDate(new Date(Date.now() + 30 * 86_400_000)),
  })),
  petitionAction('answer', agency, 'in_progress', ANSWER),
  petitionAction('return', agency, 'routed', { reason: 'Việc này thuộc thẩm quyền của UBND xã Vân Nham.' }),
  petitionAction('follow-up', ['secretariatOwn', 'delegateOwn', 'admin'], 'routed', {
    note: 'Đề nghị cơ quan sớm trả lời cử tri.',
  }),
  fixedRoute('GET', '/v1/councils/{councilId}', secretariat, '/v1/councils/huu-lung'),
  fixedRoute('PUT', '/v1/councils/{councilId}/settings', secretariat, '/v1/councils/huu-lung/settings', {
    deadlineDays: 30,
    autoRoute: false,
  }),
  fixedRoute(
    'GET',
    '/v1/councils/{councilId}/petitions',
    secretariat,
    '/v1/councils/huu-lung/petitions?status=received',
  ),
  fixedRoute(
    'GET',
    '/v1/councils/{councilId}/petitions/counts',
    secretariat,
    '/v1/councils/huu-lung/petitions/counts',
  ),
  fixedRoute('POST', '/v1/councils/{councilId}/petitions', secretariat, '/v1/councils/huu-lung/petitions', {
    ...SUBMISSION,
    channel: 'post',
  }),
  fixedRoute(
    'POST',
    '/v1/councils/{councilId}/petitions/batch',
    secretariat,
    '/v1/councils/huu-lung/petitions/batch',
    { meetingId: 'hl-txct-sau-kh11-van-nham', petitions: [AT_VAN_NHAM] },
  ),
  fixedRoute(
    'GET',
    '/v1/councils/{councilId}/routing-rules',
    secretariat,
    '/v1/councils/huu-lung/routing-rules',
  ),
  fixedRoute(
    'POST',
    '/v1/councils/{councilId}/routing-rules',
    secretariat,
    '/v1/councils/huu-lung/routing-rules',
    { fieldId: 'y-te', unitId: 'huu-lung', agencyId: 'ubnd-huu-lung', priority: 5 },
  ),
  fixedRoute(
    'PUT',
    '/v1/councils/{councilId}/routing-rules/{ruleId}',
    secretariat,
    '/v1/councils/huu-lung/routing-rules/huu-lung-r1',
    { unitId: 'huu-lung', agencyId: 'ubnd-huu-lung', priority: 0 },
  ),
  fixedRoute('GET', '/v1/agencies', everyone, '/v1/agencies'),
  fixedRoute('POST', '/v1/agencies', secretariat, '/v1/agencies', () => ({
    id: `phong-${randomUUID().slice(0, 8)}`,
    name: 'Phòng Văn hóa và Thông tin huyện Hữu Lũng',
    unitId: 'huu-lung',
    level: 'district',
  })),
  fixedRoute('PUT', '/v1/agencies/{agencyId}', secretariat, '/v1/agencies/phong-tnmt-huu-lung', {
    name: 'Phòng Tài nguyên và Môi trường huyện Hữu Lũng',
    unitId: 'huu-lung',
    level: 'district',
    email: 'phong-tnmt-huu-lung@cong-vu.example.vn',
  }),
  fixedRoute(
    'GET',
    '/v1/agencies/{agencyId}/petitions',
    agency,
    '/v1/agencies/phong-tnmt-huu-lung/petitions?status=routed',
  ),
  {
    ...fixedRoute('GET', '/v1/audit', secretariat, '/v1/audit?council=huu-lung'),
    badInputTestedIn: 'test/staff/audit.test.ts',
  },
  fixedRoute(
    'GET',
    '/v1/groups/{groupId}/petitions',
    ['delegateOwn', 'secretariatOwn', 'admin'],
    '/v1/groups/to-huu-lung-dv6/petitions',
  ),
];

/** Open311 API keys of integrators: the admin's alone. */
const API_KEY_ROUTES: StaffRoute[] = (
  [
    {
      method: 'GET',
      route: '/v1/api-keys',
      allowed: ['admin'],
      prepare: async () => ({ path: '/v1/api-keys' }),
    },
    {
      method: 'POST',
      route: '/v1/api-keys',
      allowed: ['admin'],
      prepare: async () => ({
        path: '/v1/api-keys',
        body: { integrator: 'Ứng dụng Phản ánh', hourlyLimit: 30 },
      }),
    },
    {
      method: 'POST',
      route: '/v1/api-keys/{keyId}/revoke',
      allowed: ['admin'],
      prepare: async (bed) => {
        const input = { integrator: 'Ứng dụng thử', hourlyLimit: 5 };
        const { apiKey } = await issueApiKey(bed.database.repos, input, 'quan-tri', bed.now);
        return { path: `/v1/api-keys/${apiKey.id}/revoke` };
      },
    },
  ] satisfies StaffRoute[]
).map((r) => ({ ...r, badInputTestedIn: 'test/staff/api-keys.test.ts' }));

export const STAFF_ROUTES: StaffRoute[] = [
  ...PETITION_ROUTES,
  ...API_KEY_ROUTES,
  ...MEETING_ROUTES.map((r) => ({ ...r, badInputTestedIn: 'test/meetings/staff-meetings.test.ts' })),
  ...RESOLUTION_STAFF_ROUTES,
  ...SESSION_ROUTES.map((r) => ({ ...r, badInputTestedIn: 'test/sessions/staff-sessions.test.ts' })),
  ...OVERSIGHT_ROUTES.map((r) => ({ ...r, badInputTestedIn: 'test/oversight/staff-oversight.test.ts' })),
  ...DESK_ROUTES,
  ...ATTACHMENT_ROUTES,
  ...SEARCH_ROUTES,
  ...RECORD_DOCUMENT_ROUTES,
  ...AGENCY_VIEW_ROUTES,
];
