/**
 * Oversight through the staff API on DynamoDB Local: an activity planned and concluded, its
 * items reported on by the agency, accepted or sent back by the secretariat, followed up by
 * delegates; illegal steps are 409 in words; bad input is a 4xx naming the field and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { oversightRepository } from '../../functions/lib/data/oversight-repository.ts';
import { ConflictError } from '../../shared/errors.ts';
import type { FollowUpEvent, FollowUpItem } from '../../shared/schemas/index.ts';
import { USERS } from '../staff/routes.ts';
import { makePetition, useStaffTestbed } from '../staff/support.ts';
import { makeActivity, makeItem, unique } from './support.ts';

const bed = useStaffTestbed({ meetings: false });

const inDays = (days: number) => new Date(bed.now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
const json = async <T>(response: Response) => (await response.json()) as T;

async function newItem(as: string = USERS.secretariatOwn, overrides: Record<string, unknown> = {}) {
  const activity = await makeActivity(bed);
  const response = await bed.call('POST', '/v1/councils/huu-lung/follow-ups', {
    as,
    body: {
      source: { kind: 'activity', id: activity.id, title: activity.title },
      text: 'Rà soát, cấp giấy chứng nhận cho các hộ đã nộp hồ sơ hợp lệ trước năm 2024.',
      agencyId: 'phong-tnmt-huu-lung',
      deadline: inDays(45),
      communeId: 'van-nham',
      ...overrides,
    },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await json<{ item: FollowUpItem }>(response)).item;
}

describe('an item followed to completion', () => {
  it('goes open → in progress → reported done → (re-supervised) → accepted, each step an event with who and why', async () => {
    const item = await newItem();
    expect(item).toMatchObject({ status: 'open', version: 1, agencyId: 'phong-tnmt-huu-lung' });

    const progress = await bed.call('POST', `/v1/follow-ups/${item.id}/progress`, {
      as: USERS.agencyOwn,
      body: { text: 'Đã rà soát 300 hồ sơ, cấp được 120 giấy chứng nhận.', percent: 40 },
    });
    expect(progress.status).toBe(200);
    expect((await json<{ item: FollowUpItem }>(progress)).item.status).toBe('in_progress');

    const done = await bed.call('POST', `/v1/follow-ups/${item.id}/progress`, {
      as: USERS.agencyOwn,
      body: {
        text: 'Đã cấp đủ giấy chứng nhận cho các hộ đủ điều kiện.',
        documentNumber: '215/BC-TNMT',
        documentDate: bed.now.toISOString().slice(0, 10),
        percent: 100,
        done: true,
      },
    });
    expect((await json<{ item: FollowUpItem }>(done)).item.status).toBe('reported_done');

    const noReason = await bed.call('POST', `/v1/follow-ups/${item.id}/resupervise`, {
      as: USERS.secretariatOwn,
      body: {},
    });
    expect(noReason.status).toBe(400);
    expect((await json<{ fields: Record<string, string> }>(noReason)).fields).toHaveProperty('reason');

    const back = await bed.call('POST', `/v1/follow-ups/${item.id}/resupervise`, {
      as: USERS.secretariatOwn,
      body: { reason: 'Giám sát thực tế: còn 30 hộ ở thôn Làng Ngõa chưa được cấp giấy.' },
    });
    expect((await json<{ item: FollowUpItem }>(back)).item).toMatchObject({ status: 'in_progress' });

    await bed.call('POST', `/v1/follow-ups/${item.id}/progress`, {
      as: USERS.agencyOwn,
      body: { text: 'Đã cấp giấy cho 30 hộ còn lại.', milestone: 'Cấp đủ 100% hồ sơ', done: true },
    });
    const accepted = await bed.call('POST', `/v1/follow-ups/${item.id}/accept`, { as: USERS.secretariatOwn });
    expect((await json<{ item: FollowUpItem }>(accepted)).item).toMatchObject({
      status: 'accepted',
      version: 6,
    });

    const view = await json<{ item: FollowUpItem; timeline: FollowUpEvent[]; actions: string[] }>(
      await bed.call('GET', `/v1/follow-ups/${item.id}`, { as: USERS.secretariatOwn }),
    );
    expect(view.timeline.map((e) => e.type)).toEqual([
      'created',
      'progress',
      'reported_done',
      'resupervised',
      'reported_done',
      'accepted',
    ]);
    const resupervised = view.timeline.find((e) => e.type === 'resupervised');
    expect(resupervised).toMatchObject({
      actor: { id: 'thu-ky-huu-lung', role: 'secretariat' },
      reason: expect.stringContaining('30 hộ'),
      at: bed.now.toISOString(),
    });
    expect(view.item.reports).toHaveLength(3);
    expect(view.actions).toEqual(['note']);
  });

  it('refuses an illegal step with 409 naming the action and the status in words (Vietnamese, or English)', async () => {
    const item = await makeItem(bed, 'open');
    const vi = await bed.call('POST', `/v1/follow-ups/${item.id}/accept`, { as: USERS.secretariatOwn });
    expect(vi.status).toBe(409);
    expect((await json<{ message: string }>(vi)).message).toBe(
      'Không thể công nhận hoàn thành hạng mục đang ở trạng thái “Chưa thực hiện”.',
    );
    const accepted = await makeItem(bed, 'accepted');
    const en = await bed.app.request(`/v1/follow-ups/${accepted.id}/progress?lang=en`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await bed.issuer.tokenFor(USERS.agencyOwn)}`,
        'content-type': 'application/json',
        'accept-language': 'en',
      },
      body: JSON.stringify({ text: 'Báo cáo thêm sau khi đã hoàn thành.', percent: 100 }),
    });
    expect(en.status).toBe(409);
    expect((await json<{ message: string }>(en)).message).toBe(
      'Cannot report progress on an item that is “Completed”.',
    );
  });

  it('a write from a stale read is refused as a conflict, so two officers reporting at once lose nothing', async () => {
    const item = await makeItem(bed, 'in_progress');
    const repo = oversightRepository(bed.database.db);
    await repo.saveItem(item, { ...item, updatedAt: bed.now.toISOString() }, []);
    await expect(repo.saveItem(item, { ...item, text: 'Ghi đè từ bản đọc cũ' }, [])).rejects.toBeInstanceOf(
      ConflictError,
    );

    const racing = await makeItem(bed, 'in_progress');
    for (const as of [USERS.agencyOwn, 'can-bo-tnmt-huu-lung-2'])
      await bed.call('GET', `/v1/follow-ups/${racing.id}`, { as });
    const body = { text: 'Báo cáo tiến độ lần thứ hai của phòng.', percent: 70 };
    const answers = await Promise.all([
      bed.call('POST', `/v1/follow-ups/${racing.id}/progress`, { as: USERS.agencyOwn, body }),
      bed.call('POST', `/v1/follow-ups/${racing.id}/progress`, { as: 'can-bo-tnmt-huu-lung-2', body }),
    ]);
    const saved = answers.filter((a) => a.status === 200).length;
    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
    // Every report that was answered 200 is kept: none overwrote another.
    const after = await repo.getItem(racing.id);
    expect(after?.version).toBe(racing.version + saved);
    expect(after?.reports).toHaveLength(racing.reports.length + saved);
  });
});

describe('who may do what', () => {
  it('only the responsible agency reports; only the secretariat accepts', async () => {
    const item = await makeItem(bed, 'reported_done');
    const body = { text: 'Báo cáo của một cơ quan khác.', percent: 10 };
    const other = await bed.call('POST', `/v1/follow-ups/${item.id}/progress`, {
      as: USERS.agencyOther,
      body,
    });
    expect(other.status).toBe(403);
    const byAgency = await bed.call('POST', `/v1/follow-ups/${item.id}/accept`, { as: USERS.agencyOwn });
    expect(byAgency.status).toBe(403);
    const otherCouncil = await bed.call('POST', `/v1/follow-ups/${item.id}/accept`, {
      as: USERS.secretariatOther,
    });
    expect(otherCouncil.status).toBe(403);
  });

  it("a delegate sees the items of their unit's communes and of their group's activities, adds notes, and nobody else's", async () => {
    const ofCommune = await makeItem(bed, 'in_progress');
    const ofGroup = await makeItem(bed, 'open', { communeId: 'huu-lien', groupId: 'to-huu-lung-dv6' });
    const elsewhere = await makeItem(bed, 'open', { communeId: 'huu-lien' });
    const list = await json<{ items: FollowUpItem[] }>(
      await bed.call('GET', '/v1/groups/to-huu-lung-dv6/follow-ups', { as: USERS.delegateOwn }),
    );
    const ids = list.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([ofCommune.id, ofGroup.id]));
    expect(ids).not.toContain(elsewhere.id);
    const note = { note: 'Đề nghị phòng báo cáo rõ tiến độ trước kỳ họp cuối năm.' };
    expect(
      (await bed.call('POST', `/v1/follow-ups/${ofGroup.id}/notes`, { as: USERS.delegateOwn, body: note }))
        .status,
    ).toBe(201);
    expect(
      (await bed.call('POST', `/v1/follow-ups/${elsewhere.id}/notes`, { as: USERS.delegateOwn, body: note }))
        .status,
    ).toBe(403);
    const view = await json<{ timeline: FollowUpEvent[]; actions: string[] }>(
      await bed.call('GET', `/v1/follow-ups/${ofGroup.id}`, { as: USERS.delegateOwn }),
    );
    expect(view.timeline.at(-1)).toMatchObject({ type: 'note', actor: { role: 'delegate' } });
    expect(view.actions).toEqual(['note']);
  });
});

describe("the agency's queue: petitions and items together", () => {
  it('lists what waits for the agency by deadline, overdue first, with a kind filter, page after page', async () => {
    const agencyId = 'ubnd-huu-lung';
    const overdueItem = await makeItem(bed, 'in_progress', { agencyId }, -3);
    const soonItem = await makeItem(bed, 'open', { agencyId }, 5);
    const lateItem = await makeItem(bed, 'open', { agencyId }, 90);
    await makeItem(bed, 'reported_done', { agencyId }, 1);
    const petition = await makePetition(bed, 'routed', { agencyId });
    const call = (query: string) =>
      bed.call('GET', `/v1/agencies/${agencyId}/work?${query}`, { as: 'can-bo-ubnd-huu-lung' });

    type Work = { kind: string; item?: FollowUpItem & { overdue: boolean }; petition?: { code: string } };
    const all = await json<{ items: Work[] }>(await call('kind=all&limit=10'));
    expect(all.items.map((w) => w.item?.id ?? w.petition?.code)).toEqual([
      overdueItem.id,
      soonItem.id,
      petition.code,
      lateItem.id,
    ]);
    expect(all.items[0]?.item?.overdue).toBe(true);

    const onlyItems = await json<{ items: Work[] }>(await call('kind=follow_ups'));
    expect(onlyItems.items.every((w) => w.kind === 'follow_up')).toBe(true);
    const onlyPetitions = await json<{ items: Work[] }>(await call('kind=petitions'));
    expect(onlyPetitions.items.map((w) => w.petition?.code)).toEqual([petition.code]);

    const first = await json<{ items: Work[]; nextCursor: string }>(await call('kind=all&limit=2'));
    const second = await json<{ items: Work[]; nextCursor?: string }>(
      await call(`kind=all&limit=2&cursor=${first.nextCursor}`),
    );
    expect([...first.items, ...second.items].map((w) => w.item?.id ?? w.petition?.code)).toEqual(
      all.items.map((w) => w.item?.id ?? w.petition?.code),
    );
    expect((await call('kind=all&cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });
});

describe('bad input: a 4xx naming the field, nothing stored changes', () => {
  interface BadCase {
    name: string;
    method: string;
    path: (id: string) => string;
    body: unknown;
    as: string;
    field?: string;
  }
  const request =
    (method: string, path: (id: string) => string, as: string) =>
    (name: string, field: string, body?: unknown): BadCase => ({ name, method, path, body, as, field });
  const newFollowUp = request('POST', () => '/v1/councils/huu-lung/follow-ups', USERS.secretariatOwn);
  const progress = request('POST', (id) => `/v1/follow-ups/${id}/progress`, USERS.agencyOwn);
  const newActivity = request('POST', () => '/v1/oversight', USERS.secretariatOwn);
  const followUp = {
    source: { kind: 'resolution', id: 'nq-1', title: 'Nghị quyết' },
    text: 'x'.repeat(20),
    agencyId: 'phong-tnmt-huu-lung',
    deadline: '2030-01-01',
  };
  const activity = {
    councilId: 'huu-lung',
    kind: 'survey',
    conductedBy: { type: 'council' },
    title: 'Khảo sát đường',
    subject: 'Đường giao thông nông thôn',
    startsOn: '2026-05-10',
  };
  const working = 'Đang triển khai thực hiện.';
  const cases: BadCase[] = [
    newFollowUp('no source', 'source', {
      text: 'x'.repeat(20),
      agencyId: 'phong-tnmt-huu-lung',
      deadline: '2030-01-01',
    }),
    newFollowUp('unknown agency', 'agencyId', { ...followUp, agencyId: 'khong-co' }),
    newFollowUp('deadline in the past', 'deadline', { ...followUp, deadline: '2001-01-01' }),
    newFollowUp('source kind unknown', 'source.kind', {
      ...followUp,
      source: { kind: 'petition', id: 'nq-1', title: 'Nghị quyết' },
    }),
    progress('progress without percent or milestone', 'percent', { text: working }),
    progress('percent over 100', 'percent', { text: working, percent: 140 }),
    progress('a document number without its date', 'documentDate', {
      text: working,
      percent: 10,
      documentNumber: '1/BC',
    }),
    request('POST', (id) => `/v1/follow-ups/${id}/notes`, USERS.delegateOwn)('a short note', 'note', {
      note: 'ok',
    }),
    newActivity('an activity ending before it starts', 'endsOn', { ...activity, endsOn: '2026-05-01' }),
    newActivity('a concluded activity without its conclusion', 'conclusion', {
      ...activity,
      status: 'concluded',
    }),
    newActivity("a delegate group's activity without the group", 'conductedBy.groupId', {
      ...activity,
      conductedBy: { type: 'delegate_group' },
    }),
    request(
      'GET',
      () => '/v1/oversight?council=huu-lung&year=1890',
      USERS.secretariatOwn,
    )('a year out of range', 'year'),
    request(
      'GET',
      () => '/v1/agencies/phong-tnmt-huu-lung/work?kind=everything',
      USERS.agencyOwn,
    )('an unknown queue kind', 'kind'),
    request(
      'GET',
      () => '/v1/agencies/phong-tnmt-huu-lung/follow-ups?status=done',
      USERS.agencyOwn,
    )('an unknown status', 'status'),
  ];

  it.each(cases)('$name → 400 on $field', async ({ method, path, body, as, field }) => {
    const item = await makeItem(bed, 'in_progress');
    const before = await bed.snapshot();
    const response = await bed.call(method, path(item.id), { as, body });
    expect(response.status).toBe(400);
    const answer = await json<{ message: string; fields: Record<string, string> }>(response);
    expect(Object.keys(answer.fields)).toContain(field);
    expect(await bed.snapshot()).toBe(before);
  });

  it('a stale edit of an activity is a 409 and changes nothing', async () => {
    const activity = await makeActivity(bed, { status: 'planned', id: unique('gs') });
    delete (activity as { conclusion?: unknown }).conclusion;
    const first = await bed.call('PUT', `/v1/oversight/${activity.id}`, {
      as: USERS.secretariatOwn,
      body: { sequence: 0, status: 'under_way' },
    });
    expect(first.status).toBe(200);
    const stale = await bed.call('PUT', `/v1/oversight/${activity.id}`, {
      as: USERS.secretariatOwn,
      body: { sequence: 0, title: 'Một tiêu đề khác cho hoạt động' },
    });
    expect(stale.status).toBe(409);
    // An edit of one field leaves the others as they were (no default fills them back in).
    const retitled = await bed.call('PUT', `/v1/oversight/${activity.id}`, {
      as: USERS.secretariatOwn,
      body: { sequence: 1, title: 'Giám sát việc cấp giấy chứng nhận quyền sử dụng đất' },
    });
    expect(
      (await json<{ activity: { status: string; agencyIds: string[]; sequence: number } }>(retitled))
        .activity,
    ).toMatchObject({
      status: 'under_way',
      agencyIds: ['phong-tnmt-huu-lung'],
      sequence: 2,
    });
  });
});
