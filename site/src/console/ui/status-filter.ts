/**
 * The "show petitions in status …" form above a queue: a select and a button that
 * reloads the list without leaving the page.
 */
import type { PetitionStatus } from '../../../../shared/vocabulary.ts';
import type { Translator } from '../i18n/index.ts';
import { h } from './dom.ts';
import { field } from './form.ts';
import { statusOf } from './format.ts';

export function statusFilter(
  tr: Translator,
  statuses: readonly PetitionStatus[],
  initial: PetitionStatus,
  onChange: (status: PetitionStatus) => void,
): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filter', role: 'search' },
    field({
      name: 'status',
      label: tr.t('triage.statusFilter'),
      type: 'select',
      value: initial,
      options: statuses.map((s) => ({ value: s, label: statusOf(tr, s) })),
    }),
    h('button', { type: 'submit', class: 'button secondary' }, tr.t('triage.show')),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange((new FormData(form).get('status') as PetitionStatus | null) ?? initial);
  });
  return form;
}
