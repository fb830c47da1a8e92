/**
 * /quan-ly/hang-doi/: an agency officer's queue — petitions routed to their agency. It opens
 * on "needs action": petitions the submitter reopened or a delegate followed up, each tagged
 * with why, then newly routed ones; the other views are the statuses. The API orders each by
 * deadline, so overdue petitions come first; each view shows its count. A kind
 * filter also shows the agency's follow-up items (oversight), alone or with its petitions,
 * merged by deadline (GET /v1/agencies/{id}/work).
 */
import {
  AGENCY_QUEUE_KINDS,
  AGENCY_VIEWS,
  type AgencyQueueKind,
  type AgencyView,
} from '../../../../shared/vocabulary.ts';
import { type AgencyWork, oversightApi } from '../api/oversight-api.ts';
import { defineScreen } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { followUpCard } from '../ui/follow-up-list.ts';
import { filterForm, vocabularySelect } from '../ui/form.ts';
import { statusOf } from '../ui/format.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { reloadWithCounts, statusFilter } from '../ui/status-filter.ts';

export const queueScreen = defineScreen({
  title: 'queue.title',
  roles: ['agency'],
  async render(ctx, { tr, api, agencyId }) {
    const work = oversightApi(ctx.client);
    const ref = await ctx.reference();
    let view: AgencyView = 'needs_action';
    let kind: AgencyQueueKind = 'petitions';

    const list = pagedList<unknown>(ctx, {
      label: tr.t('queue.title'),
      load: (cursor) =>
        kind !== 'petitions'
          ? work.agencyWork(agencyId, kind, { cursor })
          : view === 'needs_action'
            ? api.agencyNeedsAction(agencyId, { cursor })
            : api.agencyQueue(agencyId, view, { cursor }),
      render: (items) =>
        kind === 'petitions'
          ? petitionList(tr, items as Parameters<typeof petitionList>[1], ref)
          : h(
              'ul',
              { class: 'list' },
              (items as AgencyWork[]).map((w) =>
                w.kind === 'follow_up'
                  ? followUpCard(tr, w.item, ref)
                  : petitionList(tr, [w.petition], ref).firstChild,
              ),
            ),
    });
    const filter = statusFilter(
      tr,
      AGENCY_VIEWS,
      view,
      (chosen) => {
        view = chosen;
        void reload();
      },
      [],
      (v) => (v === 'needs_action' ? tr.t('queue.view.needs_action') : statusOf(tr, v)),
    );
    const reload = reloadWithCounts(ctx, filter, list, () => api.agencyCounts(agencyId));
    const kinds = filterForm(
      { class: 'filter', role: 'search' },
      tr.t('queue.kindShow'),
      vocabularySelect({ name: 'kind', label: tr.t('queue.kind'), value: kind }, AGENCY_QUEUE_KINDS, (k) =>
        tr.t(`queue.kind.${k}`),
      ),
    );
    kinds.addEventListener('submit', (event) => {
      event.preventDefault();
      kind = (new FormData(kinds).get('kind') as AgencyQueueKind | null) ?? 'petitions';
      filter.element.hidden = kind !== 'petitions';
      void list.reload();
    });
    replace(
      ctx.main,
      ctx.heading('queue.title'),
      h('p', { class: 'lead' }, tr.t('queue.lead')),
      kinds,
      filter.element,
      list.element,
    );
    await reload();
  },
});
