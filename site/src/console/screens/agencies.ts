/**
 * /quan-ly/co-quan/: the competent bodies — paged cards, and one form to add an agency
 * or edit the one chosen. The API lets a secretariat manage those within its territory.
 */
import type { Agency } from '../../../../shared/schemas/index.ts';
import { forgetReference, nameOf } from '../api/reference.ts';
import { type ConsoleContext, defineScreen } from '../context.ts';
import { saveOrCancel } from '../ui/buttons.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { field, formBody, requiredChoice, staffForm } from '../ui/form.ts';
import { pagedRecordCards } from '../ui/record-cards.ts';
import { submitForm } from '../ui/submit.ts';
import { levelOptions, unitOptions } from './reference-options.ts';

export const agenciesScreen = defineScreen({
  title: 'agencies.title',
  roles: ['secretariat', 'admin'],
  async render(ctx, { tr, api }) {
    const ref = await ctx.reference();
    let agencies: Agency[] = (await api.agencies()).items;
    const formPlace = h('section', { class: 'card', 'aria-labelledby': 'agency-form-heading' });

    const list = pagedRecordCards(ctx, {
      label: tr.t('agencies.title'),
      records: () => agencies,
      card: (a) => ({
        title: a.name,
        rows: [
          [tr.t('agencies.unit'), nameOf(ref.units, a.unitId)],
          [tr.t('agencies.level'), tr.t(`level.${a.level}`)],
          [tr.t('agencies.email'), a.email],
        ],
      }),
      onEdit: (a) => showForm(a),
    });

    function showForm(agency?: Agency): void {
      const heading = h(
        'h2',
        { id: 'agency-form-heading' },
        agency ? `${tr.t('app.edit')}: ${agency.name}` : tr.t('agencies.new'),
      );
      const form = staffForm(
        {},
        agency
          ? null
          : field({ name: 'id', label: tr.t('agencies.id'), hint: tr.t('agencies.idHint'), required: true }),
        field({ name: 'name', label: tr.t('agencies.name'), required: true, value: agency?.name }),
        requiredChoice(tr, {
          name: 'unitId',
          label: tr.t('agencies.unit'),
          options: unitOptions(tr, ref),
          value: agency?.unitId,
        }),
        requiredChoice(tr, {
          name: 'level',
          label: tr.t('agencies.level'),
          options: levelOptions(tr),
          value: agency?.level,
        }),
        field({ name: 'email', label: tr.t('agencies.email'), type: 'email', value: agency?.email }),
        saveOrCancel(tr, agency !== undefined, () => showForm()),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void saveAgency(ctx, form, agency, async () => {
          agencies = (await api.agencies()).items;
          await list.reload();
          showForm();
        });
      });
      replace(formPlace, heading, form);
      if (agency) focusElement(heading);
    }

    replace(ctx.main, ctx.heading('agencies.title'), list.element, formPlace);
    showForm();
    await list.reload();
  },
});

async function saveAgency(
  ctx: ConsoleContext,
  form: HTMLFormElement,
  existing: Agency | undefined,
  after: () => Promise<void>,
) {
  const body = formBody(form) as unknown as Agency;
  const saved = await submitForm(ctx, form, async () => {
    if (existing) {
      const { id: _, ...rest } = body;
      await ctx.api.updateAgency(existing.id, rest);
    } else {
      await ctx.api.createAgency(body);
    }
  });
  if (!saved) return;
  forgetReference(sessionStorage);
  await after();
  ctx.announce(ctx.tr.t('agencies.saved'));
}
