import { en } from './en.ts';
import { fillMessage } from './fill.ts';
import { type MessageKey, vi } from './vi.ts';

export type { MessageKey };
export type Locale = 'vi' | 'en';

const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/** The message for `key` in `locale`, with `{placeholders}` filled from `params`. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillMessage(catalogues[locale][key], params);
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
