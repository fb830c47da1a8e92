/**
 * /quan-ly/hang-doi/: an agency officer's queue — petitions routed to their agency, by
 * status; the API orders each status by deadline, so overdue petitions come first.
 */
import type { PetitionStatus } from '../../../../shared/status-machine.ts';
import type { Screen } from '../app.ts';
import { h, replace } from '../ui/dom.ts';
import { field } from '../ui/form.ts';
import { statusOf } from '../ui/format.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';

const AGENCY_STATUSES: readonly PetitionStatus[] = ['routed', 'in_progress', 'answered', 'closed'];

export const queueScreen: Screen = {
  title: 'queue.title',
  roles: ['agency'],
  async render(ctx) {
    const { tr, api } = ctx;
    const agencyId = ctx.session.user.agencyId!;
    const ref = await ctx.reference();
    let status: PetitionStatus = 'routed';

    const list = pagedList(ctx, {
      label: tr.t('queue.title'),
      load: (cursor) => api.agencyQueue(agencyId, status, { cursor }),
      render: (items) => petitionList(tr, items, ref),
    });
    const filter = h(
      'form',
      { class: 'filter', role: 'search' },
      field({
        name: 'status',
        label: tr.t('triage.statusFilter'),
        type: 'select',
        value: status,
        options: AGENCY_STATUSES.map((s) => ({ value: s, label: statusOf(tr, s) })),
      }),
      h('button', { type: 'submit', class: 'button secondary' }, tr.t('triage.show')),
    );
    filter.addEventListener('submit', (event) => {
      event.preventDefault();
      status = (new FormData(filter).get('status') as PetitionStatus) ?? 'routed';
      void list.reload();
    });
    replace(
      ctx.main,
      ctx.heading('queue.title'),
      h('p', { class: 'lead' }, tr.t('queue.lead')),
      filter,
      list.element,
    );
    await list.reload();
  },
};
