/**
 * /quan-ly/phan-loai/: the secretariat's triage queue — new petitions with the body the
 * competence matrix proposes; other statuses of the council's petitions on request.
 */
import { PETITION_STATUSES, type PetitionStatus } from '../../../../shared/vocabulary.ts';
import type { Screen } from '../app.ts';
import { replace } from '../ui/dom.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { statusFilter } from '../ui/status-filter.ts';

export const triageScreen: Screen<'secretariat'> = {
  title: 'triage.title',
  roles: ['secretariat'],
  async render(ctx) {
    const { tr, api } = ctx;
    const councilId = ctx.session.user.councilId;
    const ref = await ctx.reference();
    let status: PetitionStatus = 'received';

    const list = pagedList(ctx, {
      label: tr.t('triage.title'),
      load: (cursor) => api.councilQueue(councilId, status, { cursor }),
      render: (items) => petitionList(tr, items, ref, { proposed: true }),
    });
    const filter = statusFilter(tr, PETITION_STATUSES, status, (chosen) => {
      status = chosen;
      void list.reload();
    });
    replace(ctx.main, ctx.heading('triage.title'), filter, list.element);
    await list.reload();
  },
};
