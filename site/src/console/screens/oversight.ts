/**
 * /quan-ly/giam-sat/: the secretariat's oversight — the council's activities of a year (each
 * opens to its items), a form to plan an activity, and one to add a follow-up item from an
 * interpellation's commitment or a resolution's implementation (by their id and title).
 */
import { FOLLOW_UP_SOURCES, OVERSIGHT_CONDUCTORS, OVERSIGHT_KINDS } from '../../../../shared/vocabulary.ts';
import { oversightApi } from '../api/oversight-api.ts';
import type { Reference } from '../api/reference.ts';
import { defineScreen } from '../context.ts';
import type { Translator } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { h, replace } from '../ui/dom.ts';
import { followUpList } from '../ui/follow-up-list.ts';
import { field, filterForm, formBody, staffForm, vocabularySelect } from '../ui/form.ts';
import { calendarDateOf } from '../ui/format.ts';
import { cardList, listOrNone } from '../ui/lists.ts';
import { submitForm } from '../ui/submit.ts';

export const oversightScreen = defineScreen({
  title: 'oversight.title',
  roles: ['secretariat', 'admin'],
  async render(ctx, { tr }) {
    const api = oversightApi(ctx.client);
    const ref = await ctx.reference();
    const councilId =
      ctx.session.user.role === 'secretariat'
        ? ctx.session.user.councilId
        : (ctx.params.get('hd') ?? 'luc-ngan');
    const year = Number(ctx.params.get('nam') ?? new Date().getFullYear());
    const { items } = await api.activities(councilId, year);

    const list = listOrNone(items, tr.t('list.empty'), (activities) =>
      cardList('list', activities, (a) => [
        h('h3', {}, h('a', { href: consolePaths.oversightActivity(a.id) }, a.title)),
        h(
          'p',
          { class: 'meta' },
          `${tr.m(`oversight.kind.${a.kind}`, a.kind)} · ${calendarDateOf(tr, a.startsOn)} · ${tr.m(`oversight.status.${a.status}`, a.status)}`,
        ),
      ]),
    );
    const yearForm = filterForm(
      { class: 'filter', method: 'get' },
      tr.t('oversight.show'),
      field({
        name: 'nam',
        label: tr.t('oversight.year'),
        type: 'number',
        value: year,
        min: 2000,
        max: 2100,
      }),
    );

    const plan = staffForm(
      { 'aria-labelledby': 'plan-heading' },
      vocabularySelect({ name: 'kind', label: tr.t('oversight.kind') }, OVERSIGHT_KINDS, (k) =>
        tr.m(`oversight.kind.${k}`, k),
      ),
      vocabularySelect(
        { name: 'conductedBy.type', label: tr.t('oversight.conductedBy') },
        OVERSIGHT_CONDUCTORS,
        (k) => tr.m(`oversight.conductor.${k}`, k),
      ),
      field({
        name: 'conductedBy.groupId',
        label: tr.t('oversight.group'),
        type: 'select',
        placeholder: '—',
        options: (ref.councils.find((c) => c.id === councilId)?.electoralUnits ?? [])
          .flatMap((e) => e.groups)
          .map((g) => ({ value: g.id, label: g.name })),
      }),
      field({ name: 'title', label: tr.t('oversight.activityTitle'), required: true }),
      field({ name: 'subject', label: tr.t('oversight.subject'), type: 'textarea', rows: 3, required: true }),
      field({ name: 'startsOn', label: tr.t('oversight.startsOn'), type: 'date', required: true }),
      field({ name: 'endsOn', label: tr.t('oversight.endsOn'), type: 'date' }),
      h('button', { type: 'submit', class: 'button' }, tr.t('oversight.plan')),
    );
    plan.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = { ...formBody(plan), councilId };
      void submitForm(ctx, plan, async () => {
        const { activity } = await api.createActivity(body);
        location.assign(consolePaths.oversightActivity(activity.id));
      });
    });

    const added = h('div', {});
    const addItem = staffForm(
      { 'aria-labelledby': 'source-heading' },
      field({
        name: 'source.kind',
        label: tr.t('oversight.sourceKind'),
        type: 'select',
        options: FOLLOW_UP_SOURCES.filter((s) => s !== 'activity').map((s) => ({
          value: s,
          label: tr.m(`followUp.source.${s}`, s),
        })),
      }),
      field({
        name: 'source.id',
        label: tr.t('oversight.sourceId'),
        required: true,
        hint: 'luc-ngan-kh9-cv-1',
      }),
      field({ name: 'source.title', label: tr.t('oversight.sourceTitle'), required: true }),
      ...itemFields(ctx, ref),
      h('button', { type: 'submit', class: 'button' }, tr.t('oversight.addItem')),
    );
    addItem.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = formBody(addItem);
      void submitForm(ctx, addItem, async () => {
        await api.createItem(councilId, body);
        const source = body.source as { kind: string; id: string };
        const { items: ofSource } = await api.sourceItems(councilId, source.kind, source.id);
        replace(added, followUpList(tr, ofSource, ref));
        ctx.announce(tr.t('oversight.itemAdded'), 'ok');
      });
    });

    replace(
      ctx.main,
      ctx.heading('oversight.title'),
      yearForm,
      h('h2', {}, tr.t('oversight.activities', { year })),
      list,
      h('section', { class: 'card' }, h('h2', { id: 'plan-heading' }, tr.t('oversight.planTitle')), plan),
      h(
        'section',
        { class: 'card' },
        h('h2', { id: 'source-heading' }, tr.t('oversight.otherSourceTitle')),
        addItem,
        added,
      ),
    );
  },
});

/** The fields of a new item: its text, the body responsible, the deadline, the commune it concerns. */
export function itemFields(ctx: { tr: Translator }, ref: Reference) {
  const { tr } = ctx;
  return [
    field({ name: 'text', label: tr.t('oversight.itemText'), type: 'textarea', rows: 3, required: true }),
    field({
      name: 'agencyId',
      label: tr.t('oversight.agency'),
      type: 'select',
      required: true,
      placeholder: '—',
      options: ref.agencies.map((a) => ({ value: a.id, label: a.name })),
    }),
    field({ name: 'deadline', label: tr.t('oversight.deadline'), type: 'date', required: true }),
    field({
      name: 'communeId',
      label: tr.t('oversight.commune'),
      type: 'select',
      placeholder: '—',
      options: ref.units.filter((u) => u.type === 'commune').map((u) => ({ value: u.id, label: u.name })),
    }),
  ];
}
