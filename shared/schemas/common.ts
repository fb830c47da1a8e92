/**
 * Building blocks for every schema. Messages are keys of shared/messages, translated
 * at the edge into the reader's language; nothing here knows about HTTP.
 */
import * as z from 'zod/mini';
import { toUtcIso, vietnamDate } from '../time.ts';
import * as rules from './input-rules.ts';

/*
 * Every schema is written with zod/mini (test/unit/zod-imports.test.ts says why); the rules
 * of typed inputs live in input-rules.ts, shared with the petition form's script, and are
 * re-exported here under the names the other schemas use.
 */

export {
  emptyAsUndefined,
  isVietnameseMobile,
  normalizeVietnamesePhone,
} from './input-rules.ts';

/** A bounded, well-formed string, invisible characters stripped (input-rules.ts). */
export function inputString(max: number, tooLong = 'field.tooLong') {
  return rules.inputString(max, tooLong);
}

/** Text typed by a person: no control characters, NFC, spaces collapsed, length checked after cleaning. */
export function text(min: number, max: number, options: { multiline?: boolean } = {}) {
  return rules.text(min, max, options);
}

/** Identifiers of reference data: lower-case slugs ("van-nham", "so-gtvt"). */
export const id = rules.id;

export const email = rules.email;

/** A stored number (national form) in E.164, as SMS providers take it: 0912345678 → +84912345678. */
export function vietnamesePhoneToE164(stored: string): string {
  return `+84${stored.replace(/^0/, '')}`;
}

export const phone = rules.phone;

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
export const instant = z.pipe(
  inputString(40, 'field.invalidDate'),
  z.transform((s, ctx) => {
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
  }),
);

/** True for a real day of the calendar written YYYY-MM-DD ("2026-02-30" is not one). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
}

/** A calendar date YYYY-MM-DD, inside DATE_WINDOW. */
export const calendarDate = z.pipe(
  inputString(40, 'field.invalidDate'),
  z.string().check(
    z.refine(isCalendarDate, { error: 'field.invalidDate', abort: true }),
    z.refine((s) => s >= DATE_WINDOW.first && s <= DATE_WINDOW.last, { error: 'field.dateOutOfRange' }),
  ),
);

/** An opaque page cursor as the API handed it out (base64url); the data layer checks what it holds. */
export const pageCursor = z.pipe(
  inputString(2000, 'cursor.invalid'),
  z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, { error: 'cursor.invalid' })),
);

/**
 * A whole number as a form or a query string sends it (coerced), from `min` to `max`: `error`
 * for one that is not whole or out of range, or `outOfRange` for the latter when it says more.
 */
export function wholeNumber(min: number, max: number, error = 'field.invalid', outOfRange = error) {
  return z.coerce
    .number({ error: 'field.invalidType' })
    .check(z.int({ error }), z.gte(min, { error: outOfRange }), z.lte(max, { error: outOfRange }));
}

/** A staff list page's size (`limit`): 1 to 100, 25 when not given. */
export const pageLimit = z._default(wholeNumber(1, 100), 25);

/** A public list page's size (`limit`), 1 to `max`; not given, the route's own default. */
export function listLimit(max: number) {
  return optional(
    z.coerce
      .number({ error: 'field.invalidType' })
      .check(z.int({ error: 'field.invalid' }), z.gte(1), z.lte(max)),
  );
}

/** An edit must change something: a field besides the version it was read at (`version`, a meeting's `sequence`). */
export function changesSomething(readAt: 'version' | 'sequence') {
  return z.refine<object>((edit) => Object.entries(edit).some(([k, v]) => k !== readAt && v !== undefined), {
    error: 'request.emptyBody',
    path: ['_'],
  });
}

/** The Vietnam calendar day of `now`: what "today" means for a date typed in Vietnam. */
export const todayIn = (now: Date) => vietnamDate(now);

/** Checkbox from a form ("on", "true", "1") or a JSON boolean. */
export const checkbox = z.pipe(
  z.transform(rules.checkboxValue),
  z.boolean({ error: 'field.consentRequired' }),
);

export const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(z.transform(rules.emptyAsUndefined), z.optional(schema));

/** In an edit, null (or "") removes an optional value; absent leaves it as it is. */
export const clearable = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((v) => (v === '' ? null : v)),
    z.optional(z.nullable(schema)),
  );
