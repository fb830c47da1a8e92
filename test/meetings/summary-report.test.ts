/**
 * The summary report of a round (the meetings of Hữu Lũng's session 12): every petition
 * once, grouped by body, duplicates folded with their count, other levels set apart; the
 * .docx read back with mammoth and the .csv read back with an RFC 4180 reader.
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSummaryReport, resolveRound } from '../../functions/lib/reports/compile-report.ts';
import { summaryCsv } from '../../functions/lib/reports/summary-csv.ts';
import { summaryDocx } from '../../functions/lib/reports/summary-docx.ts';
import type { SummaryReport } from '../../functions/lib/reports/summary-report.ts';
import { DEMO_CODES } from '../../shared/demo/activity.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { generateTrackingCode } from '../../shared/tracking-code.ts';
import type { TestDatabase } from '../support/database.ts';
import { parseCsv } from './csv.ts';
import { NOW, seededDatabase } from './support.ts';

const A = 'hl-txct-truoc-kh12-minh-tien';
const B = 'hl-txct-truoc-kh12-thanh-son';

let t: TestDatabase;
let deps: Parameters<typeof compileSummaryReport>[0];
let report: SummaryReport;
const codes: Record<string, string> = {};

function petition(name: string, overrides: Partial<Petition>): Petition {
  codes[name] = generateTrackingCode();
  return {
    code: codes[name],
    councilId: 'huu-lung',
    channel: 'meeting',
    status: 'received',
    fieldId: 'dat-dai',
    localityId: 'minh-tien',
    communeId: 'minh-tien',
    title: `Kiến nghị ${name}`,
    content: `Nội dung kiến nghị ${name} của cử tri.`,
    consentToPublish: false,
    receivedAt: '2026-06-20T02:00:00.000Z',
    voterCount: 1,
    version: 1,
    updatedAt: '2026-06-20T02:00:00.000Z',
    ...overrides,
  };
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
  t = await seededDatabase('summary-report');
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
  ];
  for (const p of all) await store(p);
  report = await compileSummaryReport(deps, await resolveRound(deps, { session: 'huu-lung-kh12' }));
});
afterAll(() => t.drop());

const sectionCodes = (sections: SummaryReport['own']) =>
  sections.map((s) => [s.bodyId ?? 'unclassified', s.items.map((i) => i.code)]);

describe('the summary of a round', () => {
  it('groups by competent body, own level first, other levels as forwarded', () => {
    expect(report.meetings.map((m) => m.id)).toEqual([A, B]);
    expect(sectionCodes(report.own)).toEqual([
      ['cong-an-huu-lung', [codes.online]],
      ['phong-tnmt-huu-lung', [codes.p1]],
      ['ubnd-huu-lung', [codes.p4, codes.p7].sort()],
      ['unclassified', [codes.p6]],
    ]);
    expect(sectionCodes(report.forwarded)).toEqual([['ubnd-thanh-son', [codes.p5]]]);
  });

  it('folds duplicates into their primary with its voter count, even one raised outside the round', () => {
    const items = [...report.own, ...report.forwarded].flatMap((s) => s.items);
    const p1 = items.find((i) => i.code === codes.p1)!;
    expect(p1).toMatchObject({ voterCount: 3, mergedCodes: [codes.p2, codes.p3].sort(), meetingIds: [A, B] });
    const online = items.find((i) => i.code === codes.online)!;
    expect(online).toMatchObject({ voterCount: 2, mergedCodes: [codes.p8], meetingIds: [B] });
    expect(items.find((i) => i.code === codes.p4)!.basis).toBe('proposed');
    expect(report.totals).toEqual({ items: 6, voters: 9, petitions: 8, attendance: 0 });
  });

  it('leaves out rejected petitions and petitions of other meetings', () => {
    const all = JSON.stringify(report);
    expect(all).not.toContain(codes.p9);
    expect(all).not.toContain(DEMO_CODES.answered);
  });

  it('gives the same result for the round named as a list of meetings', async () => {
    const listed = await compileSummaryReport(deps, await resolveRound(deps, { meeting: [B, A] }));
    expect(sectionCodes(listed.own)).toEqual(sectionCodes(report.own));
    expect(sectionCodes(listed.forwarded)).toEqual(sectionCodes(report.forwarded));
  });

  it('refuses an unknown meeting or session, and meetings of two councils', async () => {
    await expect(resolveRound(deps, { meeting: [A, 'khong-co'] })).rejects.toThrow(NotFoundError);
    await expect(resolveRound(deps, { session: 'khong-co' })).rejects.toThrow(NotFoundError);
    await expect(resolveRound(deps, { meeting: [A, 'sd-doi-thoai-q2'] })).rejects.toThrow(ValidationError);
  });
});

describe('the .docx', () => {
  let text: string;
  beforeAll(async () => {
    const buffer = await summaryDocx(report);
    text = (await mammoth.extractRawText({ buffer })).value;
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

  it('holds every petition of the round exactly once, under its body', () => {
    for (const name of ['online', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'])
      expect(occurrences(codes[name]!), name).toBe(1);
    expect(occurrences(codes.p9!)).toBe(0);
    const headings = [
      'I. Kiến nghị gửi Công an huyện Hữu Lũng',
      'II. Kiến nghị gửi Phòng Tài nguyên và Môi trường huyện Hữu Lũng',
      'III. Kiến nghị gửi UBND huyện Hữu Lũng',
      'IV. Kiến nghị chưa phân loại cơ quan có thẩm quyền',
      'C. Ý KIẾN, KIẾN NGHỊ CHUYỂN ĐẾN CẤP CÓ THẨM QUYỀN',
      'I. Kiến nghị gửi UBND xã Thanh Sơn',
    ];
    const at = headings.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const within = (code: string, section: number) => {
      const i = text.indexOf(code);
      return i > at[section]! && (section + 1 >= at.length || i < at[section + 1]!);
    };
    expect(within(codes.online!, 0)).toBe(true);
    expect(within(codes.p1!, 1) && within(codes.p2!, 1) && within(codes.p3!, 1)).toBe(true);
    expect(within(codes.p4!, 2) && within(codes.p7!, 2)).toBe(true);
    expect(within(codes.p6!, 3)).toBe(true);
    expect(within(codes.p5!, 5)).toBe(true);
  });

  it('states how many voters raised each item', () => {
    expect(text).toMatch(
      /1\. Chậm cấp giấy chứng nhận quyền sử dụng đất\s+Nội dung kiến nghị p1 của cử tri\.\s+\(3 cử tri kiến nghị;/,
    );
    expect(text).toContain('(2 cử tri kiến nghị; lĩnh vực: An ninh, trật tự');
  });
});

describe('the .csv', () => {
  const csv = () => summaryCsv(report);

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    const bytes = Buffer.from(csv(), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv().endsWith('\r\n')).toBe(true);
  });

  it('round-trips: every item comes back with its body, count and text', () => {
    const [header, ...rows] = parseCsv(csv().slice(1));
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
        i.code,
        title,
        i.content,
      ]);
      expect(row[9]).toBe(String(i.voterCount));
      expect(row[10]).toBe(i.mergedCodes.join(' '));
    });
    const p6 = rows.find((r) => r[4] === codes.p6)!;
    // A title a spreadsheet would run as a formula is neutralised; commas, quotes and newlines survive.
    expect(p6[5]!.startsWith("'=HYPERLINK")).toBe(true);
    expect(p6[6]).toBe('Dòng một, có dấu phẩy; và "ngoặc kép".\nDòng hai.');
  });
});
