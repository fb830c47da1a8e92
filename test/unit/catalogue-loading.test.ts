/**
 * English is loaded on first need (shared/messages/index.ts), so the APIs' cold start carries
 * Vietnamese only; a translation into a catalogue nobody loaded is a wiring mistake, said loudly.
 * This file imports neither the apps nor shared/messages/with-english.ts.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/messages/en.ts';
import { CatalogueNotLoadedError, loadCatalogue, translate } from '../../shared/messages/index.ts';
import { vi } from '../../shared/messages/vi.ts';

describe('the message catalogues', () => {
  it('has Vietnamese from the start, English once loaded, and says which load is missing', async () => {
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
