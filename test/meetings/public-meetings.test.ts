/** The public meeting routes and feeds, on DynamoDB Local with the demo data. */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { cancelMeeting } from '../../functions/lib/meetings/change-meeting.ts';
import type { PublicMeeting } from '../../functions/lib/meetings/public-meeting.ts';
import type { Meeting } from '../../shared/schemas/index.ts';
import { NOW, publicApp, useSeededDatabase } from './support.ts';

const t = useSeededDatabase('public-meetings');
let app: ReturnType<typeof publicApp>;

beforeAll(async () => {
  app = publicApp(t);
});

async function list(query: string) {
  const res = await app.request(`/v1/meetings?${query}`);
  return { res, body: (await res.json()) as { items: PublicMeeting[]; communes?: unknown[] } };
}

function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('GET /v1/meetings by commune', () => {
  it('reads a commune through its index with one Query, never a Scan', async () => {
    t.resetSent();
    const { res, body } = await list('commune=van-nham');
    expect(res.status).toBe(200);
    expect(body.items.map((m) => m.id)).toEqual([
      'hl-txct-sau-kh11-van-nham',
      'hl-txct-truoc-kh12-minh-tien',
    ]);
    expect(t.sent.map((s) => s.name)).not.toContain('ScanCommand');
    const meetingQueries = t.sent.filter((s) => s.name === 'QueryCommand' && s.input.IndexName !== undefined);
    expect(meetingQueries).toHaveLength(1);
    expect(meetingQueries[0]!.input).toMatchObject({
      IndexName: 'gsi4',
      KeyConditionExpression: 'gsi4pk = :pk',
      ExpressionAttributeValues: { ':pk': 'COMMUNE#van-nham#MEETINGS' },
    });
  });

  it('finds the same meetings for "van nham", "Vân Nham", "VÂN NHAM" and a decomposed spelling', async () => {
    const expected = (await list('commune=van-nham')).body.items.map((m) => m.id);
    for (const typed of ['van nham', 'Vân Nham', 'VÂN NHAM', 'Vân Nham'.normalize('NFD'), '  vân   nham ']) {
      const { res, body } = await list(`commune=${encodeURIComponent(typed)}`);
      expect(res.status).toBe(200);
      expect(body.items.map((m) => m.id)).toEqual(expected);
      expect(body.communes).toEqual([{ id: 'van-nham', name: 'Vân Nham' }]);
    }
  });

  it('answers with names and delegates, and without the secretariat notes', async () => {
    const { body } = await list('commune=minh-tien');
    const [m] = body.items;
    expect(m).toMatchObject({
      id: 'hl-txct-truoc-kh12-minh-tien',
      kind: 'before_session',
      status: 'confirmed',
      councilId: 'huu-lung',
      sessionId: 'huu-lung-kh12',
      groupId: 'to-huu-lung-dv6',
      communes: [
        { id: 'minh-tien', name: 'Minh Tiến' },
        { id: 'van-nham', name: 'Vân Nham' },
      ],
      delegates: [
        { id: 'to-huu-lung-dv6-db1', name: 'Nguyễn Văn Hùng', title: 'Phó Chủ tịch HĐND' },
        { id: 'to-huu-lung-dv6-db2', name: 'Hoàng Thị Lan', title: 'Đại biểu HĐND' },
      ],
      calendarPath: '/v1/meetings/hl-txct-truoc-kh12-minh-tien.ics',
    });
    expect(m).not.toHaveProperty('notes');
    expect(m).not.toHaveProperty('published');
  });

  it('filters by Vietnam calendar days and by kind', async () => {
    const meeting = (await list('commune=minh-tien')).body.items[0]!;
    const day = new Date(Date.parse(meeting.startsAt) + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await list(`commune=van-nham&from=${day}&to=${day}`)).body.items.map((m) => m.id)).toEqual([
      'hl-txct-truoc-kh12-minh-tien',
    ]);
    expect((await list(`commune=van-nham&to=${day}&from=2026-01-01`)).body.items).toHaveLength(2);
    expect((await list('commune=van-nham&kind=after_session')).body.items.map((m) => m.id)).toEqual([
      'hl-txct-sau-kh11-van-nham',
    ]);
  });

  it('lists a council and a delegate group', async () => {
    const council = await list('council=son-dong');
    expect(council.body.items.map((m) => m.id)).toEqual([
      'sd-doi-thoai-q2',
      'sd-doi-thoai-q3',
      'sd-tiep-cong-dan-an-ba',
    ]);
    const group = await list('group=to-huu-lung-dv6');
    expect(group.body.items.map((m) => m.id)).toEqual([
      'hl-txct-sau-kh11-van-nham',
      'hl-txct-truoc-kh12-minh-tien',
      'hl-txct-truoc-kh12-thanh-son',
    ]);
  });
});

describe('unpublished meetings', () => {
  const draft: Meeting = {
    id: 'nhap-van-nham',
    councilId: 'huu-lung',
    kind: 'ad_hoc',
    title: 'Bản nháp chưa công bố',
    delegateIds: [],
    communeIds: ['van-nham'],
    venue: { name: 'Nhà văn hóa', address: 'Xã Vân Nham' },
    startsAt: '2026-06-20T01:00:00.000Z',
    endsAt: '2026-06-20T03:00:00.000Z',
    invitedBodies: [],
    status: 'planned',
    published: false,
    sequence: 0,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  beforeAll(() => t.repos.meetings.create(draft));

  it('are in no list and no feed, and do not exist one by one', async () => {
    expect((await list('commune=van-nham')).body.items.map((m) => m.id)).not.toContain(draft.id);
    const feed = await (await app.request('/v1/meetings.ics?commune=van-nham')).text();
    expect(feed).not.toContain(draft.id);
    expect((await app.request(`/v1/meetings/${draft.id}`)).status).toBe(404);
    expect((await app.request(`/v1/meetings/${draft.id}.ics`)).status).toBe(404);
    expect((await app.request('/v1/meetings/khong-co-buoi-nay')).status).toBe(404);
  });
});

describe('iCalendar feeds', () => {
  it('serve a commune feed as text/calendar, inline, cacheable, parsed by ical.js', async () => {
    const res = await app.request('/v1/meetings.ics?commune=van%20nham');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="lich-tiep-xuc-cu-tri-van-nham.ics"',
    );
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const events = parseIcs(await res.text());
    expect(events.map((e) => e.uid)).toEqual([
      'hl-txct-sau-kh11-van-nham@hdnd.example.vn',
      'hl-txct-truoc-kh12-minh-tien@hdnd.example.vn',
    ]);
  });

  it('serve a council feed and a group feed', async () => {
    const council = parseIcs(await (await app.request('/v1/meetings.ics?council=son-dong')).text());
    // The Q2 dialogue is 120 days back: inside the feed's half year.
    expect(council.map((e) => e.uid.split('@')[0])).toEqual([
      'sd-doi-thoai-q2',
      'sd-doi-thoai-q3',
      'sd-tiep-cong-dan-an-ba',
    ]);
    const group = parseIcs(await (await app.request('/v1/meetings.ics?group=to-huu-lung-dv6')).text());
    expect(group).toHaveLength(3);
  });

  it('show a meeting cancelled after publication as CANCELLED with a higher SEQUENCE', async () => {
    const id = 'hl-txct-truoc-kh12-thanh-son';
    const before = parseIcs(await (await app.request(`/v1/meetings/${id}.ics`)).text());
    expect(before).toHaveLength(1);
    expect(before[0]!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    const meeting = (await t.repos.meetings.get(id))!;
    await cancelMeeting({ repos: t.repos, now: () => NOW }, meeting, {
      reason: 'Trùng lịch kỳ họp bất thường.',
    });

    for (const path of [`/v1/meetings/${id}.ics`, '/v1/meetings.ics?commune=thanh-son']) {
      const [after] = parseIcs(await (await app.request(path)).text());
      expect(after!.uid).toBe(before[0]!.uid);
      expect(after!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(after!.sequence).toBeGreaterThan(before[0]!.sequence);
      expect(after!.description).toContain('Lý do: Trùng lịch kỳ họp bất thường.');
    }
    const json = (await (await app.request(`/v1/meetings/${id}`)).json()) as PublicMeeting;
    expect(json).toMatchObject({ status: 'cancelled', statusReason: 'Trùng lịch kỳ họp bất thường.' });
  });
});

describe('bad queries', () => {
  const cases: [string, string][] = [
    ['/v1/meetings', 'commune'],
    ['/v1/meetings?commune=van-nham&council=huu-lung', 'commune'],
    ['/v1/meetings?commune=khong-ton-tai', 'commune'],
    ['/v1/meetings?council=Huu%20Lung', 'council'],
    ['/v1/meetings?council=khong-co', 'council'],
    ['/v1/meetings?group=to-khong-co', 'group'],
    ['/v1/meetings?commune=van-nham&from=2026-02-30', 'from'],
    ['/v1/meetings?commune=van-nham&from=hom-nay', 'from'],
    ['/v1/meetings?commune=van-nham&from=2026-07-01&to=2026-06-01', 'to'],
    ['/v1/meetings?commune=van-nham&kind=party', 'kind'],
    ['/v1/meetings?commune=van-nham&from=0000-01-01', 'from'],
    ['/v1/meetings?commune=van-nham&to=2101-01-01', 'to'],
    ['/v1/meetings.ics?commune=van-nham&from=1999-12-31T23:00%2B07:00', 'from'],

    ['/v1/meetings?commune=van-nham&limit=0', 'limit'],
    ['/v1/meetings?commune=van-nham&limit=many', 'limit'],
    ['/v1/meetings?commune=van-nham&cursor=not-a-cursor', '_'],
    ['/v1/meetings.ics', 'commune'],
    ['/v1/meetings.ics?council=huu-lung&group=to-huu-lung-dv6', 'commune'],
    ['/v1/meetings.ics?commune=%00', 'commune'],
    ['/v1/meetings/BAD_ID', 'id'],
    ['/v1/meetings/BAD_ID.ics', 'id'],
  ];
  it.each(cases)('%s → 400 naming %s', async (path, field) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string; fields?: Record<string, string> };
    if (field !== '_') expect(Object.keys(body.fields ?? {})).toContain(field);
    expect(body.message.length).toBeGreaterThan(0);
  });

  it('answers in English on request', async () => {
    const res = await app.request('/v1/meetings?commune=khong-ton-tai', {
      headers: { 'accept-language': 'en' },
    });
    expect(((await res.json()) as { fields: Record<string, string> }).fields.commune).toBe(
      'This commune or ward was not found.',
    );
  });
});
