import { describe, expect, it } from 'vitest';
import type { StatisticsRow } from '../../shared/schemas/publication.ts';
import { segmentsOf, stackedBars } from '../../site/src/lib/charts.ts';

const row = (
  id: string,
  received: number,
  answered: number,
  answeredOnTime: number,
  overdue: number,
): StatisticsRow => ({
  id,
  name: id,
  received,
  answered,
  answeredOnTime,
  overdue,
  reopened: 0,
});

describe('the statistics charts', () => {
  it('splits a row into answered on time, answered late, overdue and still within its deadline', () => {
    expect(segmentsOf(row('a', 10, 6, 4, 3))).toEqual({ onTime: 4, late: 2, overdue: 3, pending: 1 });
  });

  it('draws each bar as long as its received count, the longest filling the width but for its number', () => {
    const chart = stackedBars([row('a', 10, 6, 4, 3), row('b', 5, 5, 5, 0)], (r) => r.name, { width: 400 });
    const lengths = chart.bars.map((b) => b.segments.reduce((w, s) => w + s.width, 0));
    expect(lengths[0]).toBeCloseTo(400 - 44);
    expect(lengths[1]).toBeCloseTo((400 - 44) / 2);
    const [first] = chart.bars;
    expect(first!.segments.map((s) => s.key)).toEqual(['onTime', 'late', 'overdue', 'pending']);
    // Segments follow each other without gaps.
    for (let i = 1; i < first!.segments.length; i++) {
      const before = first!.segments[i - 1]!;
      expect(first!.segments[i]!.x).toBeCloseTo(before.x + before.width);
    }
    expect(chart.bars[1]!.barY).toBeGreaterThan(first!.barY);
    expect(chart.height).toBeGreaterThan(chart.bars[1]!.barY);
  });

  it('keeps the ten largest rows in the chart and says how many it left to the table', () => {
    const rows = Array.from({ length: 14 }, (_, i) => row(`r${i}`, 20 - i, 0, 0, 0));
    const chart = stackedBars(rows, (r) => r.name);
    expect(chart.bars).toHaveLength(10);
    expect(chart.omitted).toBe(4);
    expect(stackedBars([], (r) => r.name).bars).toEqual([]);
  });
});
