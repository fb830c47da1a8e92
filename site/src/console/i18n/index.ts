/**
 * The console's words in the reader's language: its own labels (vi.ts, en.ts) and the
 * service's shared messages (statuses, events, answer results, meeting kinds), so a
 * status reads the same in the console, on the public site and in an email.
 */
import { isMessageKey, type Locale, translate } from '../../../../shared/messages/index.ts';
import '../../../../shared/messages/with-english.ts';
import { en } from './en.ts';
import { type LabelKey, vi } from './vi.ts';

export type { LabelKey, Locale };

type Params = Record<string, string | number>;
const labels: Record<Locale, Record<LabelKey, string>> = { vi, en };

const fill = (template: string, params: Params) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export interface Translator {
  locale: Locale;
  /** A console label. */
  t(key: LabelKey, params?: Params): string;
  /** A shared message by key ("petition.status.routed"), or a console label of the same key, or `fallback`. */
  m(key: string, fallback?: string, params?: Params): string;
}

export function translator(locale: Locale): Translator {
  return {
    locale,
    t: (key, params = {}) => fill(labels[locale][key], params),
    m: (key, fallback, params = {}) => {
      if (isMessageKey(key)) return translate(locale, key, params);
      if (Object.hasOwn(labels[locale], key)) return fill(labels[locale][key as LabelKey], params);
      return fallback ?? key;
    },
  };
}

/** The console's language: Vietnamese unless the reader chose English. */
export function localeOf(stored: string | null | undefined): Locale {
  return stored === 'en' ? 'en' : 'vi';
}
