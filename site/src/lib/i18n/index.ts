/** Words for a page in its language: the site's own (t) and the ones shared with the API (m). */
import { type MessageKey, translate } from '../../../../shared/messages/index.ts';
import '../../../../shared/messages/with-english.ts';
import type { SiteLocale } from '../../../../shared/ui/routes.ts';
import { en } from './en.ts';
import { type SiteMessages, vi } from './vi.ts';

type Params = Record<string, string | number>;
const catalogues: Record<SiteLocale, SiteMessages> = { vi, en };

const fill = (template: string, params: Params) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export interface Words {
  locale: SiteLocale;
  t(key: keyof SiteMessages, params?: Params): string;
  m(key: MessageKey, params?: Params): string;
}

export function wordsFor(locale: SiteLocale): Words {
  return {
    locale,
    t: (key, params = {}) => fill(catalogues[locale][key], params),
    m: (key, params = {}) => translate(locale, key, params),
  };
}
