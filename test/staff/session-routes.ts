/**
 * Rows of the matrix for the sessions routes (functions/staff-api/routes/sessions.ts): the
 * secretariat of the session's council and the admin, nobody else. Their bad-input cases
 * live in test/sessions/staff-sessions.test.ts.
 */
import { randomUUID } from 'node:crypto';
import type { CouncilSession, SessionView } from '../../shared/schemas/index.ts';
import { type StaffRoute, secretariat } from './matrix.ts';
import type { StaffTestbed } from './support.ts';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A planned session of Hữu Lũng with one item open for views, straight into the table. */
export async function freshSession(bed: { database: StaffTestbed['database']; now: Date }) {
  const session: CouncilSession = {
    id: unique('hl-kh'),
    councilId: 'huu-lung',
    name: 'Kỳ họp chuyên đề, HĐND huyện Hữu Lũng',
    number: 90 + Math.floor(Math.random() * 900),
    opensOn: '2030-07-10',
    closesOn: '2030-07-11',
    kind: 'thematic',
    venue: 'Hội trường HĐND huyện Hữu Lũng',
    status: 'planned',
    version: 1,
  };
  const itemId = `${session.id}-nd-1`;
  await bed.database.repos.sessions.create(session, {
    sessionId: session.id,
    councilId: session.councilId,
    items: [
      {
        id: itemId,
        title: 'Tờ trình dự toán ngân sách',
        kind: 'draft_resolution',
        documents: [],
        viewsOpen: true,
      },
    ],
    version: 1,
    updatedAt: bed.now.toISOString(),
  });
  return { session, itemId };
}

/** A demo meeting moved onto the session (its views then go to that session's items), as stored. */
export async function meetingOnSession(
  bed: { database: StaffTestbed['database'] },
  meetingId: string,
  sessionId: string,
) {
  const meeting = (await bed.database.repos.meetings.get(meetingId))!;
  await bed.database.repos.meetings.save(meeting, { ...meeting, sessionId, sequence: meeting.sequence + 1 });
  return meeting;
}

/** A pending online view on the fresh session's item. */
async function pendingView(bed: StaffTestbed) {
  const { session, itemId } = await freshSession(bed);
  const view: SessionView = {
    id: unique('v'),
    sessionId: session.id,
    councilId: session.councilId,
    agendaItemId: itemId,
    source: 'online',
    status: 'pending',
    communeId: 'minh-tien',
    text: 'Đề nghị ưu tiên vốn cho đường liên thôn.',
    voterCount: 1,
    consentToPublish: true,
    version: 1,
    createdAt: bed.now.toISOString(),
    updatedAt: bed.now.toISOString(),
  };
  await bed.database.repos.sessions.addView(view, 1);
  return { session, view };
}

export const SESSION_ROUTES: StaffRoute[] = [
  {
    method: 'POST',
    route: '/v1/sessions',
    allowed: secretariat,
    prepare: async () => ({
      path: '/v1/sessions',
      body: {
        councilId: 'huu-lung',
        id: unique('hl-kh'),
        name: 'Kỳ họp bất thường, HĐND huyện Hữu Lũng',
        number: 50,
        kind: 'special',
        opensOn: '2030-09-01',
        closesOn: '2030-09-01',
        venue: 'Hội trường HĐND huyện',
      },
    }),
  },
  {
    method: 'GET',
    route: '/v1/sessions/{sessionId}',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/sessions/${(await freshSession(bed)).session.id}` }),
  },
  {
    method: 'PUT',
    route: '/v1/sessions/{sessionId}',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/sessions/${(await freshSession(bed)).session.id}`,
      body: { status: 'in_session', version: 1 },
    }),
  },
  {
    method: 'PUT',
    route: '/v1/sessions/{sessionId}/agenda',
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/sessions/${(await freshSession(bed)).session.id}/agenda`,
      body: { items: [{ title: 'Báo cáo kinh tế - xã hội', kind: 'report' }], version: 1 },
    }),
  },
  {
    method: 'GET',
    route: '/v1/sessions/{sessionId}/views',
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/sessions/${(await freshSession(bed)).session.id}/views` }),
  },
  {
    method: 'POST',
    route: '/v1/sessions/{sessionId}/views',
    allowed: secretariat,
    prepare: async (bed) => {
      const { session, itemId } = await freshSession(bed);
      const meeting = await meetingOnSession(bed, 'hl-txct-truoc-kh12-minh-tien', session.id);
      return {
        path: `/v1/sessions/${session.id}/views`,
        body: {
          agendaItemId: itemId,
          meetingId: meeting.id,
          text: 'Cử tri đề nghị làm rõ nguồn vốn.',
          voterCount: 12,
        },
      };
    },
  },
  {
    method: 'POST',
    route: '/v1/sessions/{sessionId}/views/{viewId}/publish',
    allowed: secretariat,
    prepare: async (bed) => {
      const { session, view } = await pendingView(bed);
      return { path: `/v1/sessions/${session.id}/views/${view.id}/publish`, body: { version: 1 } };
    },
  },
  {
    method: 'POST',
    route: '/v1/sessions/{sessionId}/views/{viewId}/reject',
    allowed: secretariat,
    prepare: async (bed) => {
      const { session, view } = await pendingView(bed);
      return {
        path: `/v1/sessions/${session.id}/views/${view.id}/reject`,
        body: { reason: 'Nội dung không liên quan đến kỳ họp.', version: 1 },
      };
    },
  },
];
