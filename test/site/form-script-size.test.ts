/**
 * DESIGN §7: the petition form's script, what the page loads (petition-form.ts and every
 * module it imports statically), is at most 10 KB gzip, and carries neither classic zod nor
 * the message catalogues; attachments and similar petitions load on first use.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPT_BUDGET_BYTES } from '../../site/check-built-site.ts';
import { buildFormScript } from '../../site/form-script.ts';

describe('the petition form’s script', () => {
  it('is within its 10 KB budget, every module it loads at start included', async () => {
    const script = await buildFormScript();
    expect(Object.keys(script.inputs)).toContain('site/src/scripts/petition-form.ts');
    expect(script.gzipBytes).toBeLessThanOrEqual(SCRIPT_BUDGET_BYTES);
  });

  it('loads attachments when a file is first picked and similar petitions when a title is first typed', async () => {
    const script = await buildFormScript();
    const lazy = script.lazy.flatMap((chunk) => chunk.inputs);
    for (const feature of ['site/src/scripts/attachments.ts', 'site/src/scripts/similar-petitions.ts']) {
      expect(Object.keys(script.inputs)).not.toContain(feature);
      expect(lazy).toContain(feature);
    }
  });

  it('checks with zod/mini, and ships no catalogue: the page carries its messages', async () => {
    const sources = Object.keys((await buildFormScript()).inputs);
    expect(sources).toContain('shared/schemas/petition-submission.ts');
    expect(sources.filter((s) => s.includes('zod/v4/classic/'))).toEqual([]);
    expect(sources.filter((s) => s.startsWith('shared/messages/') && !s.endsWith('fill.ts'))).toEqual([]);
  });
});
