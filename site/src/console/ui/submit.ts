/**
 * Sending a form that is not about a petition (agencies, rules, settings, meetings, entry):
 * the button is disabled while it runs (no double submission) and whatever the API says is
 * wrong appears in the form — each field's error beside it, the message above.
 */
import { ApiError, NetworkError, SignInRequiredError } from '../api/errors.ts';
import type { ConsoleContext } from '../context.ts';
import { clearErrors, showErrors } from './form.ts';

export async function submitForm(
  ctx: ConsoleContext,
  form: HTMLFormElement,
  run: () => Promise<void>,
): Promise<boolean> {
  const buttons = Array.from(form.querySelectorAll('button'));
  for (const b of buttons) b.disabled = true;
  form.setAttribute('aria-busy', 'true');
  clearErrors(form);
  try {
    await run();
    return true;
  } catch (error) {
    if (error instanceof SignInRequiredError) return false;
    if (error instanceof ApiError) showErrors(form, error.message, error.fields);
    else if (error instanceof NetworkError) showErrors(form, ctx.tr.t('app.network'));
    else ctx.fail(error);
    return false;
  } finally {
    form.removeAttribute('aria-busy');
    for (const b of buttons) b.disabled = false;
  }
}
