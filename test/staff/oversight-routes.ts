/**
 * Rows of the matrix for oversight's staff routes (functions/staff-api/routes/oversight.ts).
 * Their bad-input cases live in test/oversight/staff-oversight.test.ts.
 */
import type { FollowUpStatus } from '../../shared/vocabulary.ts';
import { makeActivity, makeItem, unique } from '../oversight/support.ts';
import { agency, fixedRoute, type MatrixUser, type StaffRoute, secretariat } from './matrix.ts';

const year = (bed: { now: Date }) => bed.now.toISOString().slice(0, 4);
const today = (bed: { now: Date }) => bed.now.toISOString().slice(0, 10);
const report = { text: 'Đã hoàn thành đo đạc, đang lập hồ sơ cấp giấy.', percent: 50 };

/** `method` on /v1/follow-ups/{itemId}<suffix>, on a fresh follow-up item in `state` each time. */
function followUpAction(
  method: StaffRoute['method'],
  suffix: string,
  allowed: readonly MatrixUser[],
  state: FollowUpStatus,
  body?: object,
): StaffRoute {
  return {
    method,
    route: `/v1/follow-ups/{itemId}${suffix}`,
    allowed,
    prepare: async (bed) => {
      const path = `/v1/follow-ups/${(await makeItem(bed, state)).id}${suffix}`;
      return body === undefined ? { path } : { path, body };
    },
  };
}

export const OVERSIGHT_ROUTES: StaffRoute[] = [
  {
    method: 'GET',
    route: '/v1/oversight',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/oversight?council=huu-lung&year=${year(bed)}` }),
  },
  {
    method: 'POST',
    route: '/v1/oversight',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: '/v1/oversight',
      body: {
        councilId: 'huu-lung',
        id: unique('gs'),
        kind: 'survey',
        conductedBy: { type: 'committee', name: 'Ban Kinh tế – Xã hội' },
        title: 'Khảo sát tình hình đường giao thông nông thôn',
        subject: 'Chất lượng các tuyến đường giao thông nông thôn đã đầu tư.',
        startsOn: today(bed),
      },
    }),
  },
  {
    method: 'GET',
    route: '/v1/oversight/{activityId}',
    // The agency and the delegate see it through its items (of their agency, of their unit's commune).
    allowed: ['secretariatOwn', 'agencyOwn', 'delegateOwn', 'admin'],
    prepare: async (bed) => {
      const activity = await makeActivity(bed);
      await makeItem(bed, 'open', { source: { kind: 'activity', id: activity.id, title: activity.title } });
      return { path: `/v1/oversight/${activity.id}` };
    },
  },
  {
    method: 'PUT',
    route: '/v1/oversight/{activityId}',
    allowed: secretariat,
    prepare: async (bed) => {
      const activity = await makeActivity(bed);
      return { path: `/v1/oversight/${activity.id}`, body: { sequence: 0, status: 'concluded' } };
    },
  },
  {
    method: 'GET',
    route: '/v1/councils/{councilId}/follow-ups',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/councils/huu-lung/follow-ups?sourceKind=resolution&sourceId=huu-lung-nq-1',
    }),
  },
  {
    method: 'POST',
    route: '/v1/councils/{councilId}/follow-ups',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: '/v1/councils/huu-lung/follow-ups',
      body: {
        source: { kind: 'resolution', id: 'huu-lung-nq-1', title: 'Nghị quyết về đầu tư công năm 2026' },
        text: 'Hoàn thành giải phóng mặt bằng tuyến đường liên xã.',
        agencyId: 'phong-tnmt-huu-lung',
        deadline: new Date(bed.now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
        communeId: 'van-nham',
      },
    }),
  },
  followUpAction('GET', '', ['secretariatOwn', 'agencyOwn', 'delegateOwn', 'admin'], 'in_progress'),
  followUpAction('POST', '/progress', agency, 'open', report),
  followUpAction('POST', '/accept', secretariat, 'reported_done'),
  followUpAction('POST', '/resupervise', secretariat, 'reported_done', {
    reason: 'Khảo sát thực tế cho thấy còn 30 hộ chưa được cấp giấy.',
  }),
  followUpAction('POST', '/notes', ['secretariatOwn', 'delegateOwn', 'admin'], 'in_progress', {
    note: 'Cử tri xã Vân Nham tiếp tục phản ánh, đề nghị đẩy nhanh tiến độ.',
  }),
  fixedRoute(
    'GET',
    '/v1/agencies/{agencyId}/follow-ups',
    agency,
    '/v1/agencies/phong-tnmt-huu-lung/follow-ups?status=open',
  ),
  fixedRoute('GET', '/v1/agencies/{agencyId}/work', agency, '/v1/agencies/phong-tnmt-huu-lung/work?kind=all'),
  fixedRoute(
    'GET',
    '/v1/groups/{groupId}/follow-ups',
    ['secretariatOwn', 'delegateOwn', 'admin'],
    '/v1/groups/to-huu-lung-dv6/follow-ups',
  ),
];
