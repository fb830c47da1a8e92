/**
 * The summary report of a session gains "Ý kiến cử tri về nội dung kỳ họp" (DESIGN §8,
 * §2.8): by agenda item, the meeting views with their counts and the published online ones,
 * never a pending view and never a name; read back from the .docx (mammoth) and the .csv.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSummaryReport, resolveRound } from '../../functions/lib/reports/compile-report.ts';
import { sessionViewsWording } from '../../functions/lib/reports/session-views-part.ts';
import { summaryCsv } from '../../functions/lib/reports/summary-csv.ts';
import { summaryDocx } from '../../functions/lib/reports/summary-docx.ts';
import type { SummaryReport } from '../../functions/lib/reports/summary-report.ts';
import { DEMO_VIEW_AUTHORS } from '../../infra/local/demo/sessions.ts';
import { parseCsv } from '../meetings/csv.ts';
import { NOW, useSeededDatabase } from '../meetings/support.ts';

const t = useSeededDatabase('session-report');
let report: SummaryReport;
beforeAll(async () => {
  const deps = { repos: t.repos, now: () => NOW };
  report = await compileSummaryReport(deps, await resolveRound(deps, { session: 'huu-lung-kh12' }));
});

const BUDGET = 'Dự thảo nghị quyết về dự toán ngân sách nhà nước năm 2027';
const MEETING_VIEW =
  'Cử tri đề nghị dự toán năm tới bố trí vốn sửa chữa đường liên xã Minh Tiến – Vân Nham đã xuống cấp nặng.';
const ONLINE_VIEW =
  'Kế hoạch sử dụng đất cần công khai sớm vị trí các khu đấu giá để người dân biết và góp ý.';
const PENDING_VIEW =
  'Đề nghị tăng kinh phí cho trạm y tế xã để mua thêm trang thiết bị khám chữa bệnh ban đầu.';

describe("the session's part in the summary report", () => {
  it('groups the published views by agenda item, meeting views with their counts', () => {
    const budget = report.sessionViews!.items.find((i) => i.title === BUDGET)!;
    expect(budget.views).toEqual([
      expect.objectContaining({
        text: MEETING_VIEW,
        voterCount: 14,
        source: 'meeting',
        communeName: 'Minh Tiến',
      }),
    ]);
    expect(JSON.stringify(report.sessionViews)).not.toContain(PENDING_VIEW);
  });

  it('is read back from the .docx: the part, each item with views, the counts, no name', async () => {
    const text = (await mammoth.extractRawText({ buffer: await summaryDocx(report) })).value;
    expect(text).toContain('D. Ý KIẾN CỬ TRI VỀ NỘI DUNG KỲ HỌP');
    const part = text.slice(text.indexOf('D. Ý KIẾN CỬ TRI'));
    // Only items with views get a section: item 1 (the socio-economic report) has none, so the budget is I.
    expect(part).toContain(`I. ${BUDGET}`);
    expect(part).toContain(`1. ${MEETING_VIEW}`);
    expect(part).toContain(
      '(14 cử tri; xã/phường Minh Tiến; tại Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham)',
    );
    expect(part).toContain(ONLINE_VIEW);
    expect(part).toContain('gửi trực tuyến');
    expect(text).not.toContain(PENDING_VIEW);
    for (const name of DEMO_VIEW_AUTHORS) expect(text).not.toContain(name);
  });

  it('is read back from the .csv: one row per view, its item, count, commune and meeting', () => {
    const rows = parseCsv(summaryCsv(report).slice(1)).slice(1);
    const views = rows.filter((r) => r[1] === sessionViewsWording.csvPart);
    expect(views.map((r) => r[6]).sort()).toEqual(
      report.sessionViews!.items.flatMap((i) => i.views.map((v) => v.text)).sort(),
    );
    const meetingRow = views.find((r) => r[6] === MEETING_VIEW)!;
    expect([meetingRow[2], meetingRow[8], meetingRow[9], meetingRow[11]]).toEqual([
      BUDGET,
      'Minh Tiến',
      '14',
      'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham',
    ]);
    // Numbered on from the petitions' rows.
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
    expect(summaryCsv(report)).not.toContain(PENDING_VIEW);
  });
});
