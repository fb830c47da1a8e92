/**
 * Building blocks for every schema. Messages are keys of shared/messages, translated
 * at the edge into the reader's language; nothing here knows about HTTP.
 */
import { z } from 'zod';
import { cleanText, hasControlCharacters, nfc } from '../text.ts';
import { toUtcIso } from '../time.ts';

/** A missing value is "required"; only a value of another type is "invalid type". */
const stringExpected = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : 'field.invalidType'),
};

/** Form fields send "" for an empty input: treat it as absent. */
export const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Text typed by a person: no control characters, NFC, spaces collapsed, length checked after cleaning. */
export function text(min: number, max: number, options: { multiline?: boolean } = {}) {
  const multiline = options.multiline ?? false;
  return z
    .string(stringExpected)
    .max(max * 4, { error: 'field.tooLong' }) // a cheap guard before normalising a huge string
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
export const id = z
  .string(stringExpected)
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, { error: 'field.invalid' });

export const email = z
  .string(stringExpected)
  .max(254, { error: 'field.tooLong' })
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

export const phone = z
  .string(stringExpected)
  .max(32, { error: 'field.invalidPhone' })
  .transform((s, ctx) => {
    const normalized = normalizeVietnamesePhone(s);
    if (!normalized) {
      ctx.issues.push({ code: 'custom', message: 'field.invalidPhone', input: s });
      return z.NEVER;
    }
    return normalized;
  });

/** An instant: ISO with offset, or a Vietnam wall-clock time; stored as UTC ISO. */
export const instant = z
  .string(stringExpected)
  .max(40, { error: 'field.invalidDate' })
  .transform((s, ctx) => {
    const iso = toUtcIso(s);
    if (!iso) {
      ctx.issues.push({ code: 'custom', message: 'field.invalidDate', input: s });
      return z.NEVER;
    }
    return iso;
  });

/** A calendar date YYYY-MM-DD. */
export const calendarDate = z
  .string(stringExpected)
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'field.invalidDate' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: 'field.invalidDate',
    },
  );

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
