/**
 * The agenda editor of a session: its items in order (title, kind, presenting body,
 * documents as links, open for views until a day), added and removed in the page and saved
 * as one, conditional on the agenda's version (a stale save is the API's 409, shown above).
 */
import type { AgendaItem, SessionAgenda } from '../../../../shared/schemas/index.ts';
import { AGENDA_ITEM_KINDS } from '../../../../shared/vocabulary.ts';
import type { Reference } from '../api/reference.ts';
import type { SessionsApi } from '../api/sessions-api.ts';
import { flash } from '../app.ts';
import type { ConsoleContext } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { checkbox, field, formBody, vocabularySelect } from '../ui/form.ts';
import { submitForm } from '../ui/submit.ts';

type Draft = Partial<Omit<AgendaItem, 'documents'>> & { documents?: string };

const documentsText = (item: AgendaItem) => item.documents.map((d) => `${d.title} | ${d.url}`).join('\n');

/** "title | url" lines back into documents; a line without "|" is a link titled by itself. */
function documentsOf(text: unknown): { title: string; url: string }[] {
  if (typeof text !== 'string') return [];
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|');
      return bar < 0
        ? { title: line, url: line }
        : { title: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
    });
}

export function agendaSection(
  ctx: ConsoleContext,
  api: SessionsApi,
  ref: Reference,
  sessionId: string,
  agenda: SessionAgenda,
): HTMLElement {
  const { tr } = ctx;
  let drafts: Draft[] = agenda.items.map((i) => ({ ...i, documents: documentsText(i) }));
  const list = h('div', {});
  const form = h('form', { novalidate: true, id: 'agenda', 'aria-labelledby': 'agenda-title' });

  const read = (): Draft[] => ((formBody(form).items as Draft[] | undefined) ?? []).map((d) => d ?? {});
  const draw = () => {
    replace(
      list,
      drafts.map((d, i) =>
        h(
          'fieldset',
          { class: 'card', id: `item-${i + 1}` },
          h('legend', {}, tr.t('session.item', { n: i + 1 })),
          d.id ? h('input', { type: 'hidden', name: `items.${i}.id`, value: d.id }) : null,
          field({
            name: `items.${i}.title`,
            label: tr.t('session.itemTitle'),
            required: true,
            value: d.title,
          }),
          vocabularySelect(
            {
              name: `items.${i}.kind`,
              label: tr.t('session.itemKind'),
              required: true,
              value: d.kind ?? 'report',
            },
            AGENDA_ITEM_KINDS,
            (k) => tr.m(`agendaItem.kind.${k}`),
          ),
          field({
            name: `items.${i}.presentingBodyId`,
            label: tr.t('session.presentingBody'),
            type: 'select',
            placeholder: tr.t('app.none'),
            value: d.presentingBodyId ?? '',
            options: ref.agencies.map((a) => ({ value: a.id, label: a.name })),
          }),
          field({
            name: `items.${i}.documents`,
            label: tr.t('session.documents'),
            type: 'textarea',
            rows: 3,
            value: d.documents,
          }),
          checkbox(`items.${i}.viewsOpen`, tr.t('session.viewsOpen'), d.viewsOpen ?? false),
          field({
            name: `items.${i}.viewsUntil`,
            label: tr.t('session.viewsUntil'),
            type: 'date',
            value: d.viewsUntil,
          }),
          h(
            'button',
            {
              type: 'button',
              class: 'button secondary',
              onclick: () => {
                drafts = read().filter((_, j) => j !== i);
                draw();
              },
            },
            tr.t('session.removeItem', { n: i + 1 }),
          ),
        ),
      ),
    );
  };
  draw();
  const add = h(
    'button',
    {
      type: 'button',
      class: 'button secondary',
      onclick: () => {
        drafts = [...read(), {}];
        draw();
        list.querySelector<HTMLInputElement>(`#item-${drafts.length} input`)?.focus();
      },
    },
    tr.t('session.addItem'),
  );
  replace(
    form,
    h('h2', { id: 'agenda-title' }, tr.t('session.agenda')),
    list,
    h('p', {}, add),
    h('button', { type: 'submit', class: 'button' }, tr.t('session.saveAgenda')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const items = read().map((d) => ({ ...d, documents: documentsOf(d.documents) }));
    const ok = await submitForm(
      ctx,
      form,
      async () => void (await api.saveAgenda(sessionId, { items, version: agenda.version })),
    );
    if (ok) {
      flash(tr.t('session.agendaSaved'));
      location.reload();
    }
  });
  return form;
}
