/**
 * The "show petitions in status …" form above a queue: a select (with how many petitions
 * each status holds, when the screen knows), an order when the queue can be sorted, and a
 * button that reloads the list without leaving the page.
 */
import {
  DEADLINE_STATUSES,
  isOneOf,
  type PetitionStatus,
  type QueueOrder,
} from '../../../../shared/vocabulary.ts';
import type { ConsoleContext } from '../context.ts';
import type { Translator } from '../i18n/index.ts';
import { filterForm, vocabularySelect } from './form.ts';
import { statusOf } from './format.ts';
import type { PagedList } from './paged-list.ts';

export interface StatusFilter<S extends string = PetitionStatus> {
  element: HTMLFormElement;
  /** Shows how many petitions each status holds beside its name. */
  showCounts(counts: Partial<Record<S, number>>): void;
}

/** The choices are statuses, or views named by `labelOf` (the agency's queue puts "needs action" first). */
export function statusFilter<S extends string = PetitionStatus>(
  tr: Translator,
  statuses: readonly S[],
  initial: S,
  onChange: (status: S, order: QueueOrder | undefined) => void,
  orders: readonly QueueOrder[] = [],
  labelOf: (status: S) => string = (s) => statusOf(tr, s as string as PetitionStatus),
): StatusFilter<S> {
  const form = filterForm(
    { class: 'filter', role: 'search' },
    tr.t('triage.show'),
    vocabularySelect(
      { name: 'status', label: tr.t('triage.statusFilter'), value: initial },
      statuses,
      labelOf,
    ),
    orders.length > 0
      ? vocabularySelect({ name: 'sort', label: tr.t('triage.sort'), value: orders[0] }, orders, (o) =>
          tr.t(`triage.sort.${o}`),
        )
      : null,
  );
  const statusSelect = form.querySelector<HTMLSelectElement>('select[name=status]');
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name=sort]');
  // Only petitions whose deadline runs can be ordered by it.
  const allowOrders = () => {
    const deadline = sortSelect?.querySelector<HTMLOptionElement>('option[value=deadline]');
    if (!deadline || !sortSelect) return;
    deadline.disabled = !isOneOf(DEADLINE_STATUSES, statusSelect?.value);
    if (deadline.disabled && sortSelect.value === 'deadline') sortSelect.value = orders[0] ?? 'oldest';
  };
  statusSelect?.addEventListener('change', allowOrders);
  allowOrders();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const status = data.get('status');
    const order = data.get('sort');
    onChange(isOneOf(statuses, status) ? status : initial, isOneOf(orders, order) ? order : undefined);
  });
  return {
    element: form,
    showCounts(counts) {
      for (const option of Array.from(statusSelect?.options ?? [])) {
        const status = option.value as S;
        const count = counts[status];
        option.textContent =
          count === undefined ? labelOf(status) : tr.t('triage.count', { status: labelOf(status), count });
      }
    },
  };
}

/**
 * Loads a queue's list and the counts beside its statuses together, as the screen does first
 * and again on each choice; counts that fail are reported without holding the list up.
 */
export function reloadWithCounts<S extends string>(
  ctx: ConsoleContext,
  filter: StatusFilter<S>,
  list: PagedList,
  counts: () => Promise<{ counts: Partial<Record<S, number>> }>,
): () => Promise<void> {
  const showCounts = async () => {
    try {
      filter.showCounts((await counts()).counts);
    } catch (error) {
      ctx.fail(error);
    }
  };
  return async () => {
    await Promise.all([list.reload(), showCounts()]);
  };
}
