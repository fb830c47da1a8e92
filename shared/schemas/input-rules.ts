/**
 * The rules of every typed input, written once in `zod/mini` so the petition form's script
 * carries them at a fraction of classic zod's weight (DESIGN §7: the form's script ≤ 10 KB).
 * `common.ts` re-exports each rule for the rest of the code base, so a rule changes here and
 * nowhere else. Messages are keys of shared/messages.
 */
import * as z from 'zod/mini';
import {
  cleanText,
  hasControlCharacters,
  hasNoncharacters,
  isWellFormedText,
  nfc,
  stripInvisible,
} from '../text.ts';

/** A missing value is "required"; only a value of another type is "invalid type". */
export const stringExpected = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : 'field.invalidType'),
};

/** Form fields send "" for an empty input: treat it as absent. */
export const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * A zod schema is immutable, so one built per set of arguments serves every field that asks
 * for the same rule: a cold start builds `text(1, 200)` once, not once per field that has it
 * (DESIGN §7's cold import counts every schema built at load).
 */
const built = new Map<string, unknown>();
function once<T>(key: string, build: () => T): T {
  let schema = built.get(key) as T | undefined;
  if (schema === undefined) {
    schema = build();
    built.set(key, schema);
  }
  return schema;
}

/**
 * Every string an input carries starts here, whatever it becomes (text, id, email, phone,
 * date, cursor): a string of at most `max` code units (a cheap guard before any other work),
 * well-formed, without noncharacters, its invisible format characters removed. Which
 * characters are refused and which stripped, and why, is said in shared/text.ts.
 */
export function inputString(max: number, tooLong = 'field.tooLong') {
  return once(`inputString ${max} ${tooLong}`, () =>
    z.pipe(
      z.string(stringExpected).check(
        z.maxLength(max, { error: tooLong }),
        z.refine(isWellFormedText, { error: 'field.brokenText', abort: true }),
        z.refine((s) => !hasNoncharacters(s), { error: 'field.nonCharacter', abort: true }),
      ),
      z.transform(stripInvisible),
    ),
  );
}

/** Text typed by a person: no control characters, NFC, spaces collapsed, length checked after cleaning. */
export function text(min: number, max: number, options: { multiline?: boolean } = {}) {
  const multiline = options.multiline ?? false;
  return once(`text ${min} ${max} ${multiline}`, () => buildText(min, max, multiline));
}

function buildText(min: number, max: number, multiline: boolean) {
  const guarded = inputString(max * 4).check(
    // a cheap guard before normalising a huge string
    z.refine((s) => !hasControlCharacters(s, multiline), { error: 'field.controlCharacters' }),
  );
  return z.pipe(
    z.pipe(
      guarded,
      z.transform((s: string) => (multiline ? cleanText(s) : cleanText(s).replace(/\n/g, ' '))),
    ),
    z
      .string()
      .check(
        z.minLength(min, { error: min <= 1 ? 'field.required' : 'field.tooShort' }),
        z.maxLength(max, { error: 'field.tooLong' }),
      ),
  );
}

/** Identifiers of reference data: lower-case slugs ("van-nham", "so-gtvt"). */
export const id = z.pipe(
  inputString(256, 'field.invalid'),
  z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, { error: 'field.invalid' })),
);

export const email = z.pipe(
  z.pipe(
    inputString(254),
    z.transform((s: string) => nfc(s).trim().toLowerCase()),
  ),
  z.email({ error: 'field.invalidEmail' }),
);

const MOBILE = /^0[35789]\d{8}$/;

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

/** A stored number that can receive SMS and Zalo: a mobile, not a landline. */
export function isVietnameseMobile(stored: string): boolean {
  return MOBILE.test(stored);
}

export const phone = z.pipe(
  inputString(32, 'field.invalidPhone'),
  z.transform((s: string, ctx) => {
    const normalized = normalizeVietnamesePhone(s);
    if (!normalized) {
      ctx.issues.push({ code: 'custom', message: 'field.invalidPhone', input: s });
      return z.NEVER;
    }
    return normalized;
  }),
);

/** What a checkbox from a form ("on", "true", "1") or a JSON boolean means. */
export function checkboxValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v;
  if (v === 'on' || v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no' || v === 'off') return false;
  return v;
}

/** Checkbox from a form or a JSON boolean. */
export const checkbox = z.pipe(z.transform(checkboxValue), z.boolean({ error: 'field.consentRequired' }));

/** An optional input: "" (an empty form field) is absent. */
export const optional = <T extends z.core.SomeType>(schema: T) =>
  z.pipe(z.transform(emptyAsUndefined), z.optional(schema));
