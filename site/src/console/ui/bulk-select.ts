/**
 * Selecting petitions of a list for one action on all of them: a checkbox on each card
 * (named by its code, carrying the version shown), the items to send, and the outcome
 * read back per code, so a partial failure says which petitions and why.
 */
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import type { BulkOutcome } from '../api/desk-api.ts';
import type { ListedPetition } from '../api/staff-api.ts';
import type { ConsoleContext } from '../context.ts';
import type { Translator } from '../i18n/index.ts';
import { type Child, h, replace } from './dom.ts';
import { staffForm } from './form.ts';
import { submitForm } from './submit.ts';

/** Puts a checkbox at the head of each card of a petition list (in the order of `items`). */
export function withCheckboxes(
  tr: Translator,
  list: HTMLElement,
  items: readonly ListedPetition[],
): HTMLElement {
  list.querySelectorAll(':scope > li').forEach((card, i) => {
    const p = items[i];
    if (!p) return;
    const box = h('input', {
      type: 'checkbox',
      class: 'bulk-pick',
      value: p.code,
      'data-version': p.version,
      'aria-label': tr.t('bulk.pick', { code: formatTrackingCode(p.code) }),
    });
    card.prepend(h('p', { class: 'bulk-pick-row' }, box));
  });
  return list;
}

/** The petitions ticked in `root`, as the bulk route takes them. */
export function pickedItems(root: HTMLElement): { code: string; version: number }[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>('input.bulk-pick:checked')).map((box) => ({
    code: box.value,
    version: Number(box.dataset.version),
  }));
}

/** What happened, per petition: how many were done, and each refusal with its reason. */
export function bulkOutcome(tr: Translator, outcome: BulkOutcome): HTMLElement {
  return h(
    'div',
    { class: 'bulk-outcome' },
    h('p', {}, tr.t('bulk.done', { count: outcome.done.length })),
    outcome.failed.length > 0
      ? h(
          'ul',
          { class: 'notice warn' },
          outcome.failed.map((f) => h('li', {}, `${formatTrackingCode(f.code)}: ${f.message}`)),
        )
      : null,
  );
}

/** A form for one action on the ticked petitions, headed by what it does. */
export function bulkForm(id: string, title: string, ...children: Child[]): HTMLFormElement {
  return staffForm({ id, class: 'bulk' }, h('h2', {}, title), ...children);
}

/**
 * Sends `body` for the petitions ticked in `list` (none ticked: says so and sends nothing),
 * shows the outcome per code in `outcome`, then runs `after` (the list read again).
 */
export async function sendBulk(
  ctx: ConsoleContext,
  form: HTMLFormElement,
  request: { list: HTMLElement; body: Record<string, unknown>; outcome: HTMLElement },
  after: () => Promise<void>,
): Promise<void> {
  const { tr } = ctx;
  const items = pickedItems(request.list);
  if (items.length === 0) return ctx.announce(tr.t('bulk.noneSelected'), 'error');
  const saved = await submitForm(ctx, form, async () => {
    replace(request.outcome, bulkOutcome(tr, await ctx.api.desk.bulk({ ...request.body, items })));
  });
  if (saved) {
    ctx.announce(tr.t('bulk.finished'));
    await after();
  }
}
