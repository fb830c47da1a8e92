/**
 * Building blocks for every schema. Messages are keys of shared/messages, translated
 * at the edge into the reader's language; nothing here knows about HTTP.
 */
import { z } from 'zod';
import {
  cleanText,
  hasControlCharacters,
  hasNoncharacters,
  isWellFormedText,
  nfc,
  stripInvisible,
} from '../text.ts';
import { toUtcIso, vietnamDate } from '../time.ts';

/** A missing value is "required"; only a value of another type is "invalid type". */
const stringExpected = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : 'field.invalidType'),
};

/** Form fields send "" for an empty input: treat it as absent. */
export const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Every string an input carries starts here, whatever it becomes (text, id, email, phone,
 * date, cursor): a string of at most `max` code units (a cheap guard before any other work),
 * well-formed, without noncharacters, its invisible format characters removed. Which
 * characters are refused and which stripped, and why, is said in shared/text.ts.
 */
export function inputString(max: number, tooLong = 'field.tooLong') {
  return z
    .string(stringExpected)
    .max(max, { error: tooLong })
    .refine(isWellFormedText, { error: 'field.brokenText', abort: true })
    .refine((s) => !hasNoncharacters(s), { error: 'field.nonCharacter', abort: true })
    .transform(stripInvisible);
}

/** Text typed by a person: no control characters, NFC, spaces collapsed, length checked after cleaning. */
export function text(min: number, max: number, options: { multiline?: boolean } = {}) {
  const multiline = options.multiline ?? false;
  return inputString(max * 4) // a cheap guard before normalising a huge string
    .refine((s) => !hasControlCharacters(s, multiline), { error: 'field.controlCharacters' })
    .transform((s) => (multiline ? cleanText(s) : cleanText(s).replace(/\n/g, ' ')))
    .pipe(
      z
        .string()
        .min(min, { error: min <= 1 ? 'field.required' : 'field.tooShort' })
        .max(max, { error: 'field.tooLong' }),
    );
}

/** Identifiers of reference data: lower-case slugs ("van-nham", "so-gtvt"). */
export const id = inputString(256, 'field.invalid').pipe(
  z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, { error: 'field.invalid' }),
);

export const email = inputString(254)
  .transform((s) => nfc(s).trim().toLowerCase())
  .pipe(z.email({ error: 'field.invalidEmail' }));

/**
 * Vietnamese phone numbers as people write them: 0912 345 678, 0912.345.678,
 * +84 912 345 678, 84912345678, and the country code with the 0 kept (+84 0912 345 678).
 * Stored in the national form, 0xxxxxxxxx (a mobile: 03x, 05x, 07x, 08x, 09x) or
 * 02xxxxxxxxx (a landline); a text message goes to vietnamesePhoneToE164() of it.
 */
export function normalizeVietnamesePhone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  const national = compact.replace(/^(?:\+84|0084|84(?=0?\d{9,10}$))0?/, '0');
  if (MOBILE.test(national)) return national;
  if (/^02\d{9}$/.test(national)) return national;
  return undefined;
}

const MOBILE = /^0[35789]\d{8}$/;

/** A stored number that can receive SMS and Zalo: a mobile, not a landline. */
export function isVietnameseMobile(stored: string): boolean {
  return MOBILE.test(stored);
}

/** A stored number (national form) in E.164, as SMS providers take it: 0912345678 → +84912345678. */
export function vietnamesePhoneToE164(stored: string): string {
  return `+84${stored.replace(/^0/, '')}`;
}

export const phone = inputString(32, 'field.invalidPhone').transform((s, ctx) => {
  const normalized = normalizeVietnamesePhone(s);
  if (!normalized) {
    ctx.issues.push({ code: 'custom', message: 'field.invalidPhone', input: s });
    return z.NEVER;
  }
  return normalized;
});

/**
 * Every date and instant the service accepts falls in this window of Vietnam calendar days:
 * nothing the councils record happened before 2000 or is planned after 2100, and outside
 * it a typo ("0000-01-01", "20266-01-01") would be stored and sorted as if it were a date.
 */
export const DATE_WINDOW = { first: '2000-01-01', last: '2100-12-31' } as const;

/** True when the instant's Vietnam calendar day lies inside DATE_WINDOW. */
export function withinDateWindow(iso: string): boolean {
  const day = vietnamDate(iso);
  return day >= DATE_WINDOW.first && day <= DATE_WINDOW.last;
}

/** An instant: ISO with offset, or a Vietnam wall-clock time; stored as UTC ISO. */
export const instant = inputString(40, 'field.invalidDate').transform((s, ctx) => {
  const iso = toUtcIso(s);
  if (!iso) {
    ctx.issues.push({ code: 'custom', message: 'field.invalidDate', input: s });
    return z.NEVER;
  }
  if (!withinDateWindow(iso)) {
    ctx.issues.push({ code: 'custom', message: 'field.dateOutOfRange', input: s });
    return z.NEVER;
  }
  return iso;
});

/** True for a real day of the calendar written YYYY-MM-DD ("2026-02-30" is not one). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
}

/** A calendar date YYYY-MM-DD, inside DATE_WINDOW. */
export const calendarDate = inputString(40, 'field.invalidDate').pipe(
  z
    .string()
    .refine(isCalendarDate, { error: 'field.invalidDate', abort: true })
    .refine((s) => s >= DATE_WINDOW.first && s <= DATE_WINDOW.last, { error: 'field.dateOutOfRange' }),
);

/** An opaque page cursor as the API handed it out (base64url); the data layer checks what it holds. */
export const pageCursor = inputString(2000, 'cursor.invalid').pipe(
  z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'cursor.invalid' }),
);

/** The Vietnam calendar day of `now`: what "today" means for a date typed in Vietnam. */
export const todayIn = (now: Date) => vietnamDate(now);

/** Checkbox from a form ("on", "true", "1") or a JSON boolean. */
export const checkbox = z.preprocess(
  (v) => {
    if (typeof v === 'boolean') return v;
    if (v === 'on' || v === 'true' || v === '1' || v === 'yes') return true;
    if (v === 'false' || v === '0' || v === 'no' || v === 'off') return false;
    return v;
  },
  z.boolean({ error: 'field.consentRequired' }),
);

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
