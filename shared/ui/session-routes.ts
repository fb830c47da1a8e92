/**
 * Where the session pages live (DESIGN §8), in Vietnamese at the root and in English under
 * /en/, beside the page map of routes.ts. Slugs carry no diacritics.
 */
import type { SiteLocale } from './routes.ts';

const base = (l: SiteLocale) => (l === 'vi' ? '/ky-hop/' : '/en/sessions/');

export const sessionPaths = {
  /** Every council's sessions, newest first. */
  sessions: (l: SiteLocale) => base(l),
  /** A session: its agenda, documents, the form to give a view, the views published. */
  session: (l: SiteLocale, sessionId: string) => `${base(l)}${sessionId}/`,
  /** Where the view form lands without JavaScript once the view is received. */
  viewSent: (l: SiteLocale, sessionId: string) => `${base(l)}${sessionId}/${l === 'vi' ? 'da-gui' : 'sent'}/`,
};
