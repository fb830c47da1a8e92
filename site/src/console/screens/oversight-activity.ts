/**
 * /quan-ly/giam-sat/hoat-dong/?id=: one oversight activity and the follow-up items the user
 * may see; the secretariat records its conclusion and adds items from it.
 */
import { STAFF_ROLES } from '../../../../shared/vocabulary.ts';
import { oversightApi } from '../api/oversight-api.ts';
import { nameOf } from '../api/reference.ts';
import { defineScreen } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { followUpList } from '../ui/follow-up-list.ts';
import { field, formBody, staffForm } from '../ui/form.ts';
import { calendarDateOf, facts } from '../ui/format.ts';
import { submitForm } from '../ui/submit.ts';
import { itemFields } from './oversight.ts';

export const oversightActivityScreen = defineScreen({
  title: 'oversight.activity',
  roles: STAFF_ROLES,
  async render(ctx, { tr }) {
    const api = oversightApi(ctx.client);
    const id = ctx.params.get('id') ?? '';
    const [{ activity, items }, ref] = await Promise.all([api.activity(id), ctx.reference()]);
    const manages =
      ctx.session.user.role === 'admin' ||
      (ctx.session.user.role === 'secretariat' && ctx.session.user.councilId === activity.councilId);
    const itemsBox = h('div', {}, followUpList(tr, items, ref));
    const sections: Node[] = [];

    if (manages) {
      const conclusion = staffForm(
        { 'aria-labelledby': 'conclusion-heading' },
        field({
          name: 'conclusion.documentNumber',
          label: tr.t('oversight.documentNumber'),
          required: true,
          value: activity.conclusion?.documentNumber,
        }),
        field({
          name: 'conclusion.documentDate',
          label: tr.t('oversight.documentDate'),
          type: 'date',
          required: true,
          value: activity.conclusion?.documentDate,
        }),
        field({
          name: 'conclusion.summary',
          label: tr.t('oversight.summary'),
          type: 'textarea',
          rows: 3,
          value: activity.conclusion?.summary,
        }),
        h('button', { type: 'submit', class: 'button' }, tr.t('oversight.conclude')),
      );
      conclusion.addEventListener('submit', (event) => {
        event.preventDefault();
        const body = { ...formBody(conclusion), status: 'concluded', sequence: activity.sequence };
        void submitForm(ctx, conclusion, async () => {
          await api.editActivity(activity.id, body);
          location.reload();
        });
      });
      const addItem = staffForm(
        { 'aria-labelledby': 'item-heading' },
        ...itemFields(ctx, ref),
        h('button', { type: 'submit', class: 'button' }, tr.t('oversight.addItem')),
      );
      addItem.addEventListener('submit', (event) => {
        event.preventDefault();
        const body = {
          ...formBody(addItem),
          source: { kind: 'activity', id: activity.id, title: activity.title },
        };
        void submitForm(ctx, addItem, async () => {
          await api.createItem(activity.councilId, body);
          replace(itemsBox, followUpList(tr, (await api.activity(activity.id)).items, ref));
          addItem.reset();
          ctx.announce(tr.t('oversight.itemAdded'), 'ok');
        });
      });
      sections.push(
        h(
          'section',
          { class: 'card' },
          h('h2', { id: 'conclusion-heading' }, tr.t('oversight.conclusion')),
          conclusion,
        ),
        h('section', { class: 'card' }, h('h2', { id: 'item-heading' }, tr.t('oversight.addItem')), addItem),
      );
    }

    const heading = ctx.heading('oversight.activity');
    heading.textContent = activity.title;
    document.title = `${activity.title} – ${tr.t('app.name')}`;
    replace(
      ctx.main,
      heading,
      facts([
        [tr.t('oversight.kind'), tr.m(`oversight.kind.${activity.kind}`, activity.kind)],
        [
          tr.t('oversight.conductedBy'),
          activity.conductedBy.name ?? tr.m(`oversight.conductor.${activity.conductedBy.type}`),
        ],
        [tr.t('oversight.status'), tr.m(`oversight.status.${activity.status}`, activity.status)],
        [tr.t('oversight.startsOn'), calendarDateOf(tr, activity.startsOn)],
        [tr.t('oversight.supervised'), activity.agencyIds.map((a) => nameOf(ref.agencies, a)).join('; ')],
        [tr.t('oversight.subject'), activity.subject],
        [
          tr.t('oversight.conclusion'),
          activity.conclusion
            ? `${activity.conclusion.documentNumber} (${calendarDateOf(tr, activity.conclusion.documentDate)})`
            : undefined,
        ],
      ]),
      h('h2', {}, tr.t('oversight.items')),
      itemsBox,
      sections,
    );
  },
});
