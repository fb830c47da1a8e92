/**
 * The public site's origin, for what must be absolute: Atom ids and links, webcal: links.
 * PUBLIC_SITE_URL at build time (the deployment's domain; `npm start` and the tests pass
 * theirs); without it the calendar's own default domain, as the calendars' UIDs use.
 */
import { DEFAULT_UID_DOMAIN } from '../../../shared/calendar/meeting-event.ts';

export const SITE_ORIGIN = new URL(process.env.PUBLIC_SITE_URL || `https://${DEFAULT_UID_DOMAIN}`).origin;

export const absolute = (path: string) => new URL(path, SITE_ORIGIN).href;

/** The same address for a calendar app to subscribe to (webcal: is http(s) for calendars). */
export const webcal = (path: string) => absolute(path).replace(/^https?:/, 'webcal:');
