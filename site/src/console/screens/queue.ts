/**
 * /quan-ly/hang-doi/: an agency officer's queue — petitions routed to their agency, by
 * status; the API orders each status by deadline, so overdue petitions come first. A kind
 * filter also shows the agency's follow-up items (oversight), alone or with its petitions,
 * merged by deadline (GET /v1/agencies/{id}/work).
 */
import {
  AGENCY_QUEUE_KINDS,
  AGENCY_QUEUE_STATUSES,
  type AgencyQueueKind,
  type PetitionStatus,
} from '../../../../shared/vocabulary.ts';
import { type AgencyWork, oversightApi } from '../api/oversight-api.ts';
import type { Screen } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { followUpCard } from '../ui/follow-up-list.ts';
import { field } from '../ui/form.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { statusFilter } from '../ui/status-filter.ts';

export const queueScreen: Screen<'agency'> = {
  title: 'queue.title',
  roles: ['agency'],
  async render(ctx) {
    const { tr, api } = ctx;
    const work = oversightApi(ctx.client);
    const agencyId = ctx.session.user.agencyId;
    const ref = await ctx.reference();
    let status: PetitionStatus = 'routed';
    let kind: AgencyQueueKind = 'petitions';

    const list = pagedList<unknown>(ctx, {
      label: tr.t('queue.title'),
      load: (cursor) =>
        kind === 'petitions'
          ? api.agencyQueue(agencyId, status, { cursor })
          : work.agencyWork(agencyId, kind, { cursor }),
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
    const filter = statusFilter(tr, AGENCY_QUEUE_STATUSES, status, (chosen) => {
      status = chosen;
      void list.reload();
    });
    const kinds = h(
      'form',
      { class: 'filter', role: 'search' },
      field({
        name: 'kind',
        label: tr.t('queue.kind'),
        type: 'select',
        value: kind,
        options: AGENCY_QUEUE_KINDS.map((k) => ({ value: k, label: tr.t(`queue.kind.${k}`) })),
      }),
      h('button', { type: 'submit', class: 'button secondary' }, tr.t('queue.kindShow')),
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
    await list.reload();
  },
};
