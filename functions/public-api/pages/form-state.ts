/**
 * One way for every no-JavaScript form to come back after a refusal (invalid input, too many
 * requests, unavailable, a conflict): the page is drawn again with what was typed and each
 * message beside its field, or at the top of the form when the refusal is not about a field.
 * Never a redirect: what was typed, personal data among it, must not travel in a URL.
 */
import { html } from 'hono/html';
import { type DomainError, ValidationError } from '../../../shared/errors.ts';
import type { ErrorBody } from '../../lib/http/errors.ts';
import type { PageHtml } from './layout.ts';

export interface FormState {
  /** What was typed, by field name. */
  values?: Record<string, string | undefined>;
  /** A translated message per field, "_" for the whole form. */
  errors?: Record<string, string>;
}

/** The longest value kept from a refused post (the longest text field takes 20,000 characters). */
const KEPT = 20_000;

/** The posted values worth showing again: strings only, bounded; `names` limits them to the form's fields. */
export function typedValues(posted: unknown, names?: readonly string[]): Record<string, string> {
  if (typeof posted !== 'object' || posted === null || Array.isArray(posted)) return {};
  const entries = Object.entries(posted as Record<string, unknown>).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && (!names || names.includes(e[0])),
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, v.slice(0, KEPT)]));
}

/** The messages of a refusal: each field's, or the whole message at the top. */
export function refusalErrors(error: DomainError, body: ErrorBody): Record<string, string> {
  const fields = error instanceof ValidationError ? (body.fields ?? {}) : {};
  return Object.keys(fields).length ? fields : { _: body.message };
}

export function refusedForm(
  error: DomainError,
  body: ErrorBody,
  posted: unknown,
  names?: readonly string[],
): FormState {
  return { values: typedValues(posted, names), errors: refusalErrors(error, body) };
}

/** The form-wide message, above the form. */
export function formNotice(state: FormState | undefined): PageHtml | '' {
  const message = state?.errors?._;
  return message ? html`<p class="notice warn" role="alert">${message}</p>` : '';
}

/** A field's message (its slot kept, hidden, when there is none), its id `<id>-error`. */
export function fieldError(state: FormState | undefined, id: string, name: string): PageHtml {
  const message = state?.errors?.[name];
  return html`<p class="field-error" id="${id}-error"${message ? '' : html` hidden`}>${message ?? ''}</p>`;
}

export const invalidIf = (state: FormState | undefined, name: string) =>
  state?.errors?.[name] ? html` aria-invalid="true"` : '';
