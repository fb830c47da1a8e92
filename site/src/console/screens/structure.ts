/**
 * /quan-ly/co-cau/: the council's structure its meetings and delegates' lists stand on —
 * electoral units (their communes), delegate groups (their unit) and delegates — added and
 * edited by the secretariat (GET/POST/PUT /v1/councils/{id}/electoral-units | groups |
 * delegates). Sessions are edited on their own screen, not here.
 */
import type { Delegate, DelegateGroup, ElectoralUnit } from '../../../../shared/schemas/index.ts';
import type { Reference } from '../api/reference.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import type { LabelKey } from '../i18n/index.ts';
import { h, replace } from '../ui/dom.ts';
import { checkboxes, field, formBody, requiredChoice, staffForm } from '../ui/form.ts';
import { submitForm } from '../ui/submit.ts';
import { councilCommuneOptions } from './reference-options.ts';

type Ctx = ContextOf<'secretariat'>;
type Kind = 'electoral-units' | 'groups' | 'delegates';
interface Lists {
  units: ElectoralUnit[];
  groups: DelegateGroup[];
  delegates: Delegate[];
}

function fieldsOf(
  ctx: Ctx,
  ref: Reference,
  lists: Lists,
  kind: Kind,
  record?: Record<string, unknown>,
): Node[] {
  const { tr } = ctx;
  const value = (name: string) => record?.[name] as string | number | undefined;
  switch (kind) {
    case 'electoral-units':
      return [
        field({
          name: 'number',
          label: tr.t('structure.number'),
          type: 'number',
          required: true,
          min: 1,
          max: 999,
          value: value('number'),
        }),
        field({ name: 'name', label: tr.t('structure.name'), required: true, value: value('name') }),
        checkboxes(
          'communeIds',
          tr.t('structure.communes'),
          councilCommuneOptions(ref, ctx.session.user.councilId),
          (record?.communeIds as string[] | undefined) ?? [],
        ),
      ];
    case 'groups':
      return [
        field({ name: 'name', label: tr.t('structure.name'), required: true, value: value('name') }),
        requiredChoice(tr, {
          name: 'electoralUnitId',
          label: tr.t('structure.electoralUnit'),
          options: lists.units.map((u) => ({ value: u.id, label: `${u.number}. ${u.name}` })),
          value: value('electoralUnitId'),
        }),
      ];
    case 'delegates':
      return [
        field({ name: 'name', label: tr.t('structure.delegateName'), required: true, value: value('name') }),
        requiredChoice(tr, {
          name: 'groupId',
          label: tr.t('structure.group'),
          options: lists.groups.map((g) => ({ value: g.id, label: g.name })),
          value: value('groupId'),
        }),
        field({ name: 'title', label: tr.t('structure.office'), value: value('title') }),
        field({ name: 'email', label: tr.t('structure.email'), type: 'email', value: value('email') }),
      ];
  }
}

function recordForm(
  ctx: Ctx,
  ref: Reference,
  lists: Lists,
  kind: Kind,
  record: { id: string } | undefined,
  redraw: () => Promise<void>,
) {
  const { tr } = ctx;
  const councilId = ctx.session.user.councilId;
  const path = `/v1/councils/${encodeURIComponent(councilId)}/${kind}`;
  const form = staffForm(
    { id: record ? `${kind}-${record.id}` : `${kind}-new` },
    fieldsOf(ctx, ref, lists, kind, record as Record<string, unknown> | undefined),
    h('button', { type: 'submit', class: 'button' }, record ? tr.t('app.save') : tr.t('structure.add')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = formBody(form);
    const run = async () => {
      if (record) await ctx.client.put(`${path}/${encodeURIComponent(record.id)}`, body);
      else await ctx.client.post(path, body);
    };
    if (await submitForm(ctx, form, run)) {
      // "Saved" once the lists are drawn again: until then the page still shows the old forms.
      await redraw();
      ctx.announce(tr.t('structure.saved'));
    }
  });
  return form;
}

const SECTIONS: { kind: Kind; title: LabelKey; list: keyof Lists; label: (r: never) => string }[] = [
  {
    kind: 'electoral-units',
    title: 'structure.units',
    list: 'units',
    label: (u: ElectoralUnit) => `${u.number}. ${u.name}`,
  },
  { kind: 'groups', title: 'structure.groups', list: 'groups', label: (g: DelegateGroup) => g.name },
  { kind: 'delegates', title: 'structure.delegates', list: 'delegates', label: (d: Delegate) => d.name },
];

export const structureScreen = defineScreen({
  title: 'structure.title',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
    const { client } = ctx;
    const base = `/v1/councils/${encodeURIComponent(councilId)}`;
    const [ref, units, groups, delegates] = await Promise.all([
      ctx.reference(),
      client.get<{ items: ElectoralUnit[] }>(`${base}/electoral-units`),
      client.get<{ items: DelegateGroup[] }>(`${base}/groups`),
      client.get<{ items: Delegate[] }>(`${base}/delegates`),
    ]);
    const lists: Lists = { units: units.items, groups: groups.items, delegates: delegates.items };
    const redraw = () => structureScreen.render(ctx).catch(ctx.fail);
    replace(
      ctx.main,
      ctx.heading('structure.title'),
      h('p', { class: 'lead' }, tr.t('structure.lead')),
      SECTIONS.map(({ kind, title, list, label }) =>
        h(
          'section',
          { 'aria-labelledby': `${kind}-title` },
          h('h2', { id: `${kind}-title` }, tr.t(title)),
          (lists[list] as { id: string }[]).map((r) =>
            h(
              'details',
              {},
              h('summary', {}, label(r as never)),
              recordForm(ctx, ref, lists, kind, r, redraw),
            ),
          ),
          h('h3', {}, tr.t('structure.new')),
          recordForm(ctx, ref, lists, kind, undefined, redraw),
        ),
      ),
    );
  },
});
