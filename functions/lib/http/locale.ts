import type { Context } from 'hono';
import { type Locale, localeFromAcceptLanguage } from '../../../shared/messages/index.ts';

/** The reader's language: `?lang=en|vi` wins, then Accept-Language, then Vietnamese. */
export function localeOf(c: Context): Locale {
  const asked = c.req.query('lang');
  if (asked === 'en' || asked === 'vi') return asked;
  return localeFromAcceptLanguage(c.req.header('accept-language'));
}
