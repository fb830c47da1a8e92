/**
 * Sending a form that is not about a petition (agencies, rules, settings, meetings, entry):
 * the button is disabled while it runs (no double submission) and whatever the API says is
 * wrong appears in the form — each field's error beside it, the message above.
 */
import { ApiError, ConflictApiError, NetworkError, SignInRequiredError } from '../api/errors.ts';
import type { ConsoleContext } from '../context.ts';
import { clearErrors, showErrors } from './form.ts';

/**
 * Runs `run` with the form locked: its buttons disabled (a double click sends once), the
 * form marked busy and its old errors cleared; everything is given back however it ends.
 */
export async function whileLocked<T>(form: HTMLFormElement, run: () => Promise<T>): Promise<T> {
  const buttons = Array.from(form.querySelectorAll('button'));
  for (const b of buttons) b.disabled = true;
  form.setAttribute('aria-busy', 'true');
  clearErrors(form);
  try {
    return await run();
  } finally {
    form.removeAttribute('aria-busy');
    for (const b of buttons) b.disabled = false;
  }
}

export async function submitForm(
  ctx: ConsoleContext,
  form: HTMLFormElement,
  run: () => Promise<void>,
): Promise<boolean> {
  return whileLocked(form, async () => {
    try {
      await run();
      return true;
    } catch (error) {
      if (error instanceof SignInRequiredError) return false;
      if (error instanceof ApiError) showErrors(form, error.message, error.fields);
      else if (error instanceof NetworkError) showErrors(form, ctx.tr.t('app.network'));
      else ctx.fail(error);
      return false;
    }
  });
}

/** A 409 saying the record was saved by someone since it was read (not, say, a number already taken). */
export const staleVersion = (error: unknown): boolean =>
  error instanceof ConflictApiError && error.code === 'conflict';

/**
 * Saves a versioned record (a resolution, an interpellation, a meeting) from its form:
 * `saved` is what the API returned; `stale` says someone saved it since it was read, so the
 * screen reads it again; otherwise a failure's errors are in the form.
 */
export async function submitVersioned<T>(
  ctx: ConsoleContext,
  form: HTMLFormElement,
  save: () => Promise<T>,
  isStale: (error: unknown) => boolean = staleVersion,
): Promise<{ ok: true; saved: T; stale: false } | { ok: false; stale: boolean }> {
  let stale = false;
  let saved: T | undefined;
  const ok = await submitForm(ctx, form, async () => {
    try {
      saved = await save();
    } catch (error) {
      stale = isStale(error);
      throw error;
    }
  });
  return ok ? { ok, saved: saved as T, stale: false } : { ok, stale };
}
