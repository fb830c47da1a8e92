/**
 * Bar charts drawn at build time: geometry only, rendered as inline SVG by BarChart.astro.
 * Each row is one stacked bar as long as its received count: answered on time, answered
 * late, overdue, and still within its deadline. No chart library reaches the browser.
 */
import type { StatisticsRow } from '../../../shared/schemas/publication.ts';

export const SEGMENTS = ['onTime', 'late', 'overdue', 'pending'] as const;
export type SegmentKey = (typeof SEGMENTS)[number];
export const SEGMENT_COLORS: Record<SegmentKey, string> = {
  onTime: '#1d6b2e',
  late: '#0b4ea2',
  overdue: '#9b1111',
  pending: '#767676',
};

export interface Segment {
  key: SegmentKey;
  value: number;
  x: number;
  width: number;
}

export interface Bar {
  label: string;
  total: number;
  labelY: number;
  barY: number;
  segments: Segment[];
}

export interface Chart {
  width: number;
  height: number;
  barHeight: number;
  bars: Bar[];
  /** Rows left out of the chart (the table still lists them). */
  omitted: number;
}

const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 14;
const GAP = 12;
/** Room at the end of the longest bar for its number. */
const NUMBER_ROOM = 44;

export function segmentsOf(row: StatisticsRow): Record<SegmentKey, number> {
  const onTime = row.answeredOnTime;
  const late = Math.max(0, row.answered - row.answeredOnTime);
  const overdue = row.overdue;
  return { onTime, late, overdue, pending: Math.max(0, row.received - row.answered - overdue) };
}

export function stackedBars(
  rows: readonly StatisticsRow[],
  label: (row: StatisticsRow) => string,
  options: { width?: number; maxRows?: number } = {},
): Chart {
  const width = options.width ?? 480;
  const shown = rows.slice(0, options.maxRows ?? 10);
  const largest = Math.max(1, ...shown.map((r) => r.received));
  const scale = (width - NUMBER_ROOM) / largest;
  const bars = shown.map((row, i): Bar => {
    const top = i * (LABEL_HEIGHT + BAR_HEIGHT + GAP);
    const values = segmentsOf(row);
    let x = 0;
    const segments = SEGMENTS.filter((key) => values[key] > 0).map((key) => {
      const segment = { key, value: values[key], x, width: values[key] * scale };
      x += segment.width;
      return segment;
    });
    return { label: label(row), total: row.received, labelY: top + 13, barY: top + LABEL_HEIGHT, segments };
  });
  return {
    width,
    height: Math.max(1, shown.length * (LABEL_HEIGHT + BAR_HEIGHT + GAP) - GAP),
    barHeight: BAR_HEIGHT,
    bars,
    omitted: rows.length - shown.length,
  };
}
