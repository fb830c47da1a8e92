/**
 * Rows of the matrix for the meeting engineer's routes on the staff API (meetings, the
 * council's structure, compliance, the summary report). Their bad-input cases live in
 * test/meetings/staff-meetings.test.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../shared/schemas/index.ts';
import { fixedRoute, type StaffRoute, scheduleReaders, secretariat } from './matrix.ts';
import type { StaffTestbed } from './support.ts';

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

/** The secretariat's `method` on /v1/meetings/{meetingId}<suffix>, on a fresh meeting each time. */
function meetingAction(
  method: StaffRoute['method'],
  suffix: string,
  body?: object,
  when: 'future' | 'past' = 'future',
): StaffRoute {
  return {
    method,
    route: `/v1/meetings/{meetingId}${suffix}`,
    allowed: secretariat,
    prepare: async (bed) => {
      const path = `/v1/meetings/${await freshMeeting(bed, when)}${suffix}`;
      return body === undefined ? { path } : { path, body };
    },
  };
}

export const MEETING_ROUTES: StaffRoute[] = [
  // Meetings, the council's structure, compliance and the summary report (functions/staff-api/routes/meetings.ts,
  // council-structure.ts, meeting-reports.ts): the same policy, the same matrix.
  fixedRoute('GET', '/v1/meetings', scheduleReaders, '/v1/meetings?council=huu-lung'),
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
  fixedRoute('GET', '/v1/meetings/{meetingId}', scheduleReaders, '/v1/meetings/hl-txct-truoc-kh12-minh-tien'),
  meetingAction('PUT', '', { title: 'Đổi tên buổi tiếp xúc' }),
  meetingAction('POST', '/publish'),
  meetingAction('POST', '/postpone', { reason: 'Trùng lịch họp của huyện.' }),
  meetingAction('POST', '/cancel', { reason: 'Mưa lũ, đường vào xã bị chia cắt.' }),
  meetingAction('POST', '/held', { attendance: 64 }, 'past'),
  fixedRoute(
    'GET',
    '/v1/meetings/{meetingId}/petitions',
    secretariat,
    '/v1/meetings/hl-txct-sau-kh11-van-nham/petitions',
  ),
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
  fixedRoute('GET', '/v1/compliance', secretariat, '/v1/compliance?council=huu-lung'),
  fixedRoute('GET', '/v1/reports/{file}', secretariat, '/v1/reports/summary.csv?session=huu-lung-kh12'),
];
