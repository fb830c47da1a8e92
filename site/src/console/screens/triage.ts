/**
 * /quan-ly/phan-loai/: the secretariat's triage queue — new petitions with the body the
 * competence matrix proposes; other statuses of the council's petitions on request, each
 * with how many it holds, oldest first, newest first or nearest deadline first; above them,
 * the search over every petition of the council (petition-search.ts).
 */
import {
  PETITION_STATUSES,
  type PetitionStatus,
  QUEUE_ORDERS,
  type QueueOrder,
} from '../../../../shared/vocabulary.ts';
import { defineScreen } from '../context.ts';
import { replace } from '../ui/dom.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { reloadWithCounts, statusFilter } from '../ui/status-filter.ts';
import { petitionSearchPanel } from './petition-search.ts';

export const triageScreen = defineScreen({
  title: 'triage.title',
  roles: ['secretariat'],
  async render(ctx, { tr, api, councilId }) {
    const ref = await ctx.reference();
    let status: PetitionStatus = 'received';
    let order: QueueOrder | undefined;

    const list = pagedList(ctx, {
      label: tr.t('triage.title'),
      load: (cursor) => api.councilQueue(councilId, status, { cursor }, order),
      render: (items) => petitionList(tr, items, ref, { proposed: true }),
    });
    const filter = statusFilter(
      tr,
      PETITION_STATUSES,
      status,
      (chosen, chosenOrder) => {
        status = chosen;
        order = chosenOrder;
        void reload();
      },
      QUEUE_ORDERS,
    );
    const reload = reloadWithCounts(ctx, filter, list, () => api.councilCounts(councilId));
    replace(
      ctx.main,
      ctx.heading('triage.title'),
      // Every status, by words or code, from the API's index (issue #19 §3).
      petitionSearchPanel(ctx, councilId, ref),
      filter.element,
      list.element,
    );
    await reload();
  },
});
