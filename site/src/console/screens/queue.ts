/**
 * /quan-ly/hang-doi/: an agency officer's queue — petitions routed to their agency, by
 * status; the API orders each status by deadline, so overdue petitions come first.
 */
import { AGENCY_QUEUE_STATUSES, type PetitionStatus } from '../../../../shared/vocabulary.ts';
import type { Screen } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { statusFilter } from '../ui/status-filter.ts';

export const queueScreen: Screen<'agency'> = {
  title: 'queue.title',
  roles: ['agency'],
  async render(ctx) {
    const { tr, api } = ctx;
    const agencyId = ctx.session.user.agencyId;
    const ref = await ctx.reference();
    let status: PetitionStatus = 'routed';

    const list = pagedList(ctx, {
      label: tr.t('queue.title'),
      load: (cursor) => api.agencyQueue(agencyId, status, { cursor }),
      render: (items) => petitionList(tr, items, ref),
    });
    const filter = statusFilter(tr, AGENCY_QUEUE_STATUSES, status, (chosen) => {
      status = chosen;
      void list.reload();
    });
    replace(
      ctx.main,
      ctx.heading('queue.title'),
      h('p', { class: 'lead' }, tr.t('queue.lead')),
      filter.element,
      list.element,
    );
    await list.reload();
  },
};
