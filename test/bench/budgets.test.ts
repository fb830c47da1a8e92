/**
 * The bench's budget table lists every figure of issue #22 whatever happened to the run: a
 * section that failed, or did not return a figure it is expected to, leaves a "not measured"
 * row with the reason and the budget, never a missing row; an "over" is still an "over".
 */
import { describe, expect, it } from 'vitest';
import { budgetTable, type ExpectedFigure, type Figure, withExpected } from './budgets.ts';
import { type ActionCost, COST_FIGURES, costFigures, STATUS_CHANGES } from './cost.ts';
import { SECTIONS } from './sections.ts';

const expected: ExpectedFigure[] = [
  { figure: 'answer: WRU, table and indexes', budget: { max: 10, shown: '≤ 10 WRU' } },
  { figure: 'track: DynamoDB calls', budget: { max: 1, shown: '1 read' } },
  { figure: 'statistics of a council: RRU' },
];

describe('the budget table', () => {
  it('marks a missed budget "over" and a kept one "ok"', () => {
    const figures: Figure[] = [
      { ...expected[0]!, value: 15, shown: '15 WRU', section: 'cost' },
      { ...expected[1]!, value: 1, shown: '1', section: 'cost' },
    ];
    const rows = budgetTable(withExpected(figures, expected.slice(0, 2))).split('\n');
    expect(rows.find((r) => r.includes('answer: WRU'))).toContain('**over**');
    expect(rows.find((r) => r.includes('track: DynamoDB calls'))).toContain('ok');
    expect(rows.at(-1)).toBe('1 figure(s) over budget.');
  });

  it('lists every expected figure of a failed section as not measured, with the error and the budget', () => {
    const figures = withExpected([], expected, 'section failed: SiteDataError: did not answer');
    expect(figures.map((f) => f.figure)).toEqual(expected.map((e) => e.figure));
    const table = budgetTable(figures.map((f) => ({ ...f, section: 'cost' })));
    const answer = table.split('\n').find((r) => r.includes('answer: WRU'))!;
    expect(answer).toContain('≤ 10 WRU');
    expect(answer).toContain('**not measured** (section failed: SiteDataError: did not answer)');
    expect(answer).not.toContain('over');
    expect(table).toContain('3 figure(s) not measured');
  });

  it('adds a not-measured row for an expected figure a section did not return, and keeps the others', () => {
    const figures = withExpected([{ ...expected[2]!, value: 1.5, shown: '1.5 RRU' }], expected);
    expect(figures.map((f) => [f.figure, f.notMeasured])).toEqual([
      ['statistics of a council: RRU', undefined],
      ['answer: WRU, table and indexes', 'the section did not return it'],
      ['track: DynamoDB calls', 'the section did not return it'],
    ]);
  });
});

describe("the sections' expected figures", () => {
  it('are the names the cost section returns: every status change, track, submit, statistics', () => {
    const cost = (action: string): ActionCost => ({
      action,
      note: '',
      calls: 1,
      commands: '',
      reads: 1,
      writes: 9,
      notifierReads: 0,
      notifierWrites: 0,
      statisticsReads: 0,
      statisticsWrites: 0,
    });
    const actions = [
      ...STATUS_CHANGES,
      'track (GET /v1/petitions/{code})',
      'submit (POST /v1/petitions)',
      'statistics of a council (GET /v1/statistics?council=)',
    ];
    const returned = costFigures(actions.map(cost)).map((f) => f.figure);
    expect(returned.toSorted()).toEqual(COST_FIGURES.map((f) => f.figure).toSorted());
  });

  it('cover every figure issue #22 budgets, in a full run and a quick one', () => {
    for (const quick of [false, true]) {
      const all = SECTIONS.flatMap((s) => s.expects?.(quick) ?? []).map((f) => f.figure);
      const sizes = quick ? ['100', '1,000'] : ['1,000', '10,000', '100,000'];
      const largest = quick ? '10,000' : '100,000';
      expect(all).toEqual(
        expect.arrayContaining([
          'track ÷ bare Query (p50)',
          'submit ÷ bare TransactWriteItems (p50)',
          ...['route', 'acknowledge', 'answer', 'close', 'reject', 'withdraw'].map(
            (s) => `${s}: WRU, table and indexes`,
          ),
          `statistics RRU at ${largest} ÷ at 100 petitions`,
          ...['public-api', 'staff-api', 'notifier', 'deadlines'].map((f) => `${f}: bundle gzip (at start)`),
          "public-api: cold import, the bundle's own (median, the SDK's share aside)",
          'petition form script: gzip (at start)',
          ...sizes.map((n) => `site: one result published, publication time at ${n} results`),
          `track (GET /v1/petitions/{code}) at ${largest} petitions`,
          `an agency's queue, one page of 25 (staff) at ${largest} petitions`,
        ]),
      );
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
