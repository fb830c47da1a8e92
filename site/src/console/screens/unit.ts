/**
 * /quan-ly/don-vi/: a delegate's petitions — from the communes of their electoral unit and
 * raised at their group's meetings, anonymised; overdue and unsatisfied ones first (the
 * API's order). Each opens to the petition, where the delegate adds a follow-up note.
 */
import type { Screen } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';

export const unitScreen: Screen<'delegate'> = {
  title: 'unit.title',
  roles: ['delegate'],
  async render(ctx) {
    const { tr, api } = ctx;
    const groupId = ctx.session.user.groupId;
    const ref = await ctx.reference();
    const list = pagedList(ctx, {
      label: tr.t('unit.title'),
      load: (cursor) => api.groupPetitions(groupId, { cursor }),
      render: (items) => petitionList(tr, items, ref),
    });
    replace(ctx.main, ctx.heading('unit.title'), h('p', { class: 'lead' }, tr.t('unit.lead')), list.element);
    await list.reload();
  },
};
