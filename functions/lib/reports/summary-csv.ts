/**
 * The summary report as CSV for spreadsheets: UTF-8 with a byte-order mark (without it
 * Excel reads Vietnamese as mojibake), CRLF rows, RFC 4180 quoting and the formula guard,
 * all from shared/csv.ts; one row per item.
 */
import { type CsvValue, csvDocument } from '../../../shared/csv.ts';
import { translate } from '../../../shared/messages/index.ts';
import { printedCode, wording } from './report-wording.ts';
import { sessionViewsRows } from './session-views-part.ts';
import type { ReportSection, SummaryReport } from './summary-report.ts';

export function summaryCsv(report: SummaryReport): string {
  const meetingTitles = new Map(report.meetings.map((m) => [m.id, m.title]));
  const rows: CsvValue[][] = [wording.csvHeader];
  let number = 0;
  const add = (sections: ReportSection[], part: string) => {
    for (const section of sections) {
      for (const item of section.items) {
        rows.push([
          ++number,
          part,
          section.bodyId ? section.bodyName : wording.unclassified,
          wording.basis[item.basis],
          printedCode(item.code),
          item.title,
          item.content,
          item.fieldName,
          item.localityName,
          item.voterCount,
          item.mergedCodes.map(printedCode).join(' '),
          item.meetingIds.map((id) => meetingTitles.get(id) ?? id).join('; '),
          translate('vi', `petition.status.${item.status}`),
        ]);
      }
    }
  };
  add(report.own, wording.part.own);
  add(report.forwarded, wording.part.forwarded);
  rows.push(...sessionViewsRows(report.sessionViews, number));
  return csvDocument(rows);
}
