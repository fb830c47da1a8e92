/** The open-data exports read back: CSV with a BOM, RFC 4180, formula-safe; JSON; per council and year. */
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell } from '../../shared/csv.ts';
import {
  exportSets,
  resultStatistics,
  resultsCsv,
  resultsJson,
  statisticsCsv,
} from '../../shared/open-data/results-export.ts';
import { parseCsv } from '../meetings/csv.ts';
import { publishedResult } from './support.ts';

const results = [
  publishedResult({ code: 'AAAA-AAAA-AAAA', title: '=HYPERLINK("http://evil.example","bấm vào")' }),
  publishedResult({
    code: 'BBBB-BBBB-BBBB',
    title: 'Cầu "tràn", thôn Đồng\nMười',
    receivedAt: '2025-12-31T17:30:00.000Z',
  }),
  publishedResult({ code: 'CCCC-CCCC-CCCC', council: { id: 'son-dong', name: 'HĐND huyện Sơn Động' } }),
];

describe('the open-data exports', () => {
  it('groups the results by council and by the Vietnam year they were received', () => {
    const sets = exportSets(results).map(
      (s) => `${s.councilId} ${s.year} ${s.results.map((r) => r.code).join(',')}`,
    );
    // 17:30 UTC on 31 December 2025 is already 1 January 2026 in Vietnam.
    expect(sets).toEqual(['huu-lung 2026 AAAA-AAAA-AAAA,BBBB-BBBB-BBBB', 'son-dong 2026 CCCC-CCCC-CCCC']);
  });

  it('writes CSV with a BOM and CRLF rows that an RFC 4180 reader reads back, quotes and line breaks kept', () => {
    const csv = resultsCsv(results);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toContain('title');
    expect(rows).toHaveLength(3);
    const title = header!.indexOf('title');
    expect(rows[1]![title]).toBe('Cầu "tràn", thôn Đồng\nMười');
  });

  it('makes a title that looks like a formula safe: it starts with an apostrophe, so no spreadsheet runs it', () => {
    const [header, first] = parseCsv(resultsCsv(results).slice(1));
    const cell = first![header!.indexOf('title')]!;
    expect(cell).toBe(`'=HYPERLINK("http://evil.example","bấm vào")`);
    for (const dangerous of ['+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(dangerous).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes JSON holding exactly the published results of the set', () => {
    const [set] = exportSets(results);
    const parsed = JSON.parse(resultsJson(set!, new Date('2026-05-01T00:00:00Z')));
    expect(parsed).toMatchObject({ council: 'huu-lung', year: 2026 });
    expect(parsed.items.map((r: { code: string }) => r.code)).toEqual(['AAAA-AAAA-AAAA', 'BBBB-BBBB-BBBB']);
  });

  it('counts the statistics of a set by field, body and commune, with a total row first', () => {
    const [set] = exportSets([
      ...results,
      publishedResult({
        code: 'DDDD-DDDD-DDDD',
        status: 'in_progress',
        answeredAt: undefined,
        answeredOnTime: undefined,
        answer: undefined,
      }),
    ]);
    const stats = resultStatistics(set!, new Date('2026-05-01T00:00:00Z'));
    expect(stats.rows[0]).toMatchObject({
      breakdown: 'total',
      received: 3,
      answered: 2,
      answeredOnTime: 2,
      overdue: 1,
    });
    const [header, ...rows] = parseCsv(statisticsCsv(stats).slice(1));
    expect(header).toEqual(['breakdown', 'id', 'name', 'received', 'answered', 'answeredOnTime', 'overdue']);
    expect(rows.find((r) => r[0] === 'field')).toEqual(['field', 'ha-tang', 'Hạ tầng', '3', '2', '2', '1']);
  });
});
