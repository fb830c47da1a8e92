/**
 * /quan-ly/nhap-kien-nghi/: the secretariat enters what voters raised at one meeting, many
 * petitions at once (POST /v1/councils/{id}/petitions/batch). The API checks them all
 * before writing any; its errors name "petitions.N.field" and land beside that field.
 */
import type { Meeting } from '../../../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { meetingsApi } from '../api/meetings-api.ts';
import type { Reference } from '../api/reference.ts';
import type { ContextOf, Screen } from '../context.ts';
import type { Translator } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { rowActions, secondaryButton, submitButton } from '../ui/buttons.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { checkbox, field, formBody } from '../ui/form.ts';
import { dateOf } from '../ui/format.ts';
import { submitForm } from '../ui/submit.ts';
import { communeOptions, fieldOptions, unitOptions } from './reference-options.ts';

/** One petition's fields, named "petitions.N.…" as the batch schema expects. */
function petitionFields(
  tr: Translator,
  ref: Reference,
  n: number,
  onRemove: (() => void) | null,
): HTMLElement {
  const name = (path: string) => `petitions.${n}.${path}`;
  const legend = h('legend', { tabindex: '-1' }, tr.t('entry.item', { n: n + 1 }));
  return h(
    'fieldset',
    { class: 'entry-item' },
    legend,
    field({
      name: name('submitter.name'),
      label: tr.t('entry.submitterName'),
      required: true,
      autocomplete: 'off',
    }),
    field({
      name: name('submitter.phone'),
      label: tr.t('entry.submitterPhone'),
      type: 'tel',
      autocomplete: 'off',
    }),
    field({
      name: name('submitter.email'),
      label: tr.t('entry.submitterEmail'),
      type: 'email',
      autocomplete: 'off',
    }),
    field({ name: name('submitter.address'), label: tr.t('entry.submitterAddress'), required: true }),
    field({
      name: name('submitter.communeId'),
      label: tr.t('entry.submitterCommune'),
      type: 'select',
      required: true,
      placeholder: tr.t('app.choose'),
      options: communeOptions(tr, ref),
    }),
    field({
      name: name('fieldId'),
      label: tr.t('petition.field'),
      type: 'select',
      required: true,
      placeholder: tr.t('app.choose'),
      options: fieldOptions(tr, ref),
    }),
    field({
      name: name('localityId'),
      label: tr.t('petition.locality'),
      type: 'select',
      required: true,
      placeholder: tr.t('app.choose'),
      options: unitOptions(tr, ref),
    }),
    field({ name: name('title'), label: tr.t('petition.title'), required: true }),
    field({
      name: name('content'),
      label: tr.t('petition.content'),
      type: 'textarea',
      rows: 5,
      required: true,
    }),
    checkbox(name('consentToPublish'), tr.t('petition.consent'), true),
    onRemove
      ? h(
          'button',
          { type: 'button', class: 'button secondary', onclick: onRemove },
          tr.t('entry.remove', { n: n + 1 }),
        )
      : null,
  );
}

function entryForm(ctx: ContextOf<'secretariat'>, ref: Reference, meetings: Meeting[]): HTMLFormElement {
  const { tr } = ctx;
  const councilId = ctx.session.user.councilId;
  const items = h('div', { class: 'entry-items' });

  /** Redraws the petitions' fieldsets, keeping what was typed, after one is added or removed. */
  const redraw = (keep: Record<string, unknown>[], focus?: number) => {
    replace(
      items,
      keep.map((_, n) => petitionFields(tr, ref, n, keep.length > 1 ? () => remove(n) : null)),
    );
    for (const [n, values] of keep.entries()) restore(items, `petitions.${n}`, values);
    if (focus !== undefined) focusElement(items.querySelectorAll<HTMLElement>('legend')[focus]);
  };
  // Every petition has its consent checkbox, so each one is in the body even when empty.
  const current = () => (formBody(form).petitions as Record<string, unknown>[] | undefined) ?? [];
  const remove = (n: number) => {
    const kept = current().filter((_, i) => i !== n);
    redraw(kept, Math.min(n, kept.length - 1));
  };

  const form = h(
    'form',
    { novalidate: true },
    field({
      name: 'meetingId',
      label: tr.t('entry.meeting'),
      type: 'select',
      required: true,
      placeholder: tr.t('app.choose'),
      options: meetings.map((m) => ({ value: m.id, label: `${dateOf(tr, m.startsAt)} — ${m.title}` })),
    }),
    items,
    rowActions(
      secondaryButton(tr.t('entry.add'), () => {
        const kept = current();
        redraw([...kept, {}], kept.length);
      }),
      submitButton(tr.t('entry.submit')),
    ),
  );
  redraw([{}]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = formBody(form) as { meetingId?: string; petitions?: unknown[] };
    let codes: string[] = [];
    const saved = await submitForm(ctx, form, async () => {
      codes = (
        await ctx.api.enterPetitions(councilId, {
          meetingId: body.meetingId,
          petitions: body.petitions ?? [],
        })
      ).codes;
    });
    if (!saved) return;
    redraw([{}]);
    ctx.announce(tr.t('entry.done', { count: codes.length }));
    const done = document.getElementById('entered');
    if (done) {
      replace(
        done,
        h('h2', {}, tr.t('entry.entered')),
        h(
          'ul',
          {},
          codes.map((c) => h('li', {}, h('a', { href: consolePaths.petition(c) }, formatTrackingCode(c)))),
        ),
      );
    }
  });
  return form;
}

/** Puts typed values back into the redrawn fields of one petition. */
function restore(root: HTMLElement, prefix: string, values: Record<string, unknown>, path = prefix): void {
  for (const [key, value] of Object.entries(values)) {
    const name = `${path}.${key}`;
    if (value && typeof value === 'object') {
      restore(root, prefix, value as Record<string, unknown>, name);
      continue;
    }
    const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!control) continue;
    if (control.type === 'checkbox') control.checked = value === true;
    else control.value = String(value);
  }
}

export const entryScreen: Screen<'secretariat'> = {
  title: 'entry.title',
  roles: ['secretariat'],
  async render(ctx) {
    const { tr } = ctx;
    const councilId = ctx.session.user.councilId;
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const [ref, page] = await Promise.all([
      ctx.reference(),
      meetingsApi(ctx.client).list(councilId, { limit: 200, from: yearAgo }),
    ]);
    const meetings = page.items.filter((m) => m.status !== 'cancelled');
    replace(
      ctx.main,
      ctx.heading('entry.title'),
      h('p', { class: 'lead' }, tr.t('entry.lead')),
      meetings.length > 0
        ? entryForm(ctx, ref, meetings)
        : h('p', { class: 'notice' }, tr.t('entry.noMeetings')),
      h('section', { id: 'entered', 'aria-live': 'polite' }),
    );
  },
};
