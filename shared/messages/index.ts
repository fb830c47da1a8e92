/**
 * The message catalogues. Vietnamese, everyone's default, is always here; English (a third of
 * a citizen-facing Lambda bundle's words) is its own module, loaded by the first request that
 * asks for it (`loadCatalogue`, awaited by the apps' `withCatalogue` middleware) or up front
 * by code that writes English outside a request (`./with-english.ts`: the notifier, the site).
 */
import { fillMessage } from './fill.ts';
import { type MessageKey, vi } from './vi.ts';

export type { MessageKey };
export type Locale = 'vi' | 'en';
export type Catalogue = Record<MessageKey, string>;

const catalogues: Partial<Record<Locale, Catalogue>> = { vi };

/** translate() in a language whose catalogue nobody loaded: a wiring mistake, never input. */
export class CatalogueNotLoadedError extends Error {
  constructor(locale: Locale) {
    super(`The "${locale}" message catalogue is not loaded: await loadCatalogue("${locale}") first`);
    this.name = 'CatalogueNotLoadedError';
  }
}

/** Makes `locale` available to translate(); once per process, a no-op after. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (catalogues[locale]) return;
  catalogues.en = (await import('./en.ts')).en;
}

/** For ./with-english.ts, which imports the English catalogue statically. */
export function registerCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = catalogue;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/** The message for `key` in `locale`, with `{placeholders}` filled from `params`. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const catalogue = catalogues[locale];
  if (!catalogue) throw new CatalogueNotLoadedError(locale);
  return fillMessage(catalogue[key], params);
}

/**
 * Picks the locale from an Accept-Language header: English only when the client
 * prefers it over Vietnamese; Vietnamese otherwise (the default for everyone).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return 'vi';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'vi' || tag.startsWith('vi-')) return 'vi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'vi';
}
