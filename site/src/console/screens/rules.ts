/**
 * /quan-ly/quy-tac/: the council's competence matrix — field × locality × level → agency —
 * as paged cards, with one form to add a rule or edit the one chosen.
 */
import type { RoutingRule, RoutingRuleInput } from '../../../../shared/schemas/index.ts';
import { fieldName, nameOf } from '../api/reference.ts';
import { defineScreen } from '../context.ts';
import { saveOrCancel } from '../ui/buttons.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { field, formBody, requiredChoice, staffForm } from '../ui/form.ts';
import { pagedRecordCards } from '../ui/record-cards.ts';
import { submitForm } from '../ui/submit.ts';
import { agencyOptions, fieldOptions, levelOptions, unitOptions } from './reference-options.ts';

export const rulesScreen = defineScreen({
  title: 'rules.title',
  roles: ['secretariat'],
  async render(ctx, { tr, api, councilId }) {
    const ref = await ctx.reference();
    const { items: agencies } = await api.agencies();
    const agencyRef = { ...ref, agencies };
    let rules: RoutingRule[] = (await api.routingRules(councilId)).items;
    const formPlace = h('section', { class: 'card', 'aria-labelledby': 'rule-form-heading' });
    const any = tr.t('app.any');

    const list = pagedRecordCards(ctx, {
      label: tr.t('rules.title'),
      records: () => rules,
      card: (r) => ({
        title: `${r.fieldId ? fieldName(ref.fields, r.fieldId, tr.locale) : any} → ${nameOf(agencies, r.agencyId)}`,
        rows: [
          [tr.t('rules.field'), r.fieldId ? fieldName(ref.fields, r.fieldId, tr.locale) : any],
          [tr.t('rules.unit'), r.unitId ? nameOf(ref.units, r.unitId) : any],
          [tr.t('rules.level'), r.level ? tr.t(`level.${r.level}`) : any],
          [tr.t('rules.agency'), nameOf(agencies, r.agencyId)],
          [tr.t('rules.priority'), String(r.priority)],
        ],
      }),
      onEdit: (r) => showForm(r),
    });

    function showForm(rule?: RoutingRule): void {
      const heading = h('h2', { id: 'rule-form-heading' }, rule ? tr.t('app.edit') : tr.t('rules.new'));
      const form = staffForm(
        {},
        field({
          name: 'fieldId',
          label: tr.t('rules.field'),
          type: 'select',
          placeholder: any,
          options: fieldOptions(tr, ref),
          value: rule?.fieldId,
        }),
        field({
          name: 'unitId',
          label: tr.t('rules.unit'),
          type: 'select',
          placeholder: any,
          options: unitOptions(tr, ref),
          value: rule?.unitId,
        }),
        field({
          name: 'level',
          label: tr.t('rules.level'),
          type: 'select',
          placeholder: any,
          options: levelOptions(tr),
          value: rule?.level,
        }),
        requiredChoice(tr, {
          name: 'agencyId',
          label: tr.t('rules.agency'),
          options: agencyOptions(agencyRef),
          value: rule?.agencyId,
        }),
        field({
          name: 'priority',
          label: tr.t('rules.priority'),
          type: 'number',
          min: 0,
          max: 1000,
          value: rule?.priority ?? 0,
        }),
        saveOrCancel(tr, rule !== undefined, () => showForm()),
      );
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const body = formBody(form) as Omit<RoutingRuleInput, 'id'>;
        const saved = await submitForm(ctx, form, async () => {
          if (rule) await api.updateRule(councilId, rule.id, body);
          else await api.createRule(councilId, body);
        });
        if (!saved) return;
        rules = (await api.routingRules(councilId)).items;
        await list.reload();
        showForm();
        ctx.announce(tr.t('rules.saved'));
      });
      replace(formPlace, heading, form);
      if (rule) focusElement(heading);
    }

    replace(
      ctx.main,
      ctx.heading('rules.title'),
      h('p', { class: 'lead' }, tr.t('rules.lead')),
      list.element,
      formPlace,
    );
    showForm();
    await list.reload();
  },
});
