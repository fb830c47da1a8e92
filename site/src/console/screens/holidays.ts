/**
 * /quan-ly/ngay-nghi/: the national holiday calendar that working-day deadlines skip, one
 * year at a time. Everyone reads it; the admin edits a year (days off, and the weekend days
 * worked in exchange) and saves it whole.
 */
import type { HolidayDay, HolidayYear } from '../../../../shared/schemas/index.ts';
import { HOLIDAY_KINDS, STAFF_ROLES } from '../../../../shared/vocabulary.ts';
import { type ConsoleContext, defineScreen } from '../context.ts';
import { rowActions, secondaryButton, submitButton } from '../ui/buttons.ts';
import { h, replace } from '../ui/dom.ts';
import { checkbox, field, formBody, staffForm, vocabularySelect } from '../ui/form.ts';
import { calendarDateOf } from '../ui/format.ts';
import { submitForm } from '../ui/submit.ts';

function dayFields(
  ctx: ConsoleContext,
  n: number,
  day: Partial<HolidayDay>,
  onRemove: () => void,
): HTMLElement {
  const { tr } = ctx;
  const name = (path: string) => `days.${n}.${path}`;
  return h(
    'fieldset',
    { class: 'entry-item holiday' },
    h('legend', {}, tr.t('holidays.day', { n: n + 1 })),
    field({
      name: name('date'),
      label: tr.t('holidays.date'),
      type: 'date',
      required: true,
      value: day.date,
    }),
    vocabularySelect(
      { name: name('kind'), label: tr.t('holidays.kind'), required: true, value: day.kind ?? 'off' },
      HOLIDAY_KINDS,
      (k) => tr.t(`holidays.kind.${k}`),
    ),
    field({ name: name('name'), label: tr.t('holidays.name'), required: true, value: day.name }),
    field({ name: name('source'), label: tr.t('holidays.source'), value: day.source }),
    checkbox(name('forecast'), tr.t('holidays.forecast'), day.forecast ?? false),
    h(
      'button',
      { type: 'button', class: 'button secondary', onclick: onRemove },
      tr.t('holidays.remove', { n: n + 1 }),
    ),
  );
}

function yearEditor(ctx: ConsoleContext, year: HolidayYear): HTMLFormElement {
  const { tr } = ctx;
  const rows = h('div', { class: 'entry-items' });
  let days: Partial<HolidayDay>[] = year.days.map((d) => ({ ...d }));
  const current = () =>
    ((formBody(form).days as Partial<HolidayDay>[] | undefined) ?? []).slice(0, days.length);
  const redraw = () =>
    replace(
      rows,
      days.map((d, n) =>
        dayFields(ctx, n, d, () => {
          days = current().filter((_, i) => i !== n);
          redraw();
        }),
      ),
    );
  const form = staffForm(
    { id: `year-${year.year}` },
    rows,
    rowActions(
      secondaryButton(tr.t('holidays.add'), () => {
        days = [...current(), { kind: 'off' }];
        redraw();
      }),
      submitButton(tr.t('holidays.save', { year: year.year })),
    ),
  );
  redraw();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = current() as HolidayDay[];
    if (await submitForm(ctx, form, async () => void (await ctx.api.desk.saveHolidays(year.year, body)))) {
      days = body;
      ctx.announce(tr.t('holidays.saved', { year: year.year }));
    }
  });
  return form;
}

function yearTable(ctx: ConsoleContext, year: HolidayYear): HTMLElement {
  const { tr } = ctx;
  return h(
    'ul',
    { class: 'list' },
    year.days.map((d) =>
      h(
        'li',
        {},
        `${calendarDateOf(tr, d.date)} — ${d.name} (${tr.t(`holidays.kind.${d.kind}`)})`,
        d.forecast ? ` — ${tr.t('holidays.forecast')}` : '',
      ),
    ),
  );
}

export const holidaysScreen = defineScreen({
  title: 'holidays.title',
  roles: STAFF_ROLES,
  async render(ctx, { tr }) {
    const { items } = await ctx.api.desk.holidays();
    const next = (items.at(-1)?.year ?? new Date().getFullYear()) + 1;
    const years: HolidayYear[] = [...items, { id: String(next), year: next, days: [] }];
    const admin = ctx.session.user.role === 'admin';
    replace(
      ctx.main,
      ctx.heading('holidays.title'),
      h('p', { class: 'lead' }, tr.t('holidays.lead')),
      (admin ? years : items).map((y) =>
        h(
          'section',
          {},
          h('h2', {}, tr.t('holidays.year', { year: y.year })),
          admin ? yearEditor(ctx, y) : yearTable(ctx, y),
        ),
      ),
    );
  },
});
