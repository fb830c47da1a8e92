/**
 * /quan-ly/nghi-quyet/sua/[?id=][&session=]: record a resolution, or edit one. The older
 * resolutions it amends or repeals are picked from the council's own; the API rewrites their
 * status in the same transaction. An edit carries the version read: a 409 reloads the form.
 */
import type { Resolution, SessionAgenda } from '../../../../shared/schemas/index.ts';
import type { Reference } from '../api/reference.ts';
import { type Draft, resolutionsApi } from '../api/resolutions-api.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { saveAndBack } from '../ui/buttons.ts';
import { h } from '../ui/dom.ts';
import { checkboxes, field, formBody, staffForm } from '../ui/form.ts';
import { recordDocumentsSection } from '../ui/record-documents-section.ts';
import { agendaItemField, agendaItemsOf } from './agenda-item-field.ts';
import { showVersionedForm } from './versioned-form.ts';

type Ctx = ContextOf<'secretariat'>;

function resolutionForm(
  ctx: Ctx,
  ref: Reference,
  r: Resolution | undefined,
  others: readonly Resolution[],
  sessionId: string | undefined,
  agenda: SessionAgenda['items'],
): HTMLFormElement {
  const { tr } = ctx;
  const council = ref.councils.find((c) => c.id === ctx.session.user.councilId);
  const older = others
    .filter((o) => o.id !== r?.id)
    .map((o) => ({ value: o.id, label: `${o.number}: ${o.title}` }));
  const vote = (name: 'for' | 'against' | 'abstaining' | 'inOffice') =>
    field({
      name: `vote.${name}`,
      label: tr.t(`resolutionForm.vote.${name}`),
      type: 'number',
      required: true,
      min: 0,
      value: r?.vote[name],
    });
  return staffForm(
    {},
    field({
      name: 'number',
      label: tr.t('resolutionForm.number'),
      required: true,
      hint: tr.t('resolutionForm.numberHint'),
      value: r?.number,
    }),
    field({ name: 'title', label: tr.t('resolutionForm.title'), required: true, value: r?.title }),
    field({
      name: 'adoptedOn',
      label: tr.t('resolutionForm.adoptedOn'),
      type: 'date',
      required: true,
      value: r?.adoptedOn,
    }),
    field({
      name: 'sessionId',
      label: tr.t('resolutions.session'),
      type: 'select',
      placeholder: tr.t('app.none'),
      options: (council?.sessions ?? []).map((s) => ({ value: s.id, label: s.name })),
      value: r ? r.sessionId : sessionId,
    }),
    agendaItemField(tr, agenda, r?.agendaItemId),
    h(
      'fieldset',
      { class: 'field' },
      h('legend', {}, tr.t('resolutions.vote')),
      vote('for'),
      vote('against'),
      vote('abstaining'),
      vote('inOffice'),
    ),
    checkboxes(
      'fieldIds',
      tr.t('resolutionForm.fields'),
      ref.fields.map((f) => ({ value: f.id, label: (tr.locale === 'en' && f.nameEn) || f.name })),
      r?.fieldIds,
    ),
    field({
      name: 'effectiveOn',
      label: tr.t('resolutionForm.effectiveOn'),
      type: 'date',
      value: r?.effectiveOn,
    }),
    field({
      name: 'agencyId',
      label: tr.t('resolutionForm.agency'),
      type: 'select',
      placeholder: tr.t('app.none'),
      options: ref.agencies.map((a) => ({ value: a.id, label: a.name })),
      value: r?.agencyId,
    }),
    field({
      name: 'summary',
      label: tr.t('resolutionForm.summary'),
      type: 'textarea',
      required: true,
      rows: 5,
      value: r?.summary,
    }),
    field({
      name: 'signedTextUrl',
      label: tr.t('resolutionForm.signedTextUrl'),
      hint: tr.t('resolutionForm.signedTextUrlHint'),
      value: r?.signedTextUrl,
    }),
    older.length > 0 ? checkboxes('amends', tr.t('resolutionForm.amends'), older, r?.amends) : null,
    older.length > 0 ? checkboxes('repeals', tr.t('resolutionForm.repeals'), older, r?.repeals) : null,
    saveAndBack(tr, consolePaths.resolutions(r?.sessionId ?? sessionId)),
  );
}

/** The body the API expects: in an edit, emptied optional fields are removed (null), unticked lists sent empty. */
export function resolutionDraftOf(body: Draft, r: Resolution | undefined, councilId: string): Draft {
  if (!r) return { ...body, councilId };
  const draft: Draft = { ...body, version: r.version };
  for (const clearable of ['sessionId', 'agendaItemId', 'effectiveOn', 'agencyId', 'signedTextUrl'])
    if (!(clearable in draft)) draft[clearable] = null;
  for (const list of ['amends', 'repeals']) if (!(list in draft)) draft[list] = [];
  return draft;
}

export const resolutionFormScreen = defineScreen({
  title: 'resolutionForm.titleNew',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
    const api = resolutionsApi(ctx.client);
    const id = ctx.params.get('id');
    const sessionId = ctx.params.get('session') ?? undefined;
    const ref = await ctx.reference();
    await showVersionedForm(ctx, async () => {
      const [current, others] = await Promise.all([
        id ? api.get(id).then((a) => a.resolution) : Promise.resolve(undefined),
        api.list(councilId).then((p) => p.items),
      ]);
      const agenda = await agendaItemsOf(api, current ? current.sessionId : sessionId);
      const form = resolutionForm(ctx, ref, current, others, sessionId, agenda);
      return {
        title: current ? 'resolutionForm.titleEdit' : 'resolutionForm.titleNew',
        lead: current && `${current.number}: ${current.title}`,
        form,
        // The signed text, once the resolution is recorded.
        below: current ? await recordDocumentsSection(ctx, 'resolution', current.id) : null,
        // A stale version reloads the form; a taken number stays in it, shown above the fields.
        save: async () => {
          const draft = resolutionDraftOf(formBody(form), current, councilId);
          return current
            ? (await api.edit(current.id, draft)).resolution
            : (await api.create(draft)).resolution;
        },
        saved: (saved) => ({
          message: tr.t('resolutionForm.saved', { number: saved.number }),
          next: consolePaths.resolutions(saved.sessionId),
        }),
      };
    });
  },
});
