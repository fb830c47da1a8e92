import type { Context, MiddlewareHandler } from 'hono';
import { type Locale, loadCatalogue, localeFromAcceptLanguage } from '../../../shared/messages/index.ts';

/** The reader's language: `?lang=en|vi` wins, then Accept-Language, then Vietnamese. */
export function localeOf(c: Context): Locale {
  const asked = c.req.query('lang');
  if (asked === 'en' || asked === 'vi') return asked;
  return localeFromAcceptLanguage(c.req.header('accept-language'));
}

const ENGLISH_PAGE = /^\/en(?:\/|$)/;

/**
 * The reader's catalogue, loaded before anything answers (the first English request of a
 * process imports it; Vietnamese is always there): first among an app's middleware, so the
 * origin check, the 404 and the error handler can word their answers too.
 */
export function withCatalogue(): MiddlewareHandler {
  return async (c, next) => {
    // A page under /en/ (the English search page) is English whatever the headers say.
    await loadCatalogue(ENGLISH_PAGE.test(c.req.path) ? 'en' : localeOf(c));
    await next();
  };
}
