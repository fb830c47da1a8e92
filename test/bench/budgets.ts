/**
 * The figures the bench holds to a budget (DESIGN §7, issue #22): each section returns the
 * figures it measured, and the report opens with all of them in one table, the budget beside
 * each and "over" where one is missed. A figure without a budget is shown for reference.
 */
import { table } from './markdown.ts';

export interface Figure {
  /** What was measured, e.g. "route: WRU all told". */
  figure: string;
  value: number;
  /** The value as printed, e.g. "8 WRU", "1.21×". */
  shown: string;
  /** The most the value may be, as printed ("≤ 10 WRU"); absent: no budget, for reference. */
  budget?: { max: number; shown: string };
  /** Which section measured it. */
  section?: string;
  /** Set when the section that measures it failed, or did not return it: why, in a few words. */
  notMeasured?: string;
}

/** A figure a section is expected to return (its budget, if any): listed as "not measured" when it does not. */
export type ExpectedFigure = Pick<Figure, 'figure' | 'budget'>;

/**
 * The section's figures, and a "not measured" row for each expected one it did not return
 * (every one of them when the section failed, with its error), so the budget table lists
 * every figure whatever happened to the run.
 */
export function withExpected(
  figures: readonly Figure[],
  expected: readonly ExpectedFigure[],
  failure?: string,
): Figure[] {
  const returned = new Set(figures.map((f) => f.figure));
  const missing = expected
    .filter((e) => !returned.has(e.figure))
    .map(
      (e): Figure => ({
        ...e,
        value: Number.NaN,
        shown: '—',
        notMeasured: failure ?? 'the section did not return it',
      }),
    );
  return [...figures, ...missing];
}

/** What a section gives the report: its Markdown, and the figures the budget table shows. */
export interface SectionResult {
  body: string;
  figures?: Figure[];
}

export const withinBudget = (f: Figure) =>
  f.budget && f.notMeasured === undefined ? f.value <= f.budget.max : undefined;

export function budgetTable(figures: readonly Figure[]): string {
  if (figures.length === 0) return 'No figure was measured.';
  const rows = figures.map((f) => {
    const within = withinBudget(f);
    const verdict =
      f.notMeasured !== undefined
        ? `**not measured** (${f.notMeasured})`
        : within === undefined
          ? ''
          : within
            ? 'ok'
            : '**over**';
    return [f.figure, f.shown, f.budget?.shown ?? '—', verdict, f.section ?? ''];
  });
  const over = figures.filter((f) => withinBudget(f) === false).length;
  const unmeasured = figures.filter((f) => f.notMeasured !== undefined).length;
  return [
    table(['figure', 'measured', 'budget', '', 'section'], rows),
    '',
    [
      over === 0 ? 'Every budgeted figure measured is within its budget.' : `${over} figure(s) over budget.`,
      unmeasured === 0 ? '' : `${unmeasured} figure(s) not measured (their section failed).`,
    ]
      .filter(Boolean)
      .join(' '),
  ].join('\n');
}
