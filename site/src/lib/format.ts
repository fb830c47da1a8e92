/** Dates, times and numbers as a reader in Vietnam expects them, always in Asia/Ho_Chi_Minh. */
import { formatVietnamDate, formatVietnamDateTime, vietnamTimeFormat } from '../../../shared/time.ts';
import type { SiteLocale } from '../../../shared/ui/routes.ts';

const intl = (locale: SiteLocale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

export const dateTime = (iso: string, locale: SiteLocale) => formatVietnamDateTime(iso, locale);
export const date = (iso: string, locale: SiteLocale) => formatVietnamDate(iso, locale);

/** "08:00" in Vietnam. */
export function time(iso: string, locale: SiteLocale): string {
  return vietnamTimeFormat(intl(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "Thứ Ba, 01/12/2026": the heading of a day in a schedule. */
export function day(iso: string, locale: SiteLocale): string {
  const text = vietnamTimeFormat(intl(locale), {
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Thứ Ba, 01/12/2026, 08:00–11:00": a meeting on one day, or its full start and end. */
export function span(startsAt: string, endsAt: string, locale: SiteLocale): string {
  const sameDay = date(startsAt, locale) === date(endsAt, locale);
  return sameDay
    ? `${day(startsAt, locale)}, ${time(startsAt, locale)}–${time(endsAt, locale)}`
    : `${dateTime(startsAt, locale)} – ${dateTime(endsAt, locale)}`;
}

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
export function calendarDate(value: string): string {
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}

const numberFormats = { vi: new Intl.NumberFormat(intl('vi')), en: new Intl.NumberFormat(intl('en')) };
export const number = (n: number, locale: SiteLocale) => numberFormats[locale].format(n);

/** The first sentences of a long text, cut at a word. */
export function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30))}…`;
}
