/**
 * The summary report of a round (Hữu Lũng's session 12: its meetings, and the petitions
 * sent for it by other channels): every petition once, grouped by body, duplicates folded
 * with their count, other levels set apart; the .docx read back with mammoth and the .csv
 * read back with an RFC 4180 reader.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSummaryReport, resolveRound } from '../../functions/lib/reports/compile-report.ts';
import { sessionViewsWording } from '../../functions/lib/reports/session-views-part.ts';
import { summaryCsv } from '../../functions/lib/reports/summary-csv.ts';
import { summaryDocx } from '../../functions/lib/reports/summary-docx.ts';
import type { SummaryReport } from '../../functions/lib/reports/summary-report.ts';
import { buildSummaryReport } from '../../functions/lib/reports/summary-report.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import type { Meeting, Petition } from '../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { newPetition } from '../support/petitions.ts';
import { parseCsv } from './csv.ts';
import { NOW, useSeededDatabase } from './support.ts';

const A = 'hl-txct-truoc-kh12-minh-tien';
const B = 'hl-txct-truoc-kh12-thanh-son';

const t = useSeededDatabase('summary-report');
let deps: Parameters<typeof compileSummaryReport>[0];
let report: SummaryReport;
const codes: Record<string, string> = {};

/** A petition taken at a meeting about land in Minh Tiến, named so the report's rows can be told apart. */
function petition(name: string, overrides: Partial<Petition>): Petition {
  const p = newPetition({
    channel: 'meeting',
    fieldId: 'dat-dai',
    localityId: 'minh-tien',
    communeId: 'minh-tien',
    title: `Kiến nghị ${name}`,
    content: `Nội dung kiến nghị ${name} của cử tri.`,
    consentToPublish: false,
    receivedAt: '2026-06-20T02:00:00.000Z',
    updatedAt: '2026-06-20T02:00:00.000Z',
    ...overrides,
  });
  codes[name] = p.code;
  return p;
}

async function store(p: Petition) {
  await t.repos.petitions.create({
    petition: p,
    contact: { code: p.code, name: 'Cử tri', phone: '0912345678', address: 'Thôn 1', communeId: p.communeId },
    events: [
      {
        id: `e-${p.code}`,
        code: p.code,
        type: 'received',
        at: p.receivedAt,
        actor: { id: 's', role: 'secretariat' },
      },
    ],
  });
}

beforeAll(async () => {
  deps = { repos: t.repos, now: () => NOW };
  const online = petition('online', {
    channel: 'online',
    agencyId: 'cong-an-huu-lung',
    status: 'routed',
    voterCount: 2,
    fieldId: 'an-ninh-trat-tu',
    title: 'Tụ tập đua xe ban đêm trên quốc lộ 1A',
  });
  const p1 = petition('p1', {
    meetingId: A,
    agencyId: 'phong-tnmt-huu-lung',
    status: 'routed',
    voterCount: 3,
    title: 'Chậm cấp giấy chứng nhận quyền sử dụng đất',
  });
  const all = [
    online,
    p1,
    petition('p2', { meetingId: A, status: 'merged', mergedInto: p1.code }),
    petition('p3', { meetingId: B, status: 'merged', mergedInto: p1.code, communeId: 'thanh-son' }),
    petition('p4', {
      meetingId: A,
      proposedAgencyId: 'ubnd-huu-lung',
      fieldId: 'giao-duc',
      title: 'Xây thêm phòng học cho trường tiểu học',
    }),
    petition('p5', {
      meetingId: B,
      agencyId: 'ubnd-thanh-son',
      status: 'routed',
      localityId: 'thanh-son',
      communeId: 'thanh-son',
      title: 'Sửa đường bê tông thôn Đồng Bé',
    }),
    petition('p6', {
      meetingId: B,
      title: '=HYPERLINK("http://example.com") kiến nghị chưa rõ cơ quan',
      content: 'Dòng một, có dấu phẩy; và "ngoặc kép".\nDòng hai.',
    }),
    petition('p7', {
      meetingId: A,
      agencyId: 'ubnd-huu-lung',
      status: 'in_progress',
      voterCount: 1,
      title: 'Hỗ trợ giống cây trồng sau lũ',
    }),
    petition('p8', { meetingId: B, status: 'merged', mergedInto: online.code, fieldId: 'an-ninh-trat-tu' }),
    petition('p9', { meetingId: A, status: 'rejected', title: 'Quảng cáo không phải kiến nghị' }),
    // Sent by post late on the session's opening day (23:30 in Vietnam): still for session 12.
    petition('post', {
      channel: 'post',
      agencyId: 'ubnd-huu-lung',
      status: 'routed',
      receivedAt: '2026-07-09T16:30:00.000Z',
      title: 'Lắp đèn chiếu sáng đường trục thôn',
    }),
    // Received after session 12 opened (00:30 the next day, Vietnam time): for session 13.
    petition('later', { channel: 'online', receivedAt: '2026-07-09T17:30:00.000Z' }),
    // Raised at a session-12 meeting but entered after the session opened: still session 12.
    petition('lateEntry', { meetingId: A, receivedAt: '2026-07-20T02:00:00.000Z', title: 'Nạo vét kênh' }),
  ];
  await t.repos.reference.create('sessions', {
    id: 'huu-lung-kh13',
    councilId: 'huu-lung',
    name: 'Kỳ họp thứ 13, HĐND huyện Hữu Lũng',
    number: 13,
    opensOn: '2026-12-01',
  });
  for (const p of all) await store(p);
  t.resetSent();
  report = await compileSummaryReport(deps, await resolveRound(deps, { session: 'huu-lung-kh12' }));
});

const sectionCodes = (sections: SummaryReport['own']) =>
  sections.map((s) => [s.bodyId ?? 'unclassified', s.items.map((i) => i.code)]);

describe('the summary of a round', () => {
  it('holds every petition of the session: raised at its meetings and sent for it by other channels', () => {
    const all = [...report.own, ...report.forwarded].flatMap((s) => s.items.map((i) => i.code));
    // The demo's petitions of Hữu Lũng (online, and at a meeting with no session) go to the
    // next session, as /ket-qua/ groups them (sessionOf in shared/publication.ts).
    for (const code of [codes.online, codes.post, codes.lateEntry, DEMO_CODES.triage, DEMO_CODES.routed])
      expect(all).toContain(code);
    expect(all).toContain(DEMO_CODES.answered);
    expect(all).not.toContain(codes.later);
    expect(report.totals.petitions).toBe(15);
  });

  it('reads the session through GetItem and Query only (petitions read back by key), never a Scan', () => {
    expect(t.sent.length).toBeGreaterThan(0);
    expect([...new Set(t.sent.map((c) => c.name))].sort()).toEqual([
      'BatchGetItemCommand',
      'GetItemCommand',
      'QueryCommand',
    ]);
  });

  it('groups by competent body, own level first, other levels as forwarded', () => {
    expect(report.meetings.map((m) => m.id)).toEqual([A, B]);
    expect(sectionCodes(report.own)).toEqual([
      ['cong-an-huu-lung', [codes.online]],
      ['phong-gddt-huu-lung', [DEMO_CODES.routed]],
      ['phong-tnmt-huu-lung', [codes.p1, DEMO_CODES.triage]],
      ['ubnd-huu-lung', [DEMO_CODES.answered, ...[codes.p4, codes.p7, codes.post].sort()]],
      ['unclassified', [codes.lateEntry, codes.p6].sort()],
    ]);
    expect(sectionCodes(report.forwarded)).toEqual([['ubnd-thanh-son', [codes.p5]]]);
  });

  it('folds duplicates into their primary with its voter count, even one raised outside the round', () => {
    const items = [...report.own, ...report.forwarded].flatMap((s) => s.items);
    const p1 = items.find((i) => i.code === codes.p1)!;
    expect(p1).toMatchObject({ voterCount: 3, mergedCodes: [codes.p2, codes.p3].sort(), meetingIds: [A, B] });
    const online = items.find((i) => i.code === codes.online)!;
    expect(online).toMatchObject({ voterCount: 2, mergedCodes: [codes.p8], meetingIds: [B] });
    expect(items.find((i) => i.code === DEMO_CODES.answered)).toMatchObject({
      voterCount: 2,
      mergedCodes: [DEMO_CODES.merged],
    });
    expect(items.find((i) => i.code === codes.p4)!.basis).toBe('proposed');
  });

  it('counts no meeting as held while both are still planned, and says they are planned', () => {
    expect(report.totals).toMatchObject({ heldMeetings: 0, plannedMeetings: 2, attendance: 0 });
  });

  it('leaves out rejected petitions and petitions of another session', () => {
    const all = JSON.stringify(report);
    expect(all).not.toContain(codes.p9);
    expect(all).not.toContain(codes.later);
  });

  it('for meetings named one by one, holds the petitions raised at them', async () => {
    const listed = await compileSummaryReport(deps, await resolveRound(deps, { meeting: [B, A] }));
    const codesOf = (r: SummaryReport) =>
      [...r.own, ...r.forwarded].flatMap((s) => s.items.map((i) => i.code));
    expect(codesOf(listed).sort()).toEqual(
      [codes.online, codes.p1, codes.p4, codes.p5, codes.p6, codes.p7, codes.lateEntry].sort(),
    );
  });

  it('refuses an unknown meeting or session, and meetings of two councils', async () => {
    await expect(resolveRound(deps, { meeting: [A, 'khong-co'] })).rejects.toThrow(NotFoundError);
    await expect(resolveRound(deps, { session: 'khong-co' })).rejects.toThrow(NotFoundError);
    await expect(resolveRound(deps, { meeting: [A, 'sd-doi-thoai-q2'] })).rejects.toThrow(ValidationError);
  });
});

describe('the counts of meetings', () => {
  it('counts only held meetings as held, and only their attendance', async () => {
    const reference = await t.repos.reference.load();
    const council = reference.councils.get('huu-lung')!;
    const [a, b, held] = (
      await Promise.all([A, B, 'hl-txct-sau-kh11-van-nham'].map((id) => t.repos.meetings.get(id)))
    ).map((m) => m!) as [Meeting, Meeting, Meeting];
    const built = buildSummaryReport({
      council,
      title: 'Đợt thử',
      meetings: [{ ...a, attendance: 30 }, b, { ...held, status: 'held', attendance: 86 }],
      round: { petitions: [], primaries: new Map() },
      reference,
      generatedAt: NOW.toISOString(),
    });
    expect(built.totals).toMatchObject({ heldMeetings: 1, plannedMeetings: 2, attendance: 86 });
  });
});

describe('the .docx', () => {
  let text: string;
  beforeAll(async () => {
    const buffer = await summaryDocx(report);
    // Codes are printed with non-breaking hyphens (mammoth reads them as U+2011): read as dashes.
    text = (await mammoth.extractRawText({ buffer })).value.replace(/\u2011/g, '-');
  });
  const occurrences = (needle: string) => text.split(needle).length - 1;

  it('opens and carries the heading of an administrative document', () => {
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('HĐND HUYỆN HỮU LŨNG');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng hợp ý kiến, kiến nghị cử tri');
    expect(text).toContain('Hữu Lũng, ngày 15 tháng 6 năm 2026');
  });

  it('says no meeting is held yet and that two are planned, instead of "2 held with 0 voters"', () => {
    expect(text).not.toContain('Đã tổ chức 2 buổi');
    expect(text).toContain('Chưa tổ chức buổi tiếp xúc cử tri nào');
    expect(text).toContain('2 buổi tiếp xúc cử tri theo kế hoạch, chưa tổ chức');
  });

  it('holds every petition of the round exactly once, under its body, its code printed with dashes', () => {
    const printed = (name: string) => formatTrackingCode(codes[name]!);
    for (const name of ['online', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'post', 'lateEntry'])
      expect(occurrences(printed(name)), name).toBe(1);
    expect(occurrences(codes.p1!)).toBe(0);
    expect(occurrences(printed('p9'))).toBe(0);
    expect(occurrences(printed('later'))).toBe(0);
    const headings = [
      'I. Kiến nghị gửi Công an huyện Hữu Lũng',
      'II. Kiến nghị gửi Phòng Giáo dục và Đào tạo huyện Hữu Lũng',
      'III. Kiến nghị gửi Phòng Tài nguyên và Môi trường huyện Hữu Lũng',
      'IV. Kiến nghị gửi UBND huyện Hữu Lũng',
      'V. Kiến nghị chưa phân loại cơ quan có thẩm quyền',
      'C. Ý KIẾN, KIẾN NGHỊ CHUYỂN ĐẾN CẤP CÓ THẨM QUYỀN',
      'I. Kiến nghị gửi UBND xã Thanh Sơn',
    ];
    const at = headings.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const within = (name: string, section: number) => {
      const i = text.indexOf(printed(name));
      return i > at[section]! && (section + 1 >= at.length || i < at[section + 1]!);
    };
    expect(within('online', 0)).toBe(true);
    expect(within('p1', 2) && within('p2', 2) && within('p3', 2)).toBe(true);
    expect(within('p4', 3) && within('p7', 3) && within('post', 3)).toBe(true);
    expect(within('p6', 4) && within('lateEntry', 4)).toBe(true);
    expect(within('p5', 6)).toBe(true);
  });

  it('states how many voters raised each item', () => {
    expect(text).toMatch(
      /1\. Chậm cấp giấy chứng nhận quyền sử dụng đất\s+Nội dung kiến nghị p1 của cử tri\.\s+\(3 cử tri kiến nghị;/,
    );
    expect(text).toContain('(2 cử tri kiến nghị; lĩnh vực: An ninh, trật tự');
  });
});

describe('the .csv', () => {
  /** The petitions' rows; the session's agenda views follow them (test/sessions/session-report.test.ts). */
  const petitionRows = (rows: string[][]) => rows.filter((r) => r[1] !== sessionViewsWording.csvPart);
  const csv = () => summaryCsv(report);

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    const bytes = Buffer.from(csv(), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv().endsWith('\r\n')).toBe(true);
  });

  it('has a row for every item of the session, petitions sent online or by post included', () => {
    const rows = petitionRows(parseCsv(csv().slice(1)).slice(1));
    const printed = rows.map((r) => r[4]);
    for (const code of [
      codes.online!,
      codes.post!,
      DEMO_CODES.triage,
      DEMO_CODES.routed,
      DEMO_CODES.answered,
    ])
      expect(printed).toContain(formatTrackingCode(code));
    expect(rows).toHaveLength(report.totals.items);
  });

  it('round-trips: every item comes back with its body, count and text', () => {
    const [header, ...all] = parseCsv(csv().slice(1));
    const rows = petitionRows(all);
    expect(header![0]).toBe('STT');
    const items = [
      ...report.own.flatMap((s) => s.items.map((i) => ({ s, i, part: 'Thuộc thẩm quyền' }))),
      ...report.forwarded.flatMap((s) => s.items.map((i) => ({ s, i, part: 'Chuyển cấp có thẩm quyền' }))),
    ];
    expect(rows).toHaveLength(items.length);
    rows.forEach((row, n) => {
      const { s, i, part } = items[n]!;
      const title = i.title.startsWith('=') ? `'${i.title}` : i.title;
      expect(row.slice(0, 7)).toEqual([
        String(n + 1),
        part,
        s.bodyId ? s.bodyName : 'chưa phân loại',
        { routed: 'Đã chuyển', proposed: 'Đề xuất', unclassified: 'Chưa phân loại' }[i.basis],
        formatTrackingCode(i.code),
        title,
        i.content,
      ]);
      expect(row[9]).toBe(String(i.voterCount));
      expect(row[10]).toBe(i.mergedCodes.map(formatTrackingCode).join(' '));
    });
    const p6 = rows.find((r) => r[4] === formatTrackingCode(codes.p6!))!;
    // A title a spreadsheet would run as a formula is neutralised; commas, quotes and newlines survive.
    expect(p6[5]!.startsWith("'=HYPERLINK")).toBe(true);
    expect(p6[6]).toBe('Dòng một, có dấu phẩy; và "ngoặc kép".\nDòng hai.');
  });
});
