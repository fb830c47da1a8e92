/**
 * Staff actions over the status machine: each legal action moves the petition and appends
 * one timeline event with who, role, when and why; each illegal one is a 409 that names
 * the action and status in words, and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { deadlineAfter, vietnamDate } from '../../shared/time.ts';
import { ANSWER, USERS } from './routes.ts';
import { makePetition, type PetitionState, useStaffTestbed } from './support.ts';

/** A roadmap's promised day: never in the past, whatever day the suite runs. */
const IN_A_MONTH = vietnamDate(new Date(Date.now() + 30 * 86_400_000));

const bed = useStaffTestbed({ meetings: false });

interface View {
  petition: Petition & { overdue: boolean };
  timeline: TimelineEvent[];
  actions: string[];
}
const view = async (code: string, as: string = USERS.admin) =>
  (await (await bed.call('GET', `/v1/petitions/${code}`, { as })).json()) as View;

/** Each action, the user who may take it, a valid body, and the statuses it is legal from (DESIGN §3). */
const ACTIONS = [
  {
    action: 'route',
    as: USERS.secretariatOwn,
    body: { agencyId: 'ubnd-huu-lung' },
    from: ['received', 'routed'],
  },
  {
    action: 'reject',
    as: USERS.secretariatOwn,
    body: { reason: 'Không phải kiến nghị.' },
    from: ['received'],
  },
  { action: 'close', as: USERS.secretariatOwn, body: {}, from: ['answered'] },
  { action: 'acknowledge', as: USERS.agencyOwn, body: {}, from: ['routed'] },
  { action: 'answer', as: USERS.agencyOwn, body: ANSWER, from: ['routed', 'in_progress'] },
  {
    action: 'return',
    as: USERS.agencyOwn,
    body: { reason: 'Không thuộc thẩm quyền.' },
    from: ['routed', 'in_progress'],
  },
  {
    action: 'roadmap',
    as: USERS.agencyOwn,
    body: { text: 'Kiểm tra thực địa rồi cấp giấy.', expectedBy: IN_A_MONTH },
    from: ['routed', 'in_progress'],
  },
] as const;
const STATES: PetitionState[] = ['received', 'routed', 'in_progress', 'answered', 'closed', 'rejected'];

describe('staff actions and the status machine', () => {
  const illegal = ACTIONS.flatMap((a) =>
    STATES.filter((s) => !(a.from as readonly string[]).includes(s)).map((state) => ({ ...a, state })),
  );
  it.each(illegal)(
    '$action from $state → 409 with the reason, nothing changes',
    async ({ action, as, body, state }) => {
      // The agency keeps the petition in every state so that only the status can refuse.
      const { code } = await makePetition(bed, state, { agencyId: 'phong-tnmt-huu-lung' });
      const before = await bed.snapshot();
      const response = await bed.call('POST', `/v1/petitions/${code}/${action}`, { as, body });
      expect(response.status).toBe(409);
      const error = (await response.json()) as { error: string; message: string };
      expect(error.error).toBe('illegalTransition');
      expect(error.message).toMatch(/^Không thể .+ kiến nghị đang ở trạng thái “.+”\.$/);
      expect(error.message).not.toMatch(/in_progress|received|answered/);
      expect(await bed.snapshot()).toBe(before);
    },
  );

  it('the reason reads in English on request', async () => {
    const { code } = await makePetition(bed, 'received');
    const response = await bed.app.request(`/v1/petitions/${code}/answer`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await bed.issuer.tokenFor(USERS.admin)}`,
        'content-type': 'application/json',
        'accept-language': 'en',
      },
      body: JSON.stringify(ANSWER),
    });
    expect(((await response.json()) as { message: string }).message).toBe(
      'Cannot answer a petition whose status is “Received”.',
    );
  });

  it('routing sets the body and a deadline from the council setting, with a "routed" event by the secretariat', async () => {
    const set = await bed.call('PUT', '/v1/councils/huu-lung/settings', {
      as: USERS.secretariatOwn,
      body: { deadlineDays: 15, autoRoute: false },
    });
    expect(set.status).toBe(200);
    const { code } = await makePetition(bed, 'received');
    const response = await bed.call('POST', `/v1/petitions/${code}/route`, {
      as: USERS.secretariatOwn,
      body: { agencyId: 'phong-tnmt-huu-lung', reason: 'Thuộc lĩnh vực đất đai.' },
    });
    expect(response.status).toBe(200);
    const { petition, timeline } = await view(code);
    expect(petition).toMatchObject({
      status: 'routed',
      agencyId: 'phong-tnmt-huu-lung',
      deadline: deadlineAfter(bed.now, 15),
      version: 2,
    });
    expect(timeline.at(-1)).toMatchObject({
      type: 'routed',
      at: bed.now.toISOString(),
      actor: { id: 'thu-ky-huu-lung', role: 'secretariat', name: 'Nguyễn Thị Thu' },
      reason: 'Thuộc lĩnh vực đất đai.',
      agencyId: 'phong-tnmt-huu-lung',
    });
    await bed.call('PUT', '/v1/councils/huu-lung/settings', {
      as: USERS.admin,
      body: { deadlineDays: 30, autoRoute: false },
    });
  });

  it('an override re-routes a routed petition to another body with a fresh deadline', async () => {
    const { code } = await makePetition(bed, 'routed');
    await bed.call('POST', `/v1/petitions/${code}/route`, {
      as: USERS.secretariatOwn,
      body: { agencyId: 'ubnd-van-nham', reason: 'Việc của xã.' },
    });
    const { petition } = await view(code);
    expect(petition).toMatchObject({ agencyId: 'ubnd-van-nham', deadline: deadlineAfter(bed.now, 30) });
  });

  it('routing to another body than the proposed one without a reason is a 400 naming `reason`, in both languages, and changes nothing', async () => {
    for (const state of ['received', 'routed'] as const) {
      const { code } = await makePetition(bed, state);
      const before = await bed.snapshot();
      for (const [language, message] of [
        ['vi', 'Cần nêu lý do khi chuyển đến cơ quan khác với cơ quan đề xuất.'],
        ['en', 'Give the reason for sending it to another body than the proposed one.'],
      ] as const) {
        for (const body of [{ agencyId: 'ubnd-van-nham' }, { agencyId: 'ubnd-van-nham', reason: '  ' }]) {
          const response = await bed.app.request(`/v1/petitions/${code}/route`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${await bed.issuer.tokenFor(USERS.secretariatOwn)}`,
              'content-type': 'application/json',
              'accept-language': language,
            },
            body: JSON.stringify(body),
          });
          expect(response.status).toBe(400);
          const error = (await response.json()) as { fields: Record<string, string> };
          expect(error.fields).toEqual({ reason: message });
        }
      }
      expect(await bed.snapshot()).toBe(before);
    }
  });

  it('routing to the proposed body needs no reason', async () => {
    const { code } = await makePetition(bed, 'received');
    const response = await bed.call('POST', `/v1/petitions/${code}/route`, {
      as: USERS.secretariatOwn,
      body: { agencyId: 'phong-tnmt-huu-lung' },
    });
    expect(response.status).toBe(200);
  });

  it('routing to an unknown agency is a field error and changes nothing', async () => {
    const { code } = await makePetition(bed, 'received');
    const before = await bed.snapshot();
    const response = await bed.call('POST', `/v1/petitions/${code}/route`, {
      as: USERS.secretariatOwn,
      body: { agencyId: 'khong-ton-tai' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields.agencyId).toBeDefined();
    expect(await bed.snapshot()).toBe(before);
  });

  it('a whole life: acknowledge, roadmap, answer, close — each one event, the earlier ones untouched', async () => {
    const { code } = await makePetition(bed, 'routed');
    const steps = [
      ['acknowledge', USERS.agencyOwn, { reason: 'Đã nhận, đang xem xét.' }, 'in_progress', 'acknowledged'],
      [
        'roadmap',
        USERS.agencyOwn,
        { text: 'Đo đạc trong tháng tới.', expectedBy: IN_A_MONTH },
        'in_progress',
        'roadmap',
      ],
      ['answer', USERS.agencyOwn, ANSWER, 'answered', 'answered'],
      ['close', USERS.secretariatOwn, { reason: 'Cử tri đã nhận trả lời.' }, 'closed', 'closed'],
    ] as const;
    let previous: TimelineEvent[] = (await view(code)).timeline;
    for (const [action, as, body, status, eventType] of steps) {
      const response = await bed.call('POST', `/v1/petitions/${code}/${action}`, { as, body });
      expect(response.status, action).toBe(200);
      const now = await view(code);
      expect(now.petition.status).toBe(status);
      expect(now.timeline).toHaveLength(previous.length + 1);
      expect(now.timeline.slice(0, previous.length)).toEqual(previous);
      expect(now.timeline.at(-1)).toMatchObject({ type: eventType, actor: { id: as } });
      previous = now.timeline;
    }
    const { petition } = await view(code);
    expect(petition.roadmap).toEqual({ text: 'Đo đạc trong tháng tới.', expectedBy: IN_A_MONTH });
    expect(petition.answer).toMatchObject({ ...ANSWER, agencyId: 'phong-tnmt-huu-lung' });
    // The submitter consented: the answer is published.
    expect(petition.publishedAt).toBe(bed.now.toISOString());
  });

  it('a roadmap on a routed petition acknowledges it first (two events)', async () => {
    const { code } = await makePetition(bed, 'routed');
    await bed.call('POST', `/v1/petitions/${code}/roadmap`, {
      as: USERS.agencyOwn,
      body: { text: 'Sẽ làm việc với xã trong tuần tới.', expectedBy: IN_A_MONTH },
    });
    const { petition, timeline } = await view(code);
    expect(petition.status).toBe('in_progress');
    expect(timeline.slice(-2).map((e) => e.type)).toEqual(['acknowledged', 'roadmap']);
  });

  it('"will be resolved by" needs the date', async () => {
    const { code } = await makePetition(bed, 'in_progress');
    const response = await bed.call('POST', `/v1/petitions/${code}/answer`, {
      as: USERS.agencyOwn,
      body: { ...ANSWER, result: 'scheduled' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields.resolveBy).toBeDefined();
  });

  it('returning sends the petition back to triage without body or deadline, with the reason', async () => {
    const { code } = await makePetition(bed, 'in_progress');
    const response = await bed.call('POST', `/v1/petitions/${code}/return`, {
      as: USERS.agencyOwn,
      body: { reason: 'Đây là việc thuộc thẩm quyền của UBND xã.' },
    });
    expect(response.status).toBe(200);
    const { petition, timeline } = await view(code);
    expect(petition.status).toBe('received');
    expect(petition.agencyId).toBeUndefined();
    expect(petition.deadline).toBeUndefined();
    expect(timeline.at(-1)).toMatchObject({
      type: 'returned',
      reason: 'Đây là việc thuộc thẩm quyền của UBND xã.',
      agencyId: 'phong-tnmt-huu-lung',
      actor: { id: USERS.agencyOwn, role: 'agency' },
    });
    const queue = await bed.call('GET', '/v1/councils/huu-lung/petitions?limit=100', {
      as: USERS.secretariatOwn,
    });
    expect(((await queue.json()) as { items: Petition[] }).items.map((p) => p.code)).toContain(code);
    // The agency no longer sees it.
    expect((await bed.call('GET', `/v1/petitions/${code}`, { as: USERS.agencyOwn })).status).toBe(403);
  });

  it('rejecting keeps the reason on the timeline', async () => {
    const { code } = await makePetition(bed, 'received');
    await bed.call('POST', `/v1/petitions/${code}/reject`, {
      as: USERS.secretariatOwn,
      body: { reason: 'Nội dung quảng cáo.' },
    });
    const { petition, timeline } = await view(code);
    expect(petition.status).toBe('rejected');
    expect(timeline.at(-1)).toMatchObject({ type: 'rejected', reason: 'Nội dung quảng cáo.' });
  });

  it("a delegate's follow-up is a timeline event; the status stays, the holding agency is asked to act", async () => {
    const { code } = await makePetition(bed, 'in_progress');
    const response = await bed.call('POST', `/v1/petitions/${code}/follow-up`, {
      as: USERS.delegateOwn,
      body: { note: 'Cử tri hỏi lại tại buổi tiếp xúc; đề nghị trả lời sớm.' },
    });
    expect(response.status).toBe(201);
    const { petition, timeline } = await view(code);
    // Marked for the agency's "needs action" view in the same write (agency-needs-action.test.ts).
    expect(petition).toMatchObject({
      status: 'in_progress',
      version: 2,
      attention: { followUp: { role: 'delegate' } },
    });
    expect(timeline.at(-1)).toMatchObject({
      type: 'follow_up',
      note: 'Cử tri hỏi lại tại buổi tiếp xúc; đề nghị trả lời sớm.',
      actor: { id: USERS.delegateOwn, role: 'delegate', name: 'Nguyễn Văn Hùng' },
    });
  });

  it('the detail offers each user only the actions they may take now, follow-up and roadmap included', async () => {
    const { code } = await makePetition(bed, 'routed');
    expect((await view(code, USERS.secretariatOwn)).actions.sort()).toEqual(['followUp', 'merge', 'route']);
    expect((await view(code, USERS.agencyOwn)).actions.sort()).toEqual([
      'acknowledge',
      'answer',
      'return',
      'roadmap',
    ]);
    expect((await view(code, USERS.delegateOwn)).actions).toEqual(['followUp']);
    const answered = await makePetition(bed, 'answered');
    expect((await view(answered.code, USERS.agencyOwn)).actions).toEqual([]);
    expect((await view(answered.code, USERS.delegateOwn)).actions).toEqual(['followUp']);
    const rejected = await makePetition(bed, 'rejected');
    expect((await view(rejected.code, USERS.delegateOwn)).actions).toEqual([]);
    expect((await view(rejected.code, USERS.secretariatOwn)).actions).toEqual([]);
  });

  it("an agency's queue puts overdue petitions first, then the nearest deadline", async () => {
    const day = 86_400_000;
    const at = (days: number) => new Date(bed.now.getTime() + days * day).toISOString();
    const agencyId = 'cong-an-huu-lung';
    const later = await makePetition(bed, 'routed', { agencyId, deadline: at(20) });
    const overdue = await makePetition(bed, 'routed', { agencyId, deadline: at(-3) });
    const soon = await makePetition(bed, 'routed', { agencyId, deadline: at(2) });
    const page1 = await bed.call('GET', `/v1/agencies/${agencyId}/petitions?status=routed&limit=2`, {
      as: USERS.admin,
    });
    const first = (await page1.json()) as { items: (Petition & { overdue: boolean })[]; nextCursor: string };
    expect(first.items.map((p) => [p.code, p.overdue])).toEqual([
      [overdue.code, true],
      [soon.code, false],
    ]);
    const page2 = await bed.call(
      'GET',
      `/v1/agencies/${agencyId}/petitions?status=routed&limit=2&cursor=${first.nextCursor}`,
      { as: USERS.admin },
    );
    expect(((await page2.json()) as { items: Petition[] }).items.map((p) => p.code)).toEqual([later.code]);
  });
});
