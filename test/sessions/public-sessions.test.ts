/**
 * The public session routes on DynamoDB Local with the demo data: the list, the page (agenda,
 * documents, published views, meetings), the calendar, and a voter's view (JSON and the no-JS
 * form), with its protections: bad input names the field and stores nothing, an item closed
 * for views refuses (409), honeypot, idempotency, rate limit, no name in any public answer.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../functions/lib/config.ts';
import type { PublicSession } from '../../functions/lib/sessions/public-session.ts';
import { publishView } from '../../functions/lib/sessions/session-views.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { DEMO_VIEW_AUTHORS } from '../../infra/local/demo/sessions.ts';
import { NOW, publicApp, testConfig, useSeededDatabase } from '../meetings/support.ts';

const t = useSeededDatabase('public-sessions');
let app: ReturnType<typeof publicApp>;

beforeAll(async () => {
  app = publicApp(t);
});

const KH12 = 'huu-lung-kh12';
const BUDGET = 'huu-lung-kh12-nd-2';

const VIEW = {
  agendaItemId: BUDGET,
  communeId: 'van-nham',
  name: 'Phạm Thị Demo Thư',
  text: 'Đề nghị dự toán bố trí kinh phí lắp đèn chiếu sáng đường thôn Làng Ngõa.',
  consentToPublish: true,
};

async function page(id = KH12) {
  const res = await app.request(`/v1/sessions/${id}`);
  return { res, body: (await res.json()) as PublicSession };
}

function give(body: unknown, headers: Record<string, string> = {}, on = app, session = KH12) {
  return on.request(`/v1/sessions/${session}/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Every item of the session's partition, private ones included: what is stored. */
async function stored(session = KH12) {
  const { Items } = await t.db.doc.send(
    new QueryCommand({
      TableName: t.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `SESSION#${session}` },
    }),
  );
  return Items ?? [];
}

describe('GET /v1/sessions', () => {
  it("lists a council's sessions newest first from the reference data, paged by cursor", async () => {
    t.resetSent();
    const first = await app.request('/v1/sessions?council=luc-ngan&limit=1');
    expect(first.status).toBe(200);
    const one = (await first.json()) as { items: { id: string; status: string }[]; nextCursor?: string };
    expect(one.items.map((s) => s.id)).toEqual(['luc-ngan-kh10']);
    expect(one.nextCursor).toBeDefined();
    const second = await app.request(`/v1/sessions?council=luc-ngan&limit=1&cursor=${one.nextCursor}`);
    const two = (await second.json()) as { items: { id: string; status: string }[]; nextCursor?: string };
    expect(two.items).toMatchObject([{ id: 'luc-ngan-kh9', status: 'closed' }]);
    expect(two.nextCursor).toBeUndefined();
    expect(t.sent.map((s) => s.name)).not.toContain('ScanCommand');
  });

  it('names the field of a bad query: no council, a bad cursor; 404 for an unknown council', async () => {
    const none = await app.request('/v1/sessions');
    expect(none.status).toBe(400);
    expect(((await none.json()) as { fields: Record<string, string> }).fields).toHaveProperty('council');
    const cursor = await app.request('/v1/sessions?council=luc-ngan&cursor=bm90LWEtc2Vzc2lvbg');
    expect(cursor.status).toBe(400);
    expect(((await cursor.json()) as { fields: Record<string, string> }).fields).toHaveProperty('cursor');
    expect((await app.request('/v1/sessions?council=khong-co')).status).toBe(404);
  });
});

describe('GET /v1/sessions/{id}', () => {
  it('answers the agenda with documents, published views only, and the before-session meetings', async () => {
    t.resetSent();
    const { res, body } = await page();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      id: KH12,
      kind: 'regular',
      status: 'planned',
      council: { name: 'HĐND huyện Hữu Lũng' },
    });
    expect(body.agenda).toHaveLength(7);
    const budget = body.agenda.find((i) => i.id === BUDGET)!;
    expect(budget).toMatchObject({
      kind: 'draft_resolution',
      viewsOpen: true,
      presentingBody: { id: 'ubnd-huu-lung' },
    });
    expect(budget.documents.length).toBeGreaterThan(0);
    expect(budget.views).toEqual([
      expect.objectContaining({
        source: 'meeting',
        voterCount: 14,
        commune: { id: 'minh-tien', name: 'Minh Tiến' },
      }),
    ]);
    expect(body.agenda.find((i) => i.id === 'huu-lung-kh12-nd-6')!.viewsOpen).toBe(false);
    expect(body.meetings.map((m) => m.id)).toEqual([
      'hl-txct-truoc-kh12-minh-tien',
      'hl-txct-truoc-kh12-thanh-son',
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toContain('pending');
    expect(text).not.toContain('tăng kinh phí cho trạm y tế'); // the pending view's text
    for (const name of DEMO_VIEW_AUTHORS) expect(text).not.toContain(name);
    // One Query of the session's public part and one of the council's meetings: no Scan, no private item.
    expect(t.sent.map((s) => s.name)).not.toContain('ScanCommand');
    const own = t.sent.filter(
      (s) => s.input.ExpressionAttributeValues && JSON.stringify(s.input).includes('SESSION#'),
    );
    expect(own).toHaveLength(1);
    expect(own[0]!.input).toMatchObject({ ExpressionAttributeValues: { ':prefix': 'PUB#' } });
  });

  it('404 for an unknown session, 400 for a malformed id', async () => {
    expect((await page('khong-co')).res.status).toBe(404);
    expect((await app.request('/v1/sessions/KHÔNG')).status).toBe(400);
  });
});

describe('GET /v1/sessions.ics', () => {
  it("is a council's sessions as events, in the language asked for", async () => {
    const res = await app.request('/v1/sessions.ics?council=luc-ngan&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual([
      'Kỳ họp thứ 10, HĐND huyện Lục Ngạn',
      'Kỳ họp thứ 9, HĐND huyện Lục Ngạn',
    ]);
    expect(ics).toContain('Sessions of HĐND huyện Lục Ngạn');
    expect((await app.request('/v1/sessions.ics')).status).toBe(400);
  });
});

describe('POST /v1/sessions/{id}/views', () => {
  it('takes a view on an open item: 201 with a receipt; the name is stored apart and appears nowhere public', async () => {
    const res = await give(VIEW);
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { id: string; status: string };
    expect(receipt).toEqual({ id: expect.any(String), status: 'pending' });
    const items = await stored();
    const view = items.find((i) => i.sk === `PUB#VIEW#${receipt.id}`)!;
    expect(view).toMatchObject({ status: 'pending', communeId: 'van-nham', source: 'online' });
    expect(JSON.stringify(view)).not.toContain(VIEW.name);
    expect(items.find((i) => i.sk === `PRIVATE#VIEW#${receipt.id}`)).toMatchObject({ name: VIEW.name });
    // Pending: not on the page. Published: on the page, with its commune, never the name.
    expect(JSON.stringify((await page()).body)).not.toContain(VIEW.text);
    const session = (await t.repos.reference.load()).sessions.get(KH12)!;
    await publishView({ repos: t.repos, now: () => NOW }, session, receipt.id, 1);
    const after = JSON.stringify((await page()).body);
    expect(after).toContain(VIEW.text);
    expect(after).toContain('Vân Nham');
    expect(after).not.toContain(VIEW.name);
  });

  it.each([
    ['communeId', { communeId: undefined }],
    ['communeId', { communeId: 'an-chau' }], // Sơn Động's, not Hữu Lũng's
    ['communeId', { communeId: 'huu-lung' }], // a district, not a commune
    ['agendaItemId', { agendaItemId: 'luc-ngan-kh9-nd-2' }],
    ['agendaItemId', { agendaItemId: undefined }],
    ['text', { text: 'ngắn' }],
    ['text', { text: 'x'.repeat(4001) }],
    ['text', { text: 'Ý kiến có ký tự hỏng \ud800 ở giữa câu.' }],
    ['name', { name: 'n'.repeat(121) }],
    ['consentToPublish', { consentToPublish: 'có lẽ' }],
  ])('400 naming %s, and nothing stored', async (field, change) => {
    const before = (await stored()).length;
    const res = await give({ ...VIEW, ...change });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields)).toContain(field);
    expect((await stored()).length).toBe(before);
  });

  it('answers in English on request', async () => {
    const res = await give({ ...VIEW, communeId: 'an-chau' }, { 'accept-language': 'en' });
    const body = (await res.json()) as { fields: Record<string, string> };
    expect(body.fields.communeId).toBe(
      'This commune is not in the territory of the council holding the session.',
    );
  });

  it('409 on an item closed for views, past its last day, or of a closed session; nothing stored', async () => {
    const before = (await stored()).length;
    const closedItem = await give({ ...VIEW, agendaItemId: 'huu-lung-kh12-nd-6' });
    expect(closedItem.status).toBe(409);
    expect(((await closedItem.json()) as { message: string }).message).toBe(
      'Nội dung này hiện không nhận ý kiến của cử tri.',
    );
    const late = createPublicApp({
      repos: t.repos,
      config: testConfig(t.tableName),
      now: () => new Date(NOW.getTime() + 30 * 86_400_000),
    });
    expect((await give(VIEW, {}, late)).status).toBe(409);
    expect((await stored()).length).toBe(before);
    const closedSession = await give(
      { ...VIEW, agendaItemId: 'luc-ngan-kh9-nd-2', communeId: 'chu' },
      {},
      app,
      'luc-ngan-kh9',
    );
    expect(closedSession.status).toBe(409);
  });

  it('a retry with the same Idempotency-Key gets the first receipt and stores one view', async () => {
    const before = (await stored()).length;
    const headers = { 'idempotency-key': 'view-retry-0123456789' };
    const first = (await (await give(VIEW, headers)).json()) as { id: string };
    const again = await give(VIEW, headers);
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(first.id);
    expect((await stored()).length).toBe(before + 2); // the view and its author's name
    expect((await give({ ...VIEW, text: `${VIEW.text} Thêm.` }, headers)).status).toBe(422);
  });

  it('a filled honeypot gets a receipt and nothing is stored', async () => {
    const before = (await stored()).length;
    const res = await give({ ...VIEW, website: 'http://spam.example' });
    expect(res.status).toBe(201);
    expect((await stored()).length).toBe(before);
  });

  it('counts views per network: past the limit, 429 with Retry-After', async () => {
    const limited = createPublicApp({
      repos: t.repos,
      config: readConfig({ ...testConfigEnv(t.tableName), SUBMIT_RATE_LIMIT: '2' }),
      now: () => NOW,
      clientAddress: () => '203.0.113.7',
    });
    expect((await give(VIEW, {}, limited)).status).toBe(201);
    expect((await give(VIEW, {}, limited)).status).toBe(201);
    const third = await give(VIEW, {}, limited);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
  });

  it('without JavaScript: 303 to the receipt page; a refusal is a page with the message, not a redirect', async () => {
    const form = (values: Record<string, string>) =>
      app.request(`/v1/sessions/${KH12}/views?lang=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(values).toString(),
      });
    const ok = await form({
      agendaItemId: BUDGET,
      communeId: 'minh-tien',
      text: VIEW.text,
      consentToPublish: 'on',
      name: '',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('http://localhost:4321/en/sessions/huu-lung-kh12/sent/');
    const bad = await form({ agendaItemId: BUDGET, communeId: '', text: VIEW.text, consentToPublish: 'on' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('text/html');
    const html = await bad.text();
    expect(html).toContain('Your view was not sent');
    expect(html).toContain('/en/sessions/huu-lung-kh12/');
  });
});

function testConfigEnv(tableName: string): Record<string, string> {
  return {
    TABLE_NAME: tableName,
    PUBLIC_SITE_URL: 'http://localhost:4321',
    RATE_LIMIT_SALT: 'session-tests-salt-0123456789',
    FEEDBACK_TOKEN_SECRET: 'session-tests-feedback-0123456789',
    ORIGIN_SECRET: 'off',
  };
}
