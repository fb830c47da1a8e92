/**
 * The secretariat's session routes on the staff API: plan a session, edit it and its agenda
 * (409 on a stale version), enter views from a meeting, moderate online views, and bad input
 * to every route (a 4xx naming the field, and nothing stored changes). A view published here
 * is on the public session page; one rejected or pending is not.
 */
import { describe, expect, it } from 'vitest';
import type { PublicSession } from '../../functions/lib/sessions/public-session.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import type { SessionAgenda, SessionView } from '../../shared/schemas/index.ts';
import { NOW, testConfig } from '../meetings/support.ts';
import { freshSession, meetingOnSession } from '../staff/session-routes.ts';
import { useStaffTestbed } from '../staff/support.ts';

const SECRETARIAT = 'thu-ky-huu-lung';

const bed = useStaffTestbed({ now: NOW });

const as = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
  bed.call(method, path, { as: SECRETARIAT, ...(body !== undefined ? { body } : {}) });

const publicPage = async (id: string) => {
  const app = createPublicApp({
    repos: bed.database.repos,
    config: testConfig(bed.database.tableName),
    now: () => NOW,
  });
  return (await (await app.request(`/v1/sessions/${id}`)).json()) as PublicSession;
};

async function giveOnline(sessionId: string, agendaItemId: string, text: string) {
  const app = createPublicApp({
    repos: bed.database.repos,
    config: testConfig(bed.database.tableName),
    now: () => NOW,
  });
  const res = await app.request(`/v1/sessions/${sessionId}/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      agendaItemId,
      communeId: 'dong-tien',
      text,
      consentToPublish: true,
      name: 'Trần Demo Bình',
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const PLAN = {
  councilId: 'huu-lung',
  name: 'Kỳ họp thứ 13, HĐND huyện Hữu Lũng',
  number: 13,
  kind: 'regular',
  opensOn: '2026-12-10',
  closesOn: '2026-12-11',
  venue: 'Hội trường HĐND – UBND huyện Hữu Lũng',
};

describe('planning a session and its agenda', () => {
  it('plans, edits conditionally on the version, and refuses a stale save (409) without writing', async () => {
    const planned = await as('POST', '/v1/sessions', PLAN);
    expect(planned.status).toBe(201);
    const { session } = (await planned.json()) as { session: { id: string; version: number } };
    expect(session).toMatchObject({ id: 'huu-lung-kh13', status: 'planned', version: 1 });
    expect((await as('POST', '/v1/sessions', PLAN)).status).toBe(409); // the same id again

    const edited = await as('PUT', `/v1/sessions/${session.id}`, {
      venue: 'Trung tâm Hội nghị huyện',
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { session: { version: number } }).session.version).toBe(2);
    const before = await bed.snapshot();
    const stale = await as('PUT', `/v1/sessions/${session.id}`, { status: 'in_session', version: 1 });
    expect(stale.status).toBe(409);
    expect(await bed.snapshot()).toBe(before);

    const agenda = await as('PUT', `/v1/sessions/${session.id}/agenda`, {
      version: 0,
      items: [
        {
          title: 'Báo cáo kinh tế - xã hội năm 2026',
          kind: 'report',
          presentingBodyId: 'ubnd-huu-lung',
          documents: [{ title: 'Báo cáo', url: 'https://hdnd.example.vn/bc.pdf' }],
          viewsOpen: true,
          viewsUntil: '2026-12-05',
        },
        { title: 'Dự toán ngân sách năm 2027', kind: 'draft_resolution' },
      ],
    });
    expect(agenda.status).toBe(200);
    const saved = ((await agenda.json()) as { agenda: SessionAgenda }).agenda;
    expect(saved.version).toBe(1);
    expect(saved.items.map((i) => i.id)).toEqual(['huu-lung-kh13-nd-1', 'huu-lung-kh13-nd-2']);
    // Close item 1, remove item 2, add one: ids are kept for kept items.
    const second = await as('PUT', `/v1/sessions/${session.id}/agenda`, {
      version: 1,
      items: [
        { ...saved.items[0], viewsOpen: false },
        { title: 'Bầu bổ sung Ủy viên UBND huyện', kind: 'election' },
      ],
    });
    const again = ((await second.json()) as { agenda: SessionAgenda }).agenda;
    expect(again.items.map((i) => [i.id, i.viewsOpen])).toEqual([
      ['huu-lung-kh13-nd-1', false],
      ['huu-lung-kh13-nd-2', false],
    ]);
    const snapshot = await bed.snapshot();
    expect((await as('PUT', `/v1/sessions/${session.id}/agenda`, { version: 1, items: [] })).status).toBe(
      409,
    );
    expect(await bed.snapshot()).toBe(snapshot);
  });

  it.each([
    ['POST', '/v1/sessions', { ...PLAN, closesOn: '2026-12-01' }, 'closesOn'],
    ['POST', '/v1/sessions', { ...PLAN, kind: 'annual' }, 'kind'],
    ['POST', '/v1/sessions', { ...PLAN, opensOn: '2026-02-30' }, 'opensOn'],
    ['PUT', 'SESSION', { venue: 'Hội trường' }, 'version'],
    ['PUT', 'SESSION', { version: 1 }, '_'],
    [
      'PUT',
      'AGENDA',
      {
        version: 1,
        items: [{ title: 'A', kind: 'report', documents: [{ title: 'x', url: 'javascript:alert(1)' }] }],
      },
      'items.0.documents.0.url',
    ],
    [
      'PUT',
      'AGENDA',
      { version: 1, items: [{ title: 'A', kind: 'report', presentingBodyId: 'khong-co' }] },
      'items.0.presentingBodyId',
    ],
    ['PUT', 'AGENDA', { version: 1, items: [{ title: '', kind: 'report' }] }, 'items.0.title'],
    [
      'PUT',
      'AGENDA',
      {
        version: 1,
        items: [
          { id: 'a-1', title: 'A', kind: 'report' },
          { id: 'a-1', title: 'B', kind: 'other' },
        ],
      },
      'items.1.id',
    ],
    [
      'PUT',
      'AGENDA',
      { version: 1, items: [{ title: 'A', kind: 'report', viewsUntil: 'mai' }] },
      'items.0.viewsUntil',
    ],
    [
      'POST',
      'VIEWS',
      {
        agendaItemId: 'ITEM',
        meetingId: 'hl-txct-sau-kh11-van-nham',
        text: 'Cử tri đề nghị.',
        voterCount: 3,
      },
      'meetingId',
    ],
    [
      'POST',
      'VIEWS',
      { agendaItemId: 'ITEM', meetingId: 'MEETING', text: 'Cử tri đề nghị.', voterCount: 0 },
      'voterCount',
    ],
    [
      'POST',
      'VIEWS',
      { agendaItemId: 'khong-co', meetingId: 'MEETING', text: 'Cử tri đề nghị.', voterCount: 3 },
      'agendaItemId',
    ],
    ['POST', 'REJECT', { version: 1 }, 'reason'],
    ['POST', 'PUBLISH', {}, 'version'],
  ] as const)(
    '%s %s → 400 naming the field (case %#), nothing stored',
    async (method, where, body, field) => {
      const { session, itemId } = await freshSession(bed);
      const meeting = await meetingOnSession(bed, 'hl-txct-truoc-kh12-thanh-son', session.id);
      const viewId =
        where === 'REJECT' || where === 'PUBLISH'
          ? await giveOnline(session.id, itemId, 'Đề nghị công khai dự toán chi tiết.')
          : '';
      const path =
        where === 'SESSION'
          ? `/v1/sessions/${session.id}`
          : where === 'AGENDA'
            ? `/v1/sessions/${session.id}/agenda`
            : where === 'VIEWS'
              ? `/v1/sessions/${session.id}/views`
              : where === 'REJECT'
                ? `/v1/sessions/${session.id}/views/${viewId}/reject`
                : where === 'PUBLISH'
                  ? `/v1/sessions/${session.id}/views/${viewId}/publish`
                  : where;
      const sent = JSON.parse(
        JSON.stringify(body).replaceAll('"ITEM"', `"${itemId}"`).replaceAll('"MEETING"', `"${meeting.id}"`),
      );
      const before = await bed.snapshot();
      const res = await as(method, path, sent);
      expect(res.status).toBe(400);
      expect(Object.keys(((await res.json()) as { fields: Record<string, string> }).fields)).toContain(field);
      expect(await bed.snapshot()).toBe(before);
    },
  );

  it("404 for an unknown session; 403 for another council's secretariat", async () => {
    expect((await as('GET', '/v1/sessions/khong-co')).status).toBe(404);
    const { session } = await freshSession(bed);
    const other = await bed.call('GET', `/v1/sessions/${session.id}`, { as: 'thu-ky-son-dong' });
    expect(other.status).toBe(403);
    const unknown = await bed.call('POST', '/v1/sessions', {
      as: 'quan-tri',
      body: { ...PLAN, councilId: 'khong-co' },
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { fields: Record<string, string> }).fields).toHaveProperty('councilId');
  });
});

describe('views from meetings and online, moderated', () => {
  it('a meeting view is published as entered, with its voter count; online views wait for moderation', async () => {
    const { session, itemId } = await freshSession(bed);
    const meeting = await meetingOnSession(bed, 'hl-txct-truoc-kh12-minh-tien', session.id);
    const entered = await as('POST', `/v1/sessions/${session.id}/views`, {
      agendaItemId: itemId,
      meetingId: meeting.id,
      communeId: 'van-nham',
      text: 'Cử tri đề nghị ưu tiên vốn cho kênh mương nội đồng.',
      voterCount: 23,
    });
    expect(entered.status).toBe(201);
    const publishedId = await giveOnline(
      session.id,
      itemId,
      'Đề nghị công khai danh mục công trình được đầu tư.',
    );
    const rejectedId = await giveOnline(
      session.id,
      itemId,
      'Nội dung quảng cáo không liên quan đến kỳ họp này.',
    );
    const pendingId = await giveOnline(session.id, itemId, 'Ý kiến còn chờ Thường trực HĐND xem xét.');

    const list = await as('GET', `/v1/sessions/${session.id}/views?item=${itemId}&status=pending`);
    expect(((await list.json()) as { items: SessionView[] }).items.map((v) => v.id).sort()).toEqual(
      [publishedId, rejectedId, pendingId].sort(),
    );
    expect(
      (await as('POST', `/v1/sessions/${session.id}/views/${publishedId}/publish`, { version: 1 })).status,
    ).toBe(200);
    expect(
      (await as('POST', `/v1/sessions/${session.id}/views/${publishedId}/publish`, { version: 2 })).status,
    ).toBe(409);
    const reject = await as('POST', `/v1/sessions/${session.id}/views/${rejectedId}/reject`, {
      reason: 'Không liên quan đến nội dung kỳ họp.',
      version: 1,
    });
    expect(((await reject.json()) as { view: SessionView }).view).toMatchObject({
      status: 'rejected',
      version: 2,
    });
    // A stale version: 409, nothing written.
    expect(
      (await as('POST', `/v1/sessions/${session.id}/views/${pendingId}/publish`, { version: 7 })).status,
    ).toBe(409);

    const page = await publicPage(session.id);
    const views = page.agenda[0]!.views;
    expect(views.map((v) => [v.source, v.voterCount, v.commune?.name])).toEqual([
      ['meeting', 23, 'Vân Nham'],
      ['online', 1, 'Đồng Tiến'],
    ]);
    const text = JSON.stringify(page);
    expect(text).not.toContain('quảng cáo');
    expect(text).not.toContain('chờ Thường trực');
    expect(text).not.toContain('Trần Demo Bình');
    expect(text).not.toContain('Không liên quan');
  });
});
