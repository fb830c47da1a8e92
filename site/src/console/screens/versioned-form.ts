/**
 * The form screen of a versioned record (a meeting, a resolution, an interpellation): the
 * form is drawn from the record as read, and an edit carries the version read. A save that
 * finds the record changed since (409) reads it again and draws the form anew, saying so; a
 * save that passes leaves a message for the next page and goes there.
 */
import { flash } from '../app.ts';
import type { ConsoleContext } from '../context.ts';
import type { LabelKey } from '../i18n/index.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { submitVersioned } from '../ui/submit.ts';

/** One drawing of the screen, from the record as just read. */
export interface VersionedForm<T> {
  /** The page's heading: "new …" or "edit …". */
  title: LabelKey;
  /** The record's name under the heading, when there is a record. */
  lead?: string | undefined;
  form: HTMLFormElement;
  /** Drawn under the form (a resolution's signed text). */
  below?: Node | null;
  /** Sends the form; returns the record as saved. */
  save(): Promise<T>;
  /** Which failures of `save` mean "changed since read" (by default a 409 `conflict`). */
  isStale?: (error: unknown) => boolean;
  /** After a save: the message the next page shows, and its address. */
  saved(record: T): { message: string; next: string };
}

/** Draws the form `read` makes, and reads and draws it again when a save finds it stale. */
export async function showVersionedForm<T>(
  ctx: ConsoleContext,
  read: () => Promise<VersionedForm<T>>,
  message?: string,
): Promise<void> {
  const drawn = await read();
  const heading = ctx.heading(drawn.title);
  drawn.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await submitVersioned(ctx, drawn.form, () => drawn.save(), drawn.isStale);
    if (result.stale) return showVersionedForm(ctx, read, ctx.tr.t('app.conflict')).catch(ctx.fail);
    if (!result.ok) return;
    const after = drawn.saved(result.saved);
    flash(after.message);
    location.assign(after.next);
  });
  replace(
    ctx.main,
    heading,
    drawn.lead ? h('p', { class: 'lead' }, drawn.lead) : null,
    drawn.form,
    drawn.below ?? null,
  );
  if (message) ctx.announce(message, 'error');
  focusElement(heading);
}
