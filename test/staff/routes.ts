/**
 * Every staff route, with how to prepare a request that would succeed for the right
 * user (a fresh petition in the state the action needs) and who that user is. The
 * authorization matrix, the token tests and the bad-input tests all walk this table.
 */
import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../shared/schemas/index.ts';
import { makePetition, type PetitionState, type StaffTestbed } from './support.ts';

/** The demo users of the matrix: each role, in the petition's scope ("own") and outside it ("other"). */
export const USERS = {
  secretariatOwn: 'thu-ky-huu-lung',
  secretariatOther: 'thu-ky-son-dong',
  agencyOwn: 'can-bo-tnmt-huu-lung',
  agencyOther: 'can-bo-gddt-huu-lung',
  delegateOwn: 'dai-bieu-huu-lung-dv6',
  delegateOther: 'dai-bieu-son-dong-dv1',
  admin: 'quan-tri',
} as const;
export type MatrixUser = keyof typeof USERS;

export interface PreparedRequest {
  path: string;
  body?: unknown;
}

export interface StaffRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** The route as documented. */
  route: string;
  /** Who may call it on Hữu Lũng's petitions, agencies and groups. */
  allowed: readonly MatrixUser[];
  prepare(bed: StaffTestbed): Promise<PreparedRequest>;
  /** Where its bad-input cases live, when not in bad-input.test.ts. */
  badInputTestedIn?: string;
}

const DAY = 86_400_000;
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const randomNumber = () => 100 + Math.floor(Math.random() * 899);

/** A meeting of Hữu Lũng council, straight into the table; a past one has started and can be marked held. */
async function freshMeeting(bed: StaffTestbed, when: 'future' | 'past' = 'future'): Promise<string> {
  const start = bed.now.getTime() + (when === 'future' ? 20 : -2) * DAY;
  const meeting: Meeting = {
    id: unique('hop'),
    councilId: 'huu-lung',
    kind: 'ad_hoc',
    title: 'Tiếp xúc cử tri đột xuất tại xã Đồng Tiến',
    delegateIds: [],
    communeIds: ['dong-tien'],
    venue: { name: 'Nhà văn hóa xã Đồng Tiến', address: 'Xã Đồng Tiến, huyện Hữu Lũng' },
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3 * 3600_000).toISOString(),
    invitedBodies: [],
    status: 'confirmed',
    published: false,
    sequence: 0,
    createdAt: bed.now.toISOString(),
    updatedAt: bed.now.toISOString(),
  };
  await bed.database.repos.meetings.create(meeting);
  return meeting.id;
}

const petitionIn = async (bed: StaffTestbed, state: PetitionState) => (await makePetition(bed, state)).code;

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

const secretariat = ['secretariatOwn', 'admin'] as const;
/** The council's schedule: its secretariat and its delegates read it. */
const scheduleReaders = ['secretariatOwn', 'delegateOwn', 'admin'] as const;
const agency = ['agencyOwn', 'admin'] as const;
const everyone = Object.keys(USERS) as MatrixUser[];

const PETITION_ROUTES: StaffRoute[] = [
  { method: 'GET', route: '/v1/me', allowed: everyone, prepare: async () => ({ path: '/v1/me' }) },
  {
    method: 'GET',
    route: '/v1/petitions/{code}',
    allowed: ['secretariatOwn', 'agencyOwn', 'delegateOwn', 'admin'],
    prepare: async (bed) => ({ path: `/v1/petitions/${await petitionIn(bed, 'routed')}` }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/route',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/petitions/${await petitionIn(bed, 'received')}/route`,
      body: { agencyId: 'phong-tnmt-huu-lung' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/merge',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/petitions/${await petitionIn(bed, 'received')}/merge`,
      body: { codes: [await petitionIn(bed, 'received')] },
    }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/reject',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/petitions/${await petitionIn(bed, 'received')}/reject`,
      body: { reason: 'Nội dung quảng cáo, không phải kiến nghị.' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/close',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/petitions/${await petitionIn(bed, 'answered')}/close`, body: {} }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/acknowledge',
    allowed: agency,
    prepare: async (bed) => ({ path: `/v1/petitions/${await petitionIn(bed, 'routed')}/acknowledge` }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/roadmap',
    allowed: agency,
    prepare: async (bed) => ({
      path: `/v1/petitions/${await petitionIn(bed, 'in_progress')}/roadmap`,
      body: {
        text: 'Đo đạc lại thửa đất trong tháng này, cấp giấy vào tháng sau.',
        expectedBy: '2026-12-31',
      },
    }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/answer',
    allowed: agency,
    prepare: async (bed) => ({
      path: `/v1/petitions/${await petitionIn(bed, 'in_progress')}/answer`,
      body: ANSWER,
    }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/return',
    allowed: agency,
    prepare: async (bed) => ({
      path: `/v1/petitions/${await petitionIn(bed, 'routed')}/return`,
      body: { reason: 'Việc này thuộc thẩm quyền của UBND xã Vân Nham.' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/petitions/{code}/follow-up',
    allowed: ['secretariatOwn', 'delegateOwn', 'admin'],
    prepare: async (bed) => ({
      path: `/v1/petitions/${await petitionIn(bed, 'routed')}/follow-up`,
      body: { note: 'Đề nghị cơ quan sớm trả lời cử tri.' },
    }),
  },
  {
    method: 'GET',
    route: '/v1/councils/{councilId}',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/councils/huu-lung' }),
  },
  {
    method: 'PUT',
    route: '/v1/councils/{councilId}/settings',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/councils/huu-lung/settings',
      body: { deadlineDays: 30, autoRoute: false },
    }),
  },
  {
    method: 'GET',
    route: '/v1/councils/{councilId}/petitions',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/councils/huu-lung/petitions?status=received' }),
  },
  {
    method: 'POST',
    route: '/v1/councils/{councilId}/petitions',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/councils/huu-lung/petitions',
      body: { ...SUBMISSION, channel: 'post' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/councils/{councilId}/petitions/batch',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/councils/huu-lung/petitions/batch',
      body: { meetingId: 'hl-txct-sau-kh11-van-nham', petitions: [SUBMISSION] },
    }),
  },
  {
    method: 'GET',
    route: '/v1/councils/{councilId}/routing-rules',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/councils/huu-lung/routing-rules' }),
  },
  {
    method: 'POST',
    route: '/v1/councils/{councilId}/routing-rules',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/councils/huu-lung/routing-rules',
      body: { fieldId: 'y-te', unitId: 'huu-lung', agencyId: 'ubnd-huu-lung', priority: 5 },
    }),
  },
  {
    method: 'PUT',
    route: '/v1/councils/{councilId}/routing-rules/{ruleId}',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/councils/huu-lung/routing-rules/huu-lung-r1',
      body: { unitId: 'huu-lung', agencyId: 'ubnd-huu-lung', priority: 0 },
    }),
  },
  {
    method: 'GET',
    route: '/v1/agencies',
    allowed: everyone,
    prepare: async () => ({ path: '/v1/agencies' }),
  },
  {
    method: 'POST',
    route: '/v1/agencies',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/agencies',
      body: {
        id: `phong-${randomUUID().slice(0, 8)}`,
        name: 'Phòng Văn hóa và Thông tin huyện Hữu Lũng',
        unitId: 'huu-lung',
        level: 'district',
      },
    }),
  },
  {
    method: 'PUT',
    route: '/v1/agencies/{agencyId}',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/agencies/phong-tnmt-huu-lung',
      body: {
        name: 'Phòng Tài nguyên và Môi trường huyện Hữu Lũng',
        unitId: 'huu-lung',
        level: 'district',
        email: 'phong-tnmt-huu-lung@cong-vu.example.vn',
      },
    }),
  },
  {
    method: 'GET',
    route: '/v1/agencies/{agencyId}/petitions',
    allowed: agency,
    prepare: async () => ({ path: '/v1/agencies/phong-tnmt-huu-lung/petitions?status=routed' }),
  },
  {
    method: 'GET',
    route: '/v1/groups/{groupId}/petitions',
    allowed: ['delegateOwn', 'secretariatOwn', 'admin'],
    prepare: async () => ({ path: '/v1/groups/to-huu-lung-dv6/petitions' }),
  },
];

const MEETING_ROUTES: StaffRoute[] = [
  // Meetings, the council's structure, compliance and the summary report (functions/staff-api/routes/meetings.ts,
  // council-structure.ts, meeting-reports.ts): the same policy, the same matrix.
  {
    method: 'GET',
    route: '/v1/meetings',
    allowed: scheduleReaders,
    prepare: async () => ({ path: '/v1/meetings?council=huu-lung' }),
  },
  {
    method: 'POST',
    route: '/v1/meetings',
    allowed: secretariat,
    prepare: async (bed) => {
      const start = bed.now.getTime() + 30 * DAY;
      return {
        path: '/v1/meetings',
        body: {
          councilId: 'huu-lung',
          kind: 'ad_hoc',
          title: 'Tiếp xúc cử tri đột xuất tại xã Đồng Tiến',
          communeIds: ['dong-tien'],
          venue: { name: 'Nhà văn hóa xã Đồng Tiến', address: 'Xã Đồng Tiến, huyện Hữu Lũng' },
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 3 * 3600_000).toISOString(),
        },
      };
    },
  },
  {
    method: 'GET',
    route: '/v1/meetings/{meetingId}',
    allowed: scheduleReaders,
    prepare: async () => ({ path: '/v1/meetings/hl-txct-truoc-kh12-minh-tien' }),
  },
  {
    method: 'PUT',
    route: '/v1/meetings/{meetingId}',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/meetings/${await freshMeeting(bed)}`,
      body: { title: 'Đổi tên buổi tiếp xúc' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/meetings/{meetingId}/publish',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/meetings/${await freshMeeting(bed)}/publish` }),
  },
  {
    method: 'POST',
    route: '/v1/meetings/{meetingId}/postpone',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/meetings/${await freshMeeting(bed)}/postpone`,
      body: { reason: 'Trùng lịch họp của huyện.' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/meetings/{meetingId}/cancel',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/meetings/${await freshMeeting(bed)}/cancel`,
      body: { reason: 'Mưa lũ, đường vào xã bị chia cắt.' },
    }),
  },
  {
    method: 'POST',
    route: '/v1/meetings/{meetingId}/held',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/meetings/${await freshMeeting(bed, 'past')}/held`,
      body: { attendance: 64 },
    }),
  },
  {
    method: 'GET',
    route: '/v1/meetings/{meetingId}/petitions',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/meetings/hl-txct-sau-kh11-van-nham/petitions' }),
  },
  ...(
    [
      [
        'sessions',
        'huu-lung-kh12',
        (id: string) => ({ id, name: 'Kỳ họp chuyên đề', number: randomNumber(), opensOn: '2027-01-15' }),
      ],
      [
        'electoral-units',
        'huu-lung-dv6',
        (id: string) => ({
          id,
          number: randomNumber(),
          name: 'Đơn vị bầu cử mới',
          communeIds: ['dong-tien'],
        }),
      ],
      [
        'groups',
        'to-huu-lung-dv6',
        (id: string) => ({ id, name: 'Tổ đại biểu mới', electoralUnitId: 'huu-lung-dv6' }),
      ],
      [
        'delegates',
        'to-huu-lung-dv6-db3',
        (id: string) => ({ id, groupId: 'to-huu-lung-dv6', name: 'Lương Văn Tuấn' }),
      ],
    ] as const
  ).flatMap(([resource, existing, body]): StaffRoute[] => [
    {
      method: 'GET',
      route: `/v1/councils/{councilId}/${resource}`,
      allowed: secretariat,
      prepare: async () => ({ path: `/v1/councils/huu-lung/${resource}` }),
    },
    {
      method: 'POST',
      route: `/v1/councils/{councilId}/${resource}`,
      allowed: secretariat,
      prepare: async () => ({ path: `/v1/councils/huu-lung/${resource}`, body: body(unique('moi')) }),
    },
    {
      method: 'PUT',
      route: `/v1/councils/{councilId}/${resource}/{recordId}`,
      allowed: secretariat,
      prepare: async (bed) => {
        // Put back what is there, so the rest of the matrix sees the same council.
        const ref = await bed.database.repos.reference.load({ fresh: true });
        const kind = {
          sessions: 'sessions',
          'electoral-units': 'electoralUnits',
          groups: 'delegateGroups',
          delegates: 'delegates',
        } as const;
        const record = ref.records[kind[resource]].find((r) => r.id === existing) as Record<string, unknown>;
        const { id: _id, councilId: _council, ...rest } = record;
        return { path: `/v1/councils/huu-lung/${resource}/${existing}`, body: rest };
      },
    },
  ]),
  {
    method: 'GET',
    route: '/v1/compliance',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/compliance?council=huu-lung' }),
  },
  {
    method: 'GET',
    route: '/v1/reports/{file}',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/reports/summary.csv?session=huu-lung-kh12' }),
  },
];

export const STAFF_ROUTES: StaffRoute[] = [
  ...PETITION_ROUTES,
  ...MEETING_ROUTES.map((r) => ({ ...r, badInputTestedIn: 'test/meetings/staff-meetings.test.ts' })),
];
