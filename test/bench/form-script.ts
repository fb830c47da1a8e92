/**
 * The petition form's script (DESIGN §7: at most 10 KB gzip): what the page loads at start,
 * built as the site builds it (site/form-script.ts), and the chunks it loads on first use.
 */
import { SCRIPT_BUDGET_BYTES } from '../../site/check-built-site.ts';
import { buildFormScript } from '../../site/form-script.ts';
import type { ExpectedFigure, SectionResult } from './budgets.ts';
import { kib, table } from './markdown.ts';

export const FORM_SCRIPT_FIGURE: ExpectedFigure = {
  figure: 'petition form script: gzip (at start)',
  budget: { max: SCRIPT_BUDGET_BYTES, shown: `≤ ${kib(SCRIPT_BUDGET_BYTES)}` },
};

export async function measureFormScript(): Promise<SectionResult> {
  const script = await buildFormScript();
  const rows = [
    ['at start (petition-form.ts and its static imports)', kib(script.bytes), kib(script.gzipBytes)],
    ...script.lazy.map((chunk) => [
      `on first use: ${chunk.inputs.filter((i) => i.startsWith('site/')).join(', ') || chunk.inputs[0]}`,
      '',
      kib(chunk.gzipBytes),
    ]),
  ];
  return {
    body: [
      table(['what the page loads', 'minified', 'gzip'], rows),
      '',
      'esbuild, minified ESM, as `node site/form-script.ts` builds it (test/site/form-script-size.test.ts holds it to the budget).',
    ].join('\n'),
    figures: [{ ...FORM_SCRIPT_FIGURE, value: script.gzipBytes, shown: kib(script.gzipBytes) }],
  };
}
