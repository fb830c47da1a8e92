/**
 * /quan-ly/nhap-kien-nghi/: the secretariat enters what voters raised at one meeting, many
 * petitions at once (POST /v1/councils/{id}/petitions/batch). The API checks them all
 * before writing any; its errors name "petitions.N.field" and land beside that field.
 */
import type { Meeting } from '../../../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { meetingsApi } from '../api/meetings-api.ts';
import type { Reference } from '../api/reference.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import type { Translator } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { rowActions, secondaryButton, submitButton } from '../ui/buttons.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { formBody, requiredChoice } from '../ui/form.ts';
import { dateOf } from '../ui/format.ts';
import { submitForm } from '../ui/submit.ts';
import { subjectFields, submitterFields } from './petition-entry-fields.ts';

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
    submitterFields(tr, ref, name),
    subjectFields(tr, ref, 5, name),
    onRemove ? secondaryButton(tr.t('entry.remove', { n: n + 1 }), onRemove) : null,
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
    requiredChoice(tr, {
      name: 'meetingId',
      label: tr.t('entry.meeting'),
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

export const entryScreen = defineScreen({
  title: 'entry.title',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
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
});
