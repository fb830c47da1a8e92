/**
 * Selecting petitions of a list for one action on all of them: a checkbox on each card
 * (named by its code, carrying the version shown), the items to send, and the outcome
 * read back per code, so a partial failure says which petitions and why.
 */
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import type { BulkOutcome } from '../api/desk-api.ts';
import type { ListedPetition } from '../api/staff-api.ts';
import type { Translator } from '../i18n/index.ts';
import { h } from './dom.ts';

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
