/**
 * /quan-ly/nghi-quyet/chat-van/?session=[&id=]: record an interpellation of a session (who
 * was questioned, on what) and the commitments made in answer, or edit one. A commitment
 * keeps its id across edits (a hidden field), since oversight follows it; a blank row is
 * left out. An edit carries the version read: a 409 reloads the form.
 */
import type { Interpellation } from '../../../../shared/schemas/index.ts';
import type { Reference } from '../api/reference.ts';
import { type Draft, resolutionsApi } from '../api/resolutions-api.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { saveAndBack } from '../ui/buttons.ts';
import { h } from '../ui/dom.ts';
import { field, formBody, staffForm } from '../ui/form.ts';
import { agendaItemField, agendaItemsOf } from './agenda-item-field.ts';
import { showVersionedForm } from './versioned-form.ts';

type Ctx = ContextOf<'secretariat'>;
type Commitment = Interpellation['commitments'][number];

function commitmentRow(ctx: Ctx, ref: Reference, index: number, c?: Commitment): HTMLElement {
  const { tr } = ctx;
  return h(
    'fieldset',
    { class: 'field commitment' },
    h('legend', {}, tr.t('interpellationForm.commitment', { n: index + 1 })),
    c ? h('input', { type: 'hidden', name: `commitments.${index}.id`, value: c.id }) : null,
    field({
      name: `commitments.${index}.text`,
      label: tr.t('interpellationForm.commitmentText'),
      type: 'textarea',
      rows: 2,
      value: c?.text,
    }),
    field({
      name: `commitments.${index}.agencyId`,
      label: tr.t('interpellationForm.agency'),
      type: 'select',
      placeholder: tr.t('app.choose'),
      options: ref.agencies.map((a) => ({ value: a.id, label: a.name })),
      value: c?.agencyId,
    }),
    field({
      name: `commitments.${index}.deadline`,
      label: tr.t('interpellationForm.deadline'),
      type: 'date',
      value: c?.deadline,
    }),
  );
}

/** Leaves out rows where nothing was typed, and numbers the others 0, 1, 2… so error paths find them. */
function compactRows(form: HTMLFormElement): void {
  const rows = Array.from(form.querySelectorAll<HTMLFieldSetElement>('fieldset.commitment'));
  let n = 0;
  for (const row of rows) {
    const typed = Array.from(
      row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
        'textarea, select, input[type="date"]',
      ),
    ).some((control) => control.value.trim() !== '');
    if (!typed) {
      row.remove();
      continue;
    }
    for (const control of Array.from(row.querySelectorAll<HTMLInputElement>('[name^="commitments."]')))
      control.name = control.name.replace(/^commitments\.\d+\./, `commitments.${n}.`);
    for (const slot of Array.from(row.querySelectorAll<HTMLElement>('[data-field^="commitments."]')))
      slot.dataset.field = slot.dataset.field!.replace(/^commitments\.\d+\./, `commitments.${n}.`);
    n += 1;
  }
}

export function interpellationDraftOf(body: Draft, i: Interpellation | undefined, base: Draft): Draft {
  const draft: Draft = { ...body, commitments: body.commitments ?? [] };
  if (!i) return { ...draft, ...base };
  if (!('agendaItemId' in draft)) draft.agendaItemId = null;
  return { ...draft, version: i.version };
}

export const interpellationFormScreen = defineScreen({
  title: 'interpellationForm.titleNew',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
    const api = resolutionsApi(ctx.client);
    const id = ctx.params.get('id');
    const sessionId = ctx.params.get('session') ?? '';
    const ref = await ctx.reference();

    await showVersionedForm(ctx, async () => {
      const current = id ? (await api.getInterpellation(id)).interpellation : undefined;
      const agenda = await agendaItemsOf(api, current?.sessionId ?? sessionId);
      const rows = h('div', {}, [
        ...(current?.commitments ?? []).map((c, i) => commitmentRow(ctx, ref, i, c)),
        commitmentRow(ctx, ref, current?.commitments.length ?? 0),
      ]);
      const add = h(
        'button',
        { type: 'button', class: 'button secondary' },
        tr.t('interpellationForm.addCommitment'),
      );
      add.addEventListener('click', () => {
        const row = commitmentRow(ctx, ref, rows.children.length);
        rows.append(row);
        row.querySelector('textarea')?.focus();
      });
      const form = staffForm(
        {},
        field({
          name: 'respondent.name',
          label: tr.t('interpellationForm.respondentName'),
          required: true,
          value: current?.respondent.name,
        }),
        field({
          name: 'respondent.office',
          label: tr.t('interpellationForm.respondentOffice'),
          required: true,
          value: current?.respondent.office,
        }),
        field({
          name: 'topic',
          label: tr.t('interpellationForm.topic'),
          required: true,
          value: current?.topic,
        }),
        agendaItemField(tr, agenda, current?.agendaItemId),
        h('h2', {}, tr.t('interpellationForm.commitments')),
        rows,
        h('p', {}, add),
        saveAndBack(tr, consolePaths.resolutions(current?.sessionId ?? sessionId)),
      );
      return {
        title: current ? 'interpellationForm.titleEdit' : 'interpellationForm.titleNew',
        lead: current?.topic,
        form,
        save: async () => {
          compactRows(form);
          const draft = interpellationDraftOf(formBody(form), current, { councilId, sessionId });
          return current
            ? (await api.editInterpellation(current.id, draft)).interpellation
            : (await api.createInterpellation(draft)).interpellation;
        },
        saved: (saved) => ({
          message: tr.t('interpellationForm.saved'),
          next: consolePaths.resolutions(saved.sessionId),
        }),
      };
    });
  },
});
