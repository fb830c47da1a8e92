/**
 * /quan-ly/don-vi/: a delegate's petitions — from the communes of their electoral unit and
 * raised at their group's meetings, anonymised; overdue and unsatisfied ones first (the
 * API's order). Each opens to the petition, where the delegate adds a follow-up note.
 */
import { oversightApi } from '../api/oversight-api.ts';
import { defineScreen } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { followUpList } from '../ui/follow-up-list.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';

export const unitScreen = defineScreen({
  title: 'unit.title',
  roles: ['delegate'],
  async render(ctx, { tr, api, groupId }) {
    const ref = await ctx.reference();
    const list = pagedList(ctx, {
      label: tr.t('unit.title'),
      load: (cursor) => api.groupPetitions(groupId, { cursor }),
      render: (items) => petitionList(tr, items, ref),
    });
    // The follow-up items (oversight) of the group's activities and of its communes: notes are added on each.
    const items = h('section', { 'aria-labelledby': 'unit-follow-ups' });
    replace(
      ctx.main,
      ctx.heading('unit.title'),
      h('p', { class: 'lead' }, tr.t('unit.lead')),
      list.element,
      items,
    );
    await list.reload();
    const { items: followUps } = await oversightApi(ctx.client).groupItems(groupId);
    replace(
      items,
      h('h2', { id: 'unit-follow-ups' }, tr.t('unit.followUps')),
      followUpList(tr, followUps, ref),
    );
  },
});
