/**
 * The secretariat's meeting routes on the staff API: scheduling through to "held", the
 * council's structure, compliance and the report downloads, who may call them, and bad
 * input to every one of them (a 4xx, and nothing stored changes).
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { makePetition, useStaffTestbed } from '../staff/support.ts';
import { parseCsv } from './csv.ts';
import { NOW } from './support.ts';

const SECRETARIAT = 'thu-ky-huu-lung';
const OTHER_SECRETARIAT = 'thu-ky-son-dong';
const DELEGATE = 'dai-bieu-huu-lung-dv6';
const ADMIN = 'quan-tri';

const bed = useStaffTestbed({ now: NOW });

const cursorOf = (key: Record<string, string>) => Buffer.from(JSON.stringify(key)).toString('base64url');
const newMeeting = (overrides: Record<string, unknown> = {}) => ({
  councilId: 'huu-lung',
  sessionId: 'huu-lung-kh12',
  kind: 'before_session',
  title: 'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Đồng Tiến',
  groupId: 'to-huu-lung-dv6',
  delegateIds: ['to-huu-lung-dv6-db1'],
  communeIds: ['dong-tien'],
  venue: { name: 'Nhà văn hóa xã Đồng Tiến', address: 'Xã Đồng Tiến, huyện Hữu Lũng' },
  startsAt: '2026-06-14T08:00',
  endsAt: '2026-06-14T11:00',
  agenda: 'Thông tin chương trình kỳ họp.\nCử tri phát biểu ý kiến.',
  invitedBodies: ['UBND xã Đồng Tiến'],
  ...overrides,
});

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function schedule(overrides: Record<string, unknown> = {}): Promise<Meeting> {
  const res = await bed.call('POST', '/v1/meetings', { as: SECRETARIAT, body: newMeeting(overrides) });
  return (await json<{ meeting: Meeting }>(res, 201)).meeting;
}

// First, while the demo data is as seeded.
describe('compliance and reports on the staff API', () => {
  it('flags the late Thanh Sơn plan and the uncovered Đồng Tiến of unit no. 6', async () => {
    const report = await json<{
      latePlans: { meetingId: string; daysBeforeOpening: number }[];
      groups: { groupId: string; uncoveredCommuneIds: string[] }[];
    }>(await bed.call('GET', '/v1/compliance?council=son-dong&year=2026', { as: 'thu-ky-son-dong' }));
    expect(report.groups.map((g) => g.uncoveredCommuneIds)).toEqual([[], []]);
    const huuLung = await json<typeof report>(
      await bed.call('GET', '/v1/compliance?council=huu-lung&year=2025', { as: SECRETARIAT }),
    );
    expect(huuLung.groups[0]!.uncoveredCommuneIds).toEqual([
      'minh-tien',
      'van-nham',
      'thanh-son',
      'dong-tien',
    ]);
    const thisYear = await json<typeof report>(
      await bed.call('GET', '/v1/compliance?council=huu-lung', { as: SECRETARIAT }),
    );
    expect(thisYear.latePlans.map((p) => [p.meetingId, p.daysBeforeOpening])).toEqual([
      ['hl-txct-truoc-kh12-thanh-son', 12],
    ]);
    expect(thisYear.groups.map((g) => [g.groupId, g.uncoveredCommuneIds])).toEqual([
      ['to-huu-lung-dv6', ['dong-tien']],
    ]);
  });

  it('downloads the summary of a session round as .docx and .csv', async () => {
    const raised = await makePetition(bed, 'routed', {
      channel: 'meeting',
      meetingId: 'hl-txct-truoc-kh12-minh-tien',
      title: 'Nâng cấp tuyến kênh mương nội đồng thôn Đồng Ván',
    });
    const docx = await bed.call('GET', '/v1/reports/summary.docx?session=huu-lung-kh12', { as: SECRETARIAT });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename="bao-cao-.+\.docx"$/);
    // Codes are printed with non-breaking hyphens (U+2011 to mammoth).
    const text = (
      await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })
    ).value.replace(/\u2011/g, '-');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(formatTrackingCode(raised.code));

    for (const query of [
      'meeting=hl-txct-truoc-kh12-minh-tien&meeting=hl-txct-truoc-kh12-thanh-son',
      'meeting=hl-txct-truoc-kh12-minh-tien,hl-txct-truoc-kh12-thanh-son',
    ]) {
      const csv = await bed.call('GET', `/v1/reports/summary.csv?${query}`, { as: SECRETARIAT });
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
      expect(rows.filter((r) => r[4] === formatTrackingCode(raised.code))).toHaveLength(1);
    }
  });
});

describe('a meeting from plan to held, through the staff API', () => {
  it('schedules, edits, publishes, and records it held; each change raises the sequence', async () => {
    const m = await schedule();
    expect(m).toMatchObject({ status: 'planned', published: false, sequence: 0 });
    const edited = await json<{ meeting: Meeting }>(
      await bed.call('PUT', `/v1/meetings/${m.id}`, {
        as: SECRETARIAT,
        body: { status: 'confirmed', sequence: 0 },
      }),
    );
    expect(edited.meeting).toMatchObject({ status: 'confirmed', sequence: 1 });
    const published = await json<{ meeting: Meeting }>(
      await bed.call('POST', `/v1/meetings/${m.id}/publish`, { as: SECRETARIAT }),
    );
    expect(published.meeting).toMatchObject({ published: true, sequence: 2 });
    const held = await json<{ meeting: Meeting }>(
      await bed.call('POST', `/v1/meetings/${m.id}/held`, {
        as: SECRETARIAT,
        body: { attendance: 73, notes: 'Cử tri nêu 9 ý kiến.' },
      }),
    );
    expect(held.meeting).toMatchObject({ status: 'held', attendance: 73, sequence: 3 });
    const read = await json<{ meeting: Meeting }>(
      await bed.call('GET', `/v1/meetings/${m.id}`, { as: DELEGATE }),
    );
    expect(read.meeting.notes).toBe('Cử tri nêu 9 ý kiến.');
  });

  it('postpones and cancels with the reason voters will read', async () => {
    const m = await schedule({ startsAt: '2026-07-01T08:00', endsAt: '2026-07-01T11:00' });
    const postponed = await json<{ meeting: Meeting }>(
      await bed.call('POST', `/v1/meetings/${m.id}/postpone`, {
        as: SECRETARIAT,
        body: { reason: 'Mưa lũ' },
      }),
    );
    expect(postponed.meeting).toMatchObject({ status: 'postponed', statusReason: 'Mưa lũ', sequence: 1 });
    const cancelled = await json<{ meeting: Meeting }>(
      await bed.call('POST', `/v1/meetings/${m.id}/cancel`, {
        as: SECRETARIAT,
        body: { reason: 'Trùng lịch' },
      }),
    );
    expect(cancelled.meeting).toMatchObject({ status: 'cancelled', statusReason: 'Trùng lịch', sequence: 2 });
  });

  it("lists the council's meetings, drafts included, for its secretariat and its delegates", async () => {
    const draft = await schedule({ startsAt: '2026-08-01T08:00', endsAt: '2026-08-01T11:00' });
    for (const user of [SECRETARIAT, DELEGATE, ADMIN]) {
      const { items } = await json<{ items: Meeting[] }>(
        await bed.call('GET', '/v1/meetings?council=huu-lung&from=2026-08-01&to=2026-08-01', { as: user }),
      );
      expect(items.map((i) => i.id)).toEqual([draft.id]);
    }
  });

  it('lets only the secretariat of the meeting’s council (or an admin) change it', async () => {
    const m = await schedule();
    const before = await bed.snapshot();
    for (const user of [OTHER_SECRETARIAT, DELEGATE, 'can-bo-tnmt-huu-lung']) {
      expect((await bed.call('POST', '/v1/meetings', { as: user, body: newMeeting() })).status).toBe(403);
      expect(
        (await bed.call('PUT', `/v1/meetings/${m.id}`, { as: user, body: { title: 'Đổi tên' } })).status,
      ).toBe(403);
      expect((await bed.call('POST', `/v1/meetings/${m.id}/publish`, { as: user })).status).toBe(403);
      expect(
        (await bed.call('POST', `/v1/meetings/${m.id}/cancel`, { as: user, body: { reason: 'x' } })).status,
      ).toBe(403);
      expect((await bed.call('GET', '/v1/compliance?council=huu-lung', { as: user })).status).toBe(403);
      expect(
        (await bed.call('GET', '/v1/reports/summary.csv?session=huu-lung-kh12', { as: user })).status,
      ).toBe(403);
      expect(
        (
          await bed.call('POST', '/v1/councils/huu-lung/sessions', {
            as: user,
            body: { name: 'Kỳ họp thứ 13', number: 13, opensOn: '2026-12-10' },
          })
        ).status,
      ).toBe(403);
    }
    expect((await bed.call('GET', '/v1/meetings?council=huu-lung', { as: OTHER_SECRETARIAT })).status).toBe(
      403,
    );
    expect(await bed.snapshot()).toBe(before);
    expect((await bed.call('POST', `/v1/meetings/${m.id}/publish`, { as: ADMIN })).status).toBe(200);
  });
});

describe('petitions raised at a meeting', () => {
  it('entered in bulk through the staff pipeline, land in that meeting’s summary, each once', async () => {
    const m = await schedule({ startsAt: '2026-06-10T08:00', endsAt: '2026-06-10T11:00' });
    await json(
      await bed.call('POST', `/v1/meetings/${m.id}/held`, { as: SECRETARIAT, body: { attendance: 40 } }),
    );
    const raised = (title: string, fieldId: string) => ({
      submitter: {
        name: 'Cử tri thôn Đồng Tiến',
        phone: '0912345678',
        address: 'Thôn 2',
        communeId: 'dong-tien',
      },
      fieldId,
      localityId: 'dong-tien',
      title,
      content: `${title}: cử tri đề nghị các cơ quan có thẩm quyền xem xét, giải quyết sớm.`,
      consentToPublish: true,
    });
    const entered = await json<{ codes: string[] }>(
      await bed.call('POST', '/v1/councils/huu-lung/petitions/batch', {
        as: SECRETARIAT,
        body: {
          meetingId: m.id,
          petitions: [
            raised('Sửa cầu tràn thôn Đồng Tiến', 'an-toan-giao-thong'),
            raised('Cấp nước sạch cho thôn 2', 'y-te'),
          ],
        },
      }),
      201,
    );
    const listed = await json<{ items: { code: string; channel: string; meetingId: string }[] }>(
      await bed.call('GET', `/v1/meetings/${m.id}/petitions`, { as: SECRETARIAT }),
    );
    expect(listed.items.map((p) => [p.channel, p.meetingId])).toEqual([
      ['meeting', m.id],
      ['meeting', m.id],
    ]);
    const csv = await bed.call('GET', `/v1/reports/summary.csv?meeting=${m.id}`, { as: SECRETARIAT });
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, '')).slice(1);
    // Printed as citizens see them everywhere else, with their dashes.
    expect(rows.map((r) => r[4]).sort()).toEqual(entered.codes.map(formatTrackingCode).sort());
  });
});

describe("the council's structure", () => {
  it('adds a session, an electoral unit, its group and a delegate, then plans a meeting with them', async () => {
    const as = { as: SECRETARIAT };
    const session = await json<{ session: { id: string } }>(
      await bed.call('POST', '/v1/councils/huu-lung/sessions', {
        ...as,
        body: { name: 'Kỳ họp thứ 13, HĐND huyện Hữu Lũng', number: 13, opensOn: '2026-12-10' },
      }),
      201,
    );
    expect(session.session.id).toBe('huu-lung-kh13');
    const unit = await json<{ electoralUnit: { id: string } }>(
      await bed.call('POST', '/v1/councils/huu-lung/electoral-units', {
        ...as,
        body: { number: 7, name: 'Đơn vị bầu cử số 7', communeIds: ['dong-tien'] },
      }),
      201,
    );
    const group = await json<{ group: { id: string } }>(
      await bed.call('POST', '/v1/councils/huu-lung/groups', {
        ...as,
        body: { name: 'Tổ đại biểu số 7', electoralUnitId: unit.electoralUnit.id },
      }),
      201,
    );
    const delegate = await json<{ delegate: { id: string } }>(
      await bed.call('POST', '/v1/councils/huu-lung/delegates', {
        ...as,
        body: { name: 'Đinh Văn Lâm', title: 'Đại biểu HĐND', groupId: group.group.id },
      }),
      201,
    );
    expect(delegate.delegate.id).toBe('to-huu-lung-dv7-dinh-van-lam');
    const renamed = await json<{ group: { name: string } }>(
      await bed.call('PUT', `/v1/councils/huu-lung/groups/${group.group.id}`, {
        ...as,
        body: { name: 'Tổ đại biểu đơn vị số 7', electoralUnitId: unit.electoralUnit.id },
      }),
    );
    expect(renamed.group.name).toBe('Tổ đại biểu đơn vị số 7');
    const m = await schedule({
      sessionId: session.session.id,
      groupId: group.group.id,
      delegateIds: [delegate.delegate.id],
      startsAt: '2026-11-20T08:00',
      endsAt: '2026-11-20T11:00',
    });
    expect(m.groupId).toBe('to-huu-lung-dv7');
    const { items } = await json<{ items: { id: string }[] }>(
      await bed.call('GET', '/v1/councils/huu-lung/sessions', as),
    );
    expect(items.map((s) => s.id)).toContain('huu-lung-kh13');
  });
});

describe('bad input to every meeting route', () => {
  let target: Meeting;
  let cancelled: Meeting;
  let future: Meeting;
  beforeAll(async () => {
    target = await schedule();
    future = await schedule({ startsAt: '2026-09-01T08:00', endsAt: '2026-09-01T11:00' });
    cancelled = await schedule();
    await bed.call('POST', `/v1/meetings/${cancelled.id}/cancel`, {
      as: SECRETARIAT,
      body: { reason: 'Hủy' },
    });
  });

  type Case = [string, string, string, { body?: unknown; rawBody?: string; contentType?: string }, number];
  const cases = (): Case[] => [
    ['POST', '/v1/meetings', 'not JSON', { rawBody: '{oops' }, 400],
    ['POST', '/v1/meetings', 'text/plain', { rawBody: '{}', contentType: 'text/plain' }, 415],
    ['POST', '/v1/meetings', 'empty body', { rawBody: '' }, 400],
    ['POST', '/v1/meetings', 'missing fields', { body: { councilId: 'huu-lung' } }, 400],
    ['POST', '/v1/meetings', 'end before start', { body: newMeeting({ endsAt: '2026-06-14T07:00' }) }, 400],
    ['POST', '/v1/meetings', 'not a date', { body: newMeeting({ startsAt: 'sáng thứ Hai' }) }, 400],
    ['POST', '/v1/meetings', 'unknown kind', { body: newMeeting({ kind: 'party' }) }, 400],
    ['POST', '/v1/meetings', 'no commune', { body: newMeeting({ communeIds: [] }) }, 400],
    ['POST', '/v1/meetings', 'commune elsewhere', { body: newMeeting({ communeIds: ['an-ba'] }) }, 400],
    [
      'POST',
      '/v1/meetings',
      "another council's session",
      { body: newMeeting({ sessionId: 'son-dong-kh9' }) },
      400,
    ],
    ['POST', '/v1/meetings', 'unknown council', { body: newMeeting({ councilId: 'khong-co' }) }, 400],
    ['POST', '/v1/meetings', 'control characters', { body: newMeeting({ title: 'a\u0007b' }) }, 400],
    ['POST', '/v1/meetings', 'taken id', { body: newMeeting({ id: 'hl-txct-truoc-kh12-thanh-son' }) }, 409],
    ['PUT', `/v1/meetings/${target.id}`, 'empty edit', { body: {} }, 400],
    ['PUT', `/v1/meetings/${target.id}`, 'bad date', { body: { startsAt: '2026-13-01T08:00' } }, 400],
    ['PUT', `/v1/meetings/${target.id}`, 'end before start', { body: { endsAt: '2026-06-14T06:00' } }, 400],
    ['PUT', `/v1/meetings/${target.id}`, 'start in year 0', { body: { startsAt: '0000-01-01' } }, 400],
    [
      'PUT',
      `/v1/meetings/${target.id}`,
      'both times after 2100',
      { body: { startsAt: '2101-01-01T08:00', endsAt: '2101-01-01T10:00' } },
      400,
    ],
    ['PUT', `/v1/meetings/${target.id}`, 'end in 1999', { body: { endsAt: '1999-12-31T23:00+07:00' } }, 400],
    [
      'POST',
      '/v1/meetings',
      'start before 2000',
      { body: newMeeting({ startsAt: '1999-06-14T08:00' }) },
      400,
    ],
    [
      'POST',
      `/v1/meetings/${target.id}/postpone`,
      'postponed to 2200',
      { body: { reason: 'Lý do', startsAt: '2200-01-01T08:00', endsAt: '2200-01-01T10:00' } },
      400,
    ],
    ['GET', '/v1/meetings?council=huu-lung&from=0001-01-01', 'from in year 1', {}, 400],
    ['GET', '/v1/meetings?council=huu-lung&from=2026-07-01&to=2026-06-01', 'to before from', {}, 400],
    [
      'POST',
      '/v1/councils/huu-lung/sessions',
      'opening in 1900',
      { body: { name: 'Kỳ họp', number: 15, opensOn: '1900-01-01' } },
      400,
    ],

    ['PUT', `/v1/meetings/${target.id}`, 'stale sequence', { body: { title: 'Tên mới', sequence: 7 } }, 409],
    ['PUT', `/v1/meetings/${target.id}`, 'council cannot change', { body: { councilId: 'son-dong' } }, 400],
    ['PUT', `/v1/meetings/${cancelled.id}`, 'cancelled', { body: { title: 'Tên mới' } }, 409],
    ['PUT', '/v1/meetings/khong-co', 'unknown meeting', { body: { title: 'Tên mới' } }, 404],
    ['PUT', '/v1/meetings/KHONG_CO', 'malformed id', { body: { title: 'Tên mới' } }, 400],
    ['POST', `/v1/meetings/${target.id}/publish`, 'sequence as text', { body: { sequence: 'một' } }, 400],
    ['POST', `/v1/meetings/${target.id}/postpone`, 'no reason', { body: {} }, 400],
    ['POST', `/v1/meetings/${cancelled.id}/postpone`, 'cancelled', { body: { reason: 'Lý do' } }, 409],
    ['POST', `/v1/meetings/${target.id}/cancel`, 'blank reason', { body: { reason: '   ' } }, 400],
    ['POST', `/v1/meetings/${cancelled.id}/cancel`, 'cancelled twice', { body: { reason: 'Lý do' } }, 409],
    ['POST', `/v1/meetings/${target.id}/held`, 'negative attendance', { body: { attendance: -1 } }, 400],
    ['POST', `/v1/meetings/${target.id}/held`, 'attendance as text', { body: { attendance: 'nhiều' } }, 400],
    ['POST', `/v1/meetings/${future.id}/held`, 'not started', { body: { attendance: 5 } }, 409],
    ['GET', '/v1/meetings', 'no council', {}, 400],
    ['GET', '/v1/meetings?council=huu-lung&from=2026-02-30', 'bad from', {}, 400],
    ['GET', '/v1/meetings?council=huu-lung&cursor=abc', 'bad cursor', {}, 400],
    ['GET', `/v1/meetings/${target.id}/petitions?limit=0`, 'bad limit', {}, 400],
    ['GET', '/v1/meetings?council=huu-lung&cursor=eyJhIjoiYiJ9', 'forged cursor {"a":"b"}', {}, 400],
    [
      'GET',
      `/v1/meetings?council=huu-lung&cursor=${cursorOf({ pk: 'MEETING#m', sk: 'MEETING', gsi2pk: 'COUNCIL#son-dong#MEETINGS', gsi2sk: '2026-06-01#m' })}`,
      "another council's cursor",
      {},
      400,
    ],
    ['GET', `/v1/meetings/${target.id}/petitions?cursor=eyJhIjoiYiJ9`, 'forged petitions cursor', {}, 400],
    [
      'GET',
      `/v1/meetings/${target.id}/petitions?cursor=${cursorOf({ pk: 'PETITION#X', sk: 'PUB#PETITION', gsi4pk: 'MEETING#other#PETITIONS', gsi4sk: 'x' })}`,
      "another meeting's petitions cursor",
      {},
      400,
    ],

    ['GET', '/v1/compliance', 'no council', {}, 400],
    ['GET', '/v1/compliance?council=huu-lung&year=20x6', 'bad year', {}, 400],
    ['GET', '/v1/reports/summary.docx', 'no round', {}, 400],
    ['GET', '/v1/reports/summary.csv?session=huu-lung-kh12&meeting=x', 'both', {}, 400],
    ['GET', '/v1/reports/summary.csv?meeting=KHONG', 'malformed meeting', {}, 400],
    ['GET', '/v1/reports/summary.csv?meeting=khong-co', 'unknown meeting', {}, 404],
    ['GET', '/v1/reports/summary.pdf?session=huu-lung-kh12', 'unknown format', {}, 404],
    [
      'POST',
      '/v1/councils/huu-lung/sessions',
      'bad opening date',
      { body: { name: 'Kỳ họp', number: 14, opensOn: '2026-02-30' } },
      400,
    ],
    [
      'POST',
      '/v1/councils/huu-lung/sessions',
      'taken id',
      { body: { name: 'Kỳ họp', number: 12, opensOn: '2026-07-01' } },
      409,
    ],
    [
      'POST',
      '/v1/councils/huu-lung/electoral-units',
      'commune elsewhere',
      { body: { number: 9, name: 'Đơn vị 9', communeIds: ['an-ba'] } },
      400,
    ],
    [
      'POST',
      '/v1/councils/huu-lung/groups',
      "another council's unit",
      { body: { name: 'Tổ', electoralUnitId: 'son-dong-dv1' } },
      400,
    ],
    [
      'POST',
      '/v1/councils/huu-lung/delegates',
      'unknown group',
      { body: { name: 'Người Mới', groupId: 'to-khong-co' } },
      400,
    ],
    [
      'PUT',
      '/v1/councils/huu-lung/groups/to-son-dong-dv1',
      "another council's group",
      { body: { name: 'Tổ', electoralUnitId: 'huu-lung-dv6' } },
      404,
    ],
    [
      'PUT',
      '/v1/councils/huu-lung/delegates/khong-co',
      'unknown delegate',
      { body: { name: 'Ai Đó', groupId: 'to-huu-lung-dv6' } },
      404,
    ],
    ['GET', '/v1/councils/khong-co/sessions', 'unknown council', {}, 404],
  ];

  it('answers each with the expected 4xx, and changes nothing stored', async () => {
    for (const [method, path, name, options, status] of cases()) {
      const before = await bed.snapshot();
      // The admin, whom no scope check stops: only the input is wrong.
      const res = await bed.call(method, path, { as: ADMIN, ...options });
      const body = (await res.json()) as { error: string; message: string };
      expect([res.status, name]).toEqual([status, name]);
      expect(body.message.length, name).toBeGreaterThan(0);
      expect(await bed.snapshot(), name).toBe(before);
    }
  });
});
