/**
 * The .docx summary report as it prints: converted to PDF by LibreOffice (Liberation
 * Serif has Times New Roman's metrics) and read back with its line breaks, to check the
 * Decree 30/2020/NĐ-CP layout: A4 and its margins, the national title on one line beside
 * the issuing body, the addressee, "Nơi nhận", the signer under "CHỦ TỊCH", dashed codes.
 * One conversion for the file: it takes several seconds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSummaryReport, resolveRound } from '../../functions/lib/reports/compile-report.ts';
import { summaryDocx } from '../../functions/lib/reports/summary-docx.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { type RenderedPdf, renderDocx } from '../support/libreoffice.ts';
import { NOW, useSeededDatabase } from './support.ts';

const POINTS_PER_MM = 72 / 25.4;

const t = useSeededDatabase('summary-layout');
let printed: RenderedPdf;
let lines: string[];

beforeAll(async () => {
  const deps = { repos: t.repos, now: () => NOW };
  const report = await compileSummaryReport(deps, await resolveRound(deps, { session: 'huu-lung-kh12' }));
  printed = await renderDocx(await summaryDocx(report));
  lines = printed.text.split('\n');
}, 180_000);

const lineWith = (needle: string) => lines.find((l) => l.includes(needle));
const indexOfLine = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle));

describe('the printed summary report', () => {
  it('is A4, with Decree 30 margins: 30 mm left, 15 mm right, 20 mm top', () => {
    expect(printed.pageSize).toMatch(/\(A4\)/);
    const first = printed.words.filter((w) => w.page === 1);
    const left = Math.min(...first.map((w) => w.xMin)) / POINTS_PER_MM;
    const right = 210 - Math.max(...first.map((w) => w.xMax)) / POINTS_PER_MM;
    const top = Math.min(...first.map((w) => w.yMin)) / POINTS_PER_MM;
    expect(left).toBeGreaterThanOrEqual(29.5);
    expect(left).toBeLessThan(31);
    expect(right).toBeGreaterThanOrEqual(14.5);
    expect(right).toBeLessThan(17);
    // A glyph box reaches a little above its line: half a millimetre of slack.
    expect(top).toBeGreaterThanOrEqual(19.5);
    expect(top).toBeLessThan(25);
  });

  it('prints the national title on one line, beside the issuing body, over the motto', () => {
    const title = lineWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(title).toBeDefined();
    expect(title).toMatch(/HĐND HUYỆN HỮU LŨNG\s{2,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(lines[lines.indexOf(title!) + 1]).toMatch(/THƯỜNG TRỰC\s{2,}Độc lập - Tự do - Hạnh phúc$/);
    expect(lineWith('/BC-HĐND')).toMatch(/Số:\s+\/BC-HĐND\s{2,}Hữu Lũng, ngày 15 tháng 6 năm 2026$/);
  });

  it('names its addressees under the title, before part A', () => {
    const kind = indexOfLine('BÁO CÁO');
    const to = indexOfLine('Kính gửi:');
    expect(kind).toBeGreaterThanOrEqual(0);
    expect(to).toBeGreaterThan(kind);
    expect(indexOfLine('A. KẾT QUẢ TIẾP XÚC CỬ TRI')).toBeGreaterThan(to);
    expect(lines[to]).toMatch(/Kính gửi:\s+- Phòng Giáo dục và Đào tạo huyện Hữu Lũng;/);
    expect(lines.slice(to, to + 4).join('\n')).toMatch(/- UBND huyện Hữu Lũng\./);
  });

  it('lists "Nơi nhận": as above, the council’s copies, the archive', () => {
    const from = indexOfLine('Nơi nhận:');
    expect(from).toBeGreaterThan(indexOfLine('Kính gửi:'));
    const left = lines.slice(from, from + 8).map((l) => l.trim().split(/\s{2,}/)[0]);
    expect(left).toEqual(
      expect.arrayContaining([
        '- Như trên;',
        '- Thường trực HĐND tỉnh Lạng Sơn;',
        '- Ban Thường vụ Huyện ủy Hữu Lũng;',
        '- Lưu: VT.',
      ]),
    );
    expect(left.indexOf('- Như trên;')).toBeLessThan(left.indexOf('- Lưu: VT.'));
  });

  it('signs for the standing committee: "CHỦ TỊCH", then the chair’s name from the council’s data', () => {
    const forLine = indexOfLine('TM. THƯỜNG TRỰC HĐND');
    expect(forLine).toBeGreaterThan(indexOfLine('Nơi nhận:') - 1);
    const column = lines[forLine]!.indexOf('TM. THƯỜNG TRỰC HĐND') - 4;
    const right = lines.slice(forLine + 1).map((l) => l.slice(column).trim());
    const written = right.filter((r) => r !== '');
    expect(written.slice(0, 2)).toEqual(['CHỦ TỊCH', 'Hoàng Văn Thắng']);
  });

  it('prints every tracking code with its dashes, never split across lines', () => {
    for (const code of [DEMO_CODES.triage, DEMO_CODES.routed, DEMO_CODES.answered, DEMO_CODES.merged])
      expect(printed.text).toContain(formatTrackingCode(code));
    expect(printed.text).not.toMatch(/\b[0-9A-Z]{12}\b/);
    expect(printed.text).not.toMatch(/\b[0-9A-Z]{4}-\n/);
  });

  it('says no meeting is held yet while the session’s two are planned', () => {
    expect(printed.text).not.toMatch(/Đã tổ chức 2 buổi/);
    expect(printed.text).toContain('Còn 2 buổi tiếp xúc cử tri theo kế hoạch, chưa tổ chức.');
  });
});
