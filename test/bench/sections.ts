/**
 * The bench's sections, in the order they run. To add one: write it in its own file as a
 * BenchSection (its id is what `--only=` names; `run` gets the shared local stack unless
 * `needsStack` is false, and returns its Markdown and the figures for the budget table,
 * test/bench/budgets.ts), then add it to SECTIONS below, one line. To add a row to the scale
 * run instead, add a ScaleMeasure to SCALE_MEASURES (test/bench/scale-measures.ts).
 */
import type { LocalStack } from '../../infra/local/stack.ts';
import { measureAttachments } from './attachments.ts';
import type { SectionResult } from './budgets.ts';
import { measureColdStarts } from './cold-start.ts';
import { costFigures, costTable, measureCosts } from './cost.ts';
import { startMeteredService } from './metered-service.ts';
import { measureOverhead } from './overhead.ts';
import { measureScale } from './scale.ts';
import { measureSiteBuilds } from './site-build.ts';
import { measureIncrementalPublication } from './site-incremental.ts';
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
  },
  {
    id: 'cold-start',
    title: 'Cold start proxy',
    needsStack: false,
    run: (c) => measureColdStarts({ quick: c.quick }),
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
    run: async (c) => ({ body: await measureIncrementalPublication(stackOf(c), { quick: c.quick }) }),
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
  },
  {
    id: 'staff-search',
    title: 'Staff search: index writes and search reads',
    needsStack: true,
    run: (c) => measureStaffSearch(stackOf(c), { quick: c.quick }),
  },
];
