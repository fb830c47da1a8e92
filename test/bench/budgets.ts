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
}

/** What a section gives the report: its Markdown, and the figures the budget table shows. */
export interface SectionResult {
  body: string;
  figures?: Figure[];
}

export const withinBudget = (f: Figure) => (f.budget ? f.value <= f.budget.max : undefined);

export function budgetTable(figures: readonly Figure[]): string {
  if (figures.length === 0) return 'No figure was measured.';
  const rows = figures.map((f) => {
    const within = withinBudget(f);
    return [
      f.figure,
      f.shown,
      f.budget?.shown ?? '—',
      within === undefined ? '' : within ? 'ok' : '**over**',
      f.section ?? '',
    ];
  });
  const over = figures.filter((f) => withinBudget(f) === false).length;
  return [
    table(['figure', 'measured', 'budget', '', 'section'], rows),
    '',
    over === 0 ? 'Every budgeted figure is within its budget.' : `${over} figure(s) over budget.`,
  ].join('\n');
}
