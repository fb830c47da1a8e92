/**
 * /quan-ly/tat-ca/: every open petition of the secretariat's council, filtered by status,
 * body, field, commune and overdue (the filters travel in the address, so a view can be
 * shared), and routed several at a time.
 */
import { OPEN_PETITION_STATUSES } from '../../../../shared/vocabulary.ts';
import type { OpenFilters } from '../api/desk-api.ts';
import type { Screen } from '../context.ts';
import { bulkOutcome, pickedItems, withCheckboxes } from '../ui/bulk-select.ts';
import { h, replace } from '../ui/dom.ts';
import { field, filterForm, formBody, staffForm } from '../ui/form.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { submitForm } from '../ui/submit.ts';
import { agencyOptions, councilCommuneOptions, fieldOptions } from './reference-options.ts';

const FILTERS = ['status', 'agency', 'field', 'commune', 'overdue'] as const;

export const openPetitionsScreen: Screen<'secretariat'> = {
  title: 'open.title',
  roles: ['secretariat'],
  async render(ctx) {
    const { tr } = ctx;
    const councilId = ctx.session.user.councilId;
    const ref = await ctx.reference();
    const filters: OpenFilters = {};
    for (const name of FILTERS) {
      const value = ctx.params.get(name);
      if (value) filters[name] = value;
    }
    const select = (
      name: (typeof FILTERS)[number],
      label: string,
      options: { value: string; label: string }[],
    ) => field({ name, label, type: 'select', placeholder: tr.t('app.any'), options, value: filters[name] });
    const filtersForm = filterForm(
      { method: 'get', class: 'filters' },
      tr.t('open.filter'),
      select(
        'status',
        tr.t('petition.status'),
        OPEN_PETITION_STATUSES.map((s) => ({ value: s, label: tr.m(`petition.status.${s}`, s) })),
      ),
      select('agency', tr.t('petition.agency'), agencyOptions(ref)),
      select('field', tr.t('petition.field'), fieldOptions(tr, ref)),
      select('commune', tr.t('petition.commune'), councilCommuneOptions(ref, councilId)),
      select('overdue', tr.t('open.overdue'), [{ value: 'true', label: tr.t('open.overdueOnly') }]),
    );
    const list = pagedList(ctx, {
      label: tr.t('open.title'),
      load: (cursor) => ctx.api.desk.openPetitions(councilId, filters, { cursor }),
      render: (items) => withCheckboxes(tr, petitionList(tr, items, ref), items),
    });
    const outcome = h('div', { id: 'bulk-outcome' });
    const bulkForm = staffForm(
      { id: 'bulk-route', class: 'bulk' },
      h('h2', {}, tr.t('bulk.routeTitle')),
      field({
        name: 'agencyId',
        label: tr.t('petition.agency'),
        type: 'select',
        required: true,
        placeholder: tr.t('app.choose'),
        options: agencyOptions(ref),
      }),
      field({ name: 'reason', label: tr.t('bulk.reason'), type: 'textarea', rows: 2 }),
      h('button', { type: 'submit', class: 'button' }, tr.t('bulk.route')),
    );
    bulkForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const items = pickedItems(list.element);
      if (items.length === 0) return ctx.announce(tr.t('bulk.noneSelected'), 'error');
      const body = { action: 'route', items, ...formBody(bulkForm) };
      const saved = await submitForm(ctx, bulkForm, async () => {
        const result = await ctx.api.desk.bulk(body);
        replace(outcome, bulkOutcome(tr, result));
      });
      if (saved) {
        ctx.announce(tr.t('bulk.finished'));
        await list.reload();
      }
    });
    replace(
      ctx.main,
      ctx.heading('open.title'),
      h('p', { class: 'lead' }, tr.t('open.lead')),
      filtersForm,
      list.element,
      bulkForm,
      outcome,
    );
    await list.reload();
  },
};
