/**
 * /quan-ly/tat-ca/: every open petition of the secretariat's council, filtered by status,
 * body, field, commune and overdue (the filters travel in the address, so a view can be
 * shared), and routed several at a time.
 */
import { OPEN_PETITION_STATUSES } from '../../../../shared/vocabulary.ts';
import type { OpenFilters } from '../api/desk-api.ts';
import { defineScreen } from '../context.ts';
import { bulkForm, sendBulk, withCheckboxes } from '../ui/bulk-select.ts';
import { h, replace } from '../ui/dom.ts';
import { field, filterForm, formBody, requiredChoice } from '../ui/form.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { agencyOptions, councilCommuneOptions, fieldOptions } from './reference-options.ts';

const FILTERS = ['status', 'agency', 'field', 'commune', 'overdue'] as const;

export const openPetitionsScreen = defineScreen({
  title: 'open.title',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
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
    const routeForm = bulkForm(
      'bulk-route',
      tr.t('bulk.routeTitle'),
      requiredChoice(tr, {
        name: 'agencyId',
        label: tr.t('petition.agency'),
        options: agencyOptions(ref),
      }),
      field({ name: 'reason', label: tr.t('bulk.reason'), type: 'textarea', rows: 2 }),
      h('button', { type: 'submit', class: 'button' }, tr.t('bulk.route')),
    );
    routeForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = { action: 'route', ...formBody(routeForm) };
      void sendBulk(ctx, routeForm, { list: list.element, body, outcome }, list.reload);
    });
    replace(
      ctx.main,
      ctx.heading('open.title'),
      h('p', { class: 'lead' }, tr.t('open.lead')),
      filtersForm,
      list.element,
      routeForm,
      outcome,
    );
    await list.reload();
  },
});
