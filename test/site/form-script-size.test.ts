/**
 * DESIGN §7: the petition form's script, whole (every feature module petition-form.ts
 * imports), is at most 10 KB gzip, and carries neither classic zod nor the message catalogues.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPT_BUDGET_BYTES } from '../../site/check-built-site.ts';
import { buildFormScript } from '../../site/form-script.ts';

describe('the petition form’s script', () => {
  it('fits 10 KB gzip, all its modules included', async () => {
    const script = await buildFormScript();
    expect(Object.keys(script.inputs)).toContain('site/src/scripts/petition-form.ts');
    expect(script.gzipBytes).toBeLessThanOrEqual(SCRIPT_BUDGET_BYTES);
  });

  it('checks with zod/mini, and ships no catalogue: the page carries its messages', async () => {
    const sources = Object.keys((await buildFormScript()).inputs);
    expect(sources).toContain('shared/schemas/petition-submission.ts');
    expect(sources.filter((s) => s.includes('zod/v4/classic/'))).toEqual([]);
    expect(sources.filter((s) => s.startsWith('shared/messages/') && !s.endsWith('fill.ts'))).toEqual([]);
  });
});
