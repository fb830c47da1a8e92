/**
 * The public oversight API on DynamoDB Local with the demo data: a council's activities of a
 * year, one activity with its items and their progress, per-body statistics. Never a staff
 * note, an actor or a reason; bad input is a 4xx naming the field; reads are Queries, no Scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oversightRepository } from '../../functions/lib/data/oversight-repository.ts';
import type { PublicFollowUp } from '../../functions/lib/oversight/public-oversight.ts';
import { DEMO_OVERSIGHT_ACTIVITY_ID, demoOversight } from '../../infra/local/demo/oversight.ts';
import { en } from '../../shared/messages/en.ts';
import { type SeededPublicApi, seededPublicApi } from '../site/support/public-app.ts';

let api: SeededPublicApi;
const NOTE = 'Ghi chú nội bộ: đề nghị kiểm tra lại hồ sơ của ông Nguyễn Văn Phúc';

beforeAll(async () => {
  api = await seededPublicApi('public-oversight');
  await oversightRepository(api.database.db).appendEvents([
    {
      id: 'note-1',
      itemId: 'hm-luc-ngan-gtnt-5',
      type: 'note',
      at: api.now.toISOString(),
      version: 2,
      actor: { id: 'dai-bieu-luc-ngan', role: 'delegate', name: 'Nguyễn Văn Phúc' },
      note: NOTE,
    },
  ]);
});
afterAll(() => api?.database.drop());

const get = (path: string, headers: Record<string, string> = {}) => api.app.request(path, { headers });
const year = () => Number(demoOversight(api.now).activities[0]!.startsOn.slice(0, 4));

describe('GET /v1/oversight', () => {
  it("lists a council's activities of a year with one Query on its index", async () => {
    api.database.resetSent();
    const res = await get(`/v1/oversight?council=luc-ngan&year=${year()}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; status: string }[] };
    expect(body.items.map((a) => a.id)).toEqual([DEMO_OVERSIGHT_ACTIVITY_ID]);
    expect(api.database.sent.map((s) => s.name)).not.toContain('ScanCommand');
    expect(api.database.sent.filter((s) => s.input.IndexName === 'gsi2')).toHaveLength(1);
    const other = (await (await get(`/v1/oversight?council=luc-ngan&year=${year() - 5}`)).json()) as {
      items: unknown[];
    };
    expect(other.items).toEqual([]);
  });

  it('names the bad field in Vietnamese, or in English on request', async () => {
    const res = await get('/v1/oversight?council=luc-ngan&year=hai-nghin');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fields: Record<string, string> }).fields.year).toBeDefined();
    const missing = await get('/v1/oversight?year=2026', { 'accept-language': 'en' });
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as { message: string; fields: Record<string, string> };
    expect(Object.keys(body.fields)).toEqual(['council']);
    expect(body.message).toMatch(/[a-z]/);
    expect((await get('/v1/oversight?council=khong-co&year=2026')).status).toBe(404);
  });
});

describe('GET /v1/oversight/{id}', () => {
  it('shows the activity, its conclusion and every item with its body, deadline, status, reports and whether it was on time', async () => {
    api.database.resetSent();
    const res = await get(`/v1/oversight/${DEMO_OVERSIGHT_ACTIVITY_ID}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      activity: { conclusion: { documentNumber: string } };
      items: PublicFollowUp[];
    };
    expect(body.activity.conclusion.documentNumber).toBe('18/TB-HĐND');
    expect(body.items).toHaveLength(7);
    expect(new Set(body.items.map((i) => i.status))).toEqual(
      new Set(['open', 'in_progress', 'reported_done', 'accepted']),
    );
    const byId = Object.fromEntries(body.items.map((i) => [i.id, i]));
    expect(byId['hm-luc-ngan-gtnt-1']).toMatchObject({
      status: 'accepted',
      onTime: true,
      agencyId: 'ubnd-luc-ngan',
    });
    expect(byId['hm-luc-ngan-gtnt-2']).toMatchObject({ status: 'accepted', onTime: false });
    expect(byId['hm-luc-ngan-gtnt-5']).toMatchObject({ status: 'in_progress', overdue: true });
    expect(byId['hm-luc-ngan-gtnt-1']?.reports.at(-1)).toMatchObject({
      percent: 100,
      documentNumber: '312/BC-UBND',
    });
    // A GetItem, one Query on the items' source index (keys only) and one BatchGetItem of the
    // items it names: no read per item.
    expect(api.database.sent.map((s) => s.name).sort()).toEqual([
      'BatchGetItemCommand',
      'GetItemCommand',
      'QueryCommand',
    ]);
  });

  it('never shows a staff note, who acted, or the words of a re-supervision', async () => {
    const text = await (await get(`/v1/oversight/${DEMO_OVERSIGHT_ACTIVITY_ID}`)).text();
    for (const hidden of [
      NOTE,
      'Nguyễn Văn Phúc',
      'thu-ky-luc-ngan',
      'Cán bộ đầu mối',
      'Trại Mới',
      '"actor"',
      '"version"',
    ])
      expect(text).not.toContain(hidden);
  });

  it('is 404 for an unknown activity and 400 for a malformed id', async () => {
    expect((await get('/v1/oversight/khong-co-hoat-dong')).status).toBe(404);
    expect((await get('/v1/oversight/KHÔNG%20HỢP%20LỆ')).status).toBe(400);
  });

  it('answers a path no oversight route has as every other: 404 with the message in the reader’s language', async () => {
    // The oversight routes load with their first request (functions/public-api/lazy-routes.ts).
    const res = await get('/v1/oversight/sources/activity/mot/hai', { 'accept-language': 'en' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'notFound', message: en['request.notFound'] });
  });
});

describe('GET /v1/oversight/sources/{kind}/{id}', () => {
  it("gives the items of an interpellation's commitments and of a resolution, public fields only", async () => {
    const commitments = (await (
      await get('/v1/oversight/sources/interpellation/luc-ngan-kh9-cv-1')
    ).json()) as {
      items: PublicFollowUp[];
    };
    expect(commitments.items.map((i) => i.id).sort()).toEqual([
      'hm-luc-ngan-kh9-cv-1-c1',
      'hm-luc-ngan-kh9-cv-1-c2',
      'hm-luc-ngan-kh9-cv-1-c3',
    ]);
    expect(JSON.stringify(commitments)).not.toContain('"actor"');
    const resolution = (await (await get('/v1/oversight/sources/resolution/luc-ngan-kh9-nq-3')).json()) as {
      items: PublicFollowUp[];
    };
    expect(resolution.items).toHaveLength(2);
    const bad = await get('/v1/oversight/sources/petition/luc-ngan-kh9-nq-3');
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { fields: Record<string, string> }).fields)).toEqual(['kind']);
  });
});

describe('GET /v1/oversight/statistics', () => {
  it('gives per body the share completed on time and the number overdue, from counters and the overdue index', async () => {
    api.database.resetSent();
    const res = await get('/v1/oversight/statistics?council=luc-ngan');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      agencies: {
        agencyId: string;
        created: number;
        accepted: number;
        onTimeShare: number | null;
        overdue: number;
      }[];
    };
    const district = body.agencies.find((a) => a.agencyId === 'ubnd-luc-ngan');
    // Accepted: gtnt-1 (on time) and cv-1-c3 (on time); overdue: gtnt-5.
    expect(district).toMatchObject({ created: 8, accepted: 2, onTimeShare: 1, overdue: 1 });
    expect(body.agencies.find((a) => a.agencyId === 'ubnd-nghia-ho')).toMatchObject({
      accepted: 1,
      onTimeShare: 0,
      overdue: 1,
    });
    expect(body.agencies.find((a) => a.agencyId === 'ubnd-chu')).toMatchObject({
      onTimeShare: null,
      overdue: 0,
    });
    expect(api.database.sent.map((s) => s.name)).not.toContain('ScanCommand');
  });
});
