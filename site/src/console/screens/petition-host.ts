/**
 * What the forms of a petition page share: the page they live on (to reload it) and one
 * way to run an action — the button disabled while it runs (no double submission), the
 * API's field errors beside the fields, and on 409 the petition read again with a notice
 * that someone else changed it.
 */
import { ApiError, ConflictApiError } from '../api/errors.ts';
import type { StaffPetitionView } from '../api/staff-api.ts';
import type { ConsoleContext } from '../context.ts';
import { showErrors } from '../ui/form.ts';
import { whileLocked } from '../ui/submit.ts';

export interface PetitionHost {
  ctx: ConsoleContext;
  view: StaffPetitionView;
  /** Reads the petition again and shows it, with a message in the status region. */
  reload(message: string, kind?: 'ok' | 'error'): Promise<void>;
}

/** Runs a form's action with the shared failure rules; true when it succeeded. */
export async function runAction(
  host: PetitionHost,
  form: HTMLFormElement,
  action: () => Promise<unknown>,
  done: string,
): Promise<boolean> {
  const { ctx } = host;
  return whileLocked(form, async () => {
    try {
      await action();
      await host.reload(done);
      return true;
    } catch (error) {
      if (error instanceof ConflictApiError) {
        await host.reload(`${ctx.tr.t('petition.conflict')} (${error.message})`, 'error');
      } else if (error instanceof ApiError && (error.status === 400 || error.status === 422)) {
        showErrors(form, error.message, error.fields);
      } else {
        ctx.fail(error);
      }
      return false;
    }
  });
}
