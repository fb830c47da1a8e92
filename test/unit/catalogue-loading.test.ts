/**
 * English is loaded on first need (shared/messages/index.ts), so the APIs' cold start carries
 * Vietnamese only; a translation into a catalogue nobody loaded is a wiring mistake, said loudly.
 * This file imports neither the apps nor shared/messages/with-english.ts.
 */
import { describe, expect, it, vi as vitest } from 'vitest';
import { en } from '../../shared/messages/en.ts';
import { vi } from '../../shared/messages/vi.ts';

/** shared/messages/index.ts as a cold start has it: the unit project shares modules across files. */
async function freshCatalogues() {
  vitest.resetModules();
  return import('../../shared/messages/index.ts');
}

describe('the message catalogues', () => {
  it('has Vietnamese from the start, English once loaded, and says which load is missing', async () => {
    const { CatalogueNotLoadedError, loadCatalogue, translate } = await freshCatalogues();
    expect(translate('vi', 'request.notFound')).toBe(vi['request.notFound']);
    expect(() => translate('en', 'request.notFound')).toThrow(CatalogueNotLoadedError);
    expect(() => translate('en', 'request.notFound')).toThrow(/loadCatalogue\("en"\)/);
    await loadCatalogue('en');
    expect(translate('en', 'request.notFound')).toBe(en['request.notFound']);
    expect(translate('en', 'field.tooLong', { max: 120 })).toBe(en['field.tooLong'].replace('{max}', '120'));
    // Loading again, or Vietnamese, changes nothing.
    await loadCatalogue('en');
    await loadCatalogue('vi');
    expect(translate('vi', 'request.notFound')).toBe(vi['request.notFound']);
  });
});
