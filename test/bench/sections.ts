/**
 * The bench's sections, in the order they run. To add one: write it in its own file as a
 * BenchSection (its id is what `--only=` names; `run` gets the shared local stack unless
 * `needsStack` is false, and returns its Markdown and the figures for the budget table,
 * test/bench/budgets.ts), then add it to SECTIONS below, one line. To add a row to the scale
 * run instead, add a ScaleMeasure to SCALE_MEASURES (test/bench/scale-measures.ts).
 */

import { budgetOf, discoverFunctions } from '../../infra/build-functions.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { measureAttachments } from './attachments.ts';
import type { ExpectedFigure, SectionResult } from './budgets.ts';
import {
  bundleFigureName,
  COLD_IMPORT_BUDGET_MS,
  coldImportFigureName,
  measureColdStarts,
} from './cold-start.ts';
import { COST_FIGURES, costFigures, costTable, measureCosts } from './cost.ts';
import { FORM_SCRIPT_FIGURE, measureFormScript } from './form-script.ts';
import { kib, ms, ratio } from './markdown.ts';
import { startMeteredService } from './metered-service.ts';
import { measureOverhead, SUBMIT_OVERHEAD_BUDGET } from './overhead.ts';
import { measureScale, scaleFigures } from './scale.ts';
import { measureSiteBuilds } from './site-build.ts';
import { incrementalFigures, measureIncrementalPublication } from './site-incremental.ts';
import { measureStaffSearch } from './staff-search.ts';
import { measureThroughput } from './throughput.ts';

export interface BenchContext {
  /** The shared local stack (absent only for sections with needsStack: false). */
  stack?: LocalStack;
  quick: boolean;
}

export interface BenchSection {
  id: string;
  title: string;
  needsStack: boolean;
  run(context: BenchContext): Promise<SectionResult>;
  /**
   * The budget table's figures the section returns: each is listed as "not measured" when
   * the section fails (with its error) or does not return it.
   */
  expects?(quick: boolean): readonly ExpectedFigure[];
}

const stackOf = (context: BenchContext): LocalStack => {
  if (!context.stack) throw new Error('This section needs the local stack');
  return context.stack;
};

export const SECTIONS: readonly BenchSection[] = [
  {
    id: 'overhead',
    title: 'Overhead over the database',
    needsStack: true,
    run: (c) => measureOverhead(stackOf(c), { quick: c.quick }),
    expects: () => [
      { figure: 'track ÷ bare Query (p50)' },
      {
        figure: 'submit ÷ bare TransactWriteItems (p50)',
        budget: { max: SUBMIT_OVERHEAD_BUDGET, shown: `≤ ${ratio(SUBMIT_OVERHEAD_BUDGET)}` },
      },
    ],
  },
  {
    id: 'cost',
    title: 'Cost per action',
    needsStack: true,
    run: async (c) => {
      const service = await startMeteredService(stackOf(c), 'bench-cost');
      try {
        const costs = await measureCosts(service);
        return { body: costTable(costs), figures: costFigures(costs) };
      } finally {
        await service.stop();
      }
    },
    expects: () => COST_FIGURES,
  },
  {
    id: 'cold-start',
    title: 'Cold start proxy',
    needsStack: false,
    run: (c) => measureColdStarts({ quick: c.quick }),
    expects: () =>
      discoverFunctions().flatMap((name): ExpectedFigure[] => {
        const importBudget = COLD_IMPORT_BUDGET_MS[name];
        return [
          {
            figure: bundleFigureName(name),
            budget: { max: budgetOf(name), shown: `≤ ${kib(budgetOf(name))}` },
          },
          ...(importBudget === undefined
            ? []
            : [
                {
                  figure: coldImportFigureName(name),
                  budget: { max: importBudget, shown: `≤ ${ms(importBudget)}` },
                },
              ]),
        ];
      }),
  },
  {
    id: 'form-script',
    title: "The petition form's script",
    needsStack: false,
    run: () => measureFormScript(),
    expects: () => [FORM_SCRIPT_FIGURE],
  },
  {
    id: 'throughput',
    title: 'Throughput',
    needsStack: true,
    run: async (c) => ({ body: await measureThroughput(stackOf(c), { quick: c.quick }) }),
  },
  {
    id: 'site',
    title: 'Site build',
    needsStack: true,
    run: async (c) => ({ body: await measureSiteBuilds(stackOf(c), { quick: c.quick }) }),
  },
  {
    id: 'site-incremental',
    title: 'Incremental site publication',
    needsStack: true,
    run: (c) => measureIncrementalPublication(stackOf(c), { quick: c.quick }),
    expects: incrementalFigures,
  },
  {
    id: 'attachments',
    title: 'Attachment processing',
    needsStack: false,
    run: async (c) => ({ body: await measureAttachments({ quick: c.quick }) }),
  },
  {
    id: 'scale',
    title: 'Scale: 100 to 100,000 petitions',
    needsStack: true,
    run: (c) => measureScale(stackOf(c), { quick: c.quick }),
    expects: scaleFigures,
  },
  {
    id: 'staff-search',
    title: 'Staff search: index writes and search reads',
    needsStack: true,
    run: (c) => measureStaffSearch(stackOf(c), { quick: c.quick }),
  },
];
