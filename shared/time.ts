/**
 * Times: stored as UTC ISO strings, shown in Asia/Ho_Chi_Minh (UTC+7 all year, no
 * daylight saving). A local date-time typed without an offset means Vietnam time.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VIETNAM_OFFSET = '+07:00';

/** "2026-12-01T08:00" (Vietnam wall clock) or any ISO string with an offset → UTC ISO. */
export function toUtcIso(input: string): string | undefined {
  const trimmed = input.trim();
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  const withOffset = hasOffset
    ? trimmed
    : dateOnly
      ? `${trimmed}T00:00:00${VIETNAM_OFFSET}`
      : `${trimmed}${VIETNAM_OFFSET}`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(withOffset))
    return undefined;
  const ms = Date.parse(withOffset);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter of Vietnam time, made once per locale and options: making one costs far more
 * than formatting with it, and a site build formats hundreds of thousands of dates.
 */
export function vietnamTimeFormat(
  locale: string,
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>,
): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: VIETNAM_TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}

const intlLocale = (locale: 'vi' | 'en') => (locale === 'vi' ? 'vi-VN' : 'en-GB');

/** "Thứ Ba, 01/12/2026, 08:00" in Vietnam time. */
export function formatVietnamDateTime(iso: string, locale: 'vi' | 'en' = 'vi'): string {
  return vietnamTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "01/12/2026" in Vietnam time. */
export function formatVietnamDate(iso: string, locale: 'vi' | 'en' = 'vi'): string {
  return vietnamTimeFormat(intlLocale(locale), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** The calendar date (YYYY-MM-DD) of an instant, in Vietnam. */
export function vietnamDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The Vietnam calendar year of an instant. */
export function vietnamYear(iso: string | Date): number {
  return Number(vietnamDate(iso).slice(0, 4));
}

/** End of the Vietnam day `days` days after `from`: deadlines fall at 23:59:59 local time. */
export function deadlineAfter(from: string | Date, days: number): string {
  const start = vietnamDate(from);
  const endOfDayUtc = Date.parse(`${start}T23:59:59.999${VIETNAM_OFFSET}`);
  return new Date(endOfDayUtc + days * 86_400_000).toISOString();
}

/** Whole days from `a` to `b` by Vietnam calendar dates (b − a). */
export function daysBetween(a: string | Date, b: string | Date): number {
  return Math.round((Date.parse(vietnamDate(b)) - Date.parse(vietnamDate(a))) / 86_400_000);
}
