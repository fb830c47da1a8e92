/**
 * Rows of the matrix for oversight's staff routes (functions/staff-api/routes/oversight.ts).
 * Their bad-input cases live in test/oversight/staff-oversight.test.ts.
 */
import { makeActivity, makeItem, unique } from '../oversight/support.ts';
import { agency, type StaffRoute, secretariat } from './matrix.ts';

const year = (bed: { now: Date }) => bed.now.toISOString().slice(0, 4);
const today = (bed: { now: Date }) => bed.now.toISOString().slice(0, 10);
const report = { text: 'Đã hoàn thành đo đạc, đang lập hồ sơ cấp giấy.', percent: 50 };

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
  {
    method: 'GET',
    route: '/v1/follow-ups/{itemId}',
    allowed: ['secretariatOwn', 'agencyOwn', 'delegateOwn', 'admin'],
    prepare: async (bed) => ({ path: `/v1/follow-ups/${(await makeItem(bed, 'in_progress')).id}` }),
  },
  {
    method: 'POST',
    route: '/v1/follow-ups/{itemId}/progress',
    allowed: agency,
    prepare: async (bed) => ({
      path: `/v1/follow-ups/${(await makeItem(bed, 'open')).id}/progress`,
      body: report,
    }),
  },
  {
    method: 'POST',
    route: '/v1/follow-ups/{itemId}/accept',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/follow-ups/${(await makeItem(bed, 'reported_done')).id}/accept` }),
  },
  {
    method: 'POST',
    route: '/v1/follow-ups/{itemId}/resupervise',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/follow-ups/${(await makeItem(bed, 'reported_done')).id}/resupervise`,
      body: { reason: 'Khảo sát thực tế cho thấy còn 30 hộ chưa được cấp giấy.' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/follow-ups/{itemId}/notes',
    allowed: ['secretariatOwn', 'delegateOwn', 'admin'],
    prepare: async (bed) => ({
      path: `/v1/follow-ups/${(await makeItem(bed, 'in_progress')).id}/notes`,
      body: { note: 'Cử tri xã Vân Nham tiếp tục phản ánh, đề nghị đẩy nhanh tiến độ.' },
    }),
  },
  {
    method: 'GET',
    route: '/v1/agencies/{agencyId}/follow-ups',
    allowed: agency,
    prepare: async () => ({ path: '/v1/agencies/phong-tnmt-huu-lung/follow-ups?status=open' }),
  },
  {
    method: 'GET',
    route: '/v1/agencies/{agencyId}/work',
    allowed: agency,
    prepare: async () => ({ path: '/v1/agencies/phong-tnmt-huu-lung/work?kind=all' }),
  },
  {
    method: 'GET',
    route: '/v1/groups/{groupId}/follow-ups',
    allowed: ['secretariatOwn', 'delegateOwn', 'admin'],
    prepare: async () => ({ path: '/v1/groups/to-huu-lung-dv6/follow-ups' }),
  },
];
