/**
 * /quan-ly/phan-loai/: the secretariat's triage queue — new petitions with the body the
 * competence matrix proposes; other statuses of the council's petitions on request.
 */
import { PETITION_STATUSES, type PetitionStatus } from '../../../../shared/status-machine.ts';
import type { Screen } from '../app.ts';
import { h, replace } from '../ui/dom.ts';
import { field } from '../ui/form.ts';
import { statusOf } from '../ui/format.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';

export const triageScreen: Screen = {
  title: 'triage.title',
  roles: ['secretariat'],
  async render(ctx) {
    const { tr, api } = ctx;
    const councilId = ctx.session.user.councilId!;
    const ref = await ctx.reference();
    let status: PetitionStatus = 'received';

    const list = pagedList(ctx, {
      label: tr.t('triage.title'),
      load: (cursor) => api.councilQueue(councilId, status, { cursor }),
      render: (items) => petitionList(tr, items, ref, { proposed: true }),
    });
    const filter = h(
      'form',
      { class: 'filter', role: 'search' },
      field({
        name: 'status',
        label: tr.t('triage.statusFilter'),
        type: 'select',
        value: status,
        options: PETITION_STATUSES.map((s) => ({ value: s, label: statusOf(tr, s) })),
      }),
      h('button', { type: 'submit', class: 'button secondary' }, tr.t('triage.show')),
    );
    filter.addEventListener('submit', (event) => {
      event.preventDefault();
      status = (new FormData(filter).get('status') as PetitionStatus) ?? 'received';
      void list.reload();
    });
    replace(ctx.main, ctx.heading('triage.title'), filter, list.element);
    await list.reload();
  },
};
