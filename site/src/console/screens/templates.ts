/**
 * /quan-ly/mau-tra-loi/: an agency's answer templates (placeholders {commune}, {date},
 * {code}, {title}, {field}, {agency}, checked as the API checks them), and the agency's
 * petitions in progress answered several at a time from one of them; routed ones are
 * acknowledged several at a time. Each petition keeps its own event and notice.
 */
import { TEMPLATE_PLACEHOLDERS } from '../../../../shared/answer-templates.ts';
import type { AnswerTemplate } from '../../../../shared/schemas/index.ts';
import { ANSWER_RESULTS } from '../../../../shared/vocabulary.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import { bulkForm, sendBulk, withCheckboxes } from '../ui/bulk-select.ts';
import { h, replace } from '../ui/dom.ts';
import { field, formBody, requiredChoice, staffForm, vocabularySelect } from '../ui/form.ts';
import { pagedList } from '../ui/paged-list.ts';
import { petitionList } from '../ui/petition-list.ts';
import { submitForm } from '../ui/submit.ts';

type Ctx = ContextOf<'agency'>;

function templateForm(ctx: Ctx, template: AnswerTemplate | undefined, onSaved: () => void): HTMLFormElement {
  const { tr } = ctx;
  const agencyId = ctx.session.user.agencyId;
  const form = staffForm(
    { class: 'template', id: template ? `template-${template.id}` : 'template-new' },
    field({ name: 'name', label: tr.t('templates.name'), required: true, value: template?.name }),
    field({
      name: 'text',
      label: tr.t('templates.text'),
      type: 'textarea',
      rows: 5,
      required: true,
      value: template?.text,
      hint: tr.t('templates.hint', { list: TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ') }),
    }),
    vocabularySelect(
      {
        name: 'result',
        label: tr.t('templates.result'),
        placeholder: tr.t('app.none'),
        value: template?.result,
      },
      ANSWER_RESULTS,
      (r) => tr.m(`petition.answerResult.${r}`, r),
    ),
    h(
      'p',
      { class: 'row-actions' },
      h(
        'button',
        { type: 'submit', class: 'button' },
        template ? tr.t('app.save') : tr.t('templates.create'),
      ),
      template
        ? h(
            'button',
            {
              type: 'button',
              class: 'button secondary',
              onclick: async () => {
                const run = async () =>
                  void (await ctx.api.desk.deleteTemplate(agencyId, template.id, template.version));
                if (await submitForm(ctx, form, run)) {
                  ctx.announce(tr.t('templates.deleted'));
                  onSaved();
                }
              },
            },
            tr.t('templates.delete'),
          )
        : null,
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = formBody(form);
    const run = async () => {
      if (template)
        await ctx.api.desk.editTemplate(agencyId, template.id, { ...body, version: template.version });
      else await ctx.api.desk.createTemplate(agencyId, body);
    };
    if (await submitForm(ctx, form, run)) {
      ctx.announce(tr.t('templates.saved'));
      onSaved();
    }
  });
  return form;
}

function bulkAnswer(
  ctx: Ctx,
  templates: AnswerTemplate[],
  list: () => HTMLElement,
  after: () => Promise<void>,
) {
  const { tr } = ctx;
  const outcome = h('div', { id: 'bulk-outcome' });
  const form = bulkForm(
    'bulk-answer',
    tr.t('bulk.answerTitle'),
    requiredChoice(tr, {
      name: 'templateId',
      label: tr.t('bulk.template'),
      options: templates.map((t) => ({ value: t.id, label: t.name })),
    }),
    field({ name: 'documentNumber', label: tr.t('bulk.documentNumber'), required: true }),
    field({ name: 'documentDate', label: tr.t('bulk.documentDate'), type: 'date', required: true }),
    vocabularySelect(
      { name: 'result', label: tr.t('templates.result'), required: true, placeholder: tr.t('app.choose') },
      ANSWER_RESULTS,
      (r) => tr.m(`petition.answerResult.${r}`, r),
    ),
    field({ name: 'resolveBy', label: tr.t('bulk.resolveBy'), type: 'date' }),
    h(
      'p',
      { class: 'row-actions' },
      h('button', { type: 'submit', class: 'button' }, tr.t('bulk.answer')),
      h(
        'button',
        {
          type: 'button',
          class: 'button secondary',
          onclick: () => void send({ action: 'acknowledge' }),
        },
        tr.t('bulk.acknowledge'),
      ),
    ),
    outcome,
  );
  const send = (body: Record<string, unknown>) => sendBulk(ctx, form, { list: list(), body, outcome }, after);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send({ action: 'answer', ...formBody(form) });
  });
  return form;
}

export const templatesScreen = defineScreen({
  title: 'templates.title',
  roles: ['agency'],
  async render(ctx, { tr, agencyId }) {
    const [ref, { items: templates }] = await Promise.all([
      ctx.reference(),
      ctx.api.desk.templates(agencyId),
    ]);
    const redraw = () => void templatesScreen.render(ctx).catch(ctx.fail);
    const status = (ctx.params.get('status') === 'routed' ? 'routed' : 'in_progress') as
      | 'routed'
      | 'in_progress';
    const queue = pagedList(ctx, {
      label: tr.t('templates.queue'),
      load: (cursor) => ctx.api.agencyQueue(agencyId, status, { cursor }),
      render: (items) => withCheckboxes(tr, petitionList(tr, items, ref), items),
    });
    replace(
      ctx.main,
      ctx.heading('templates.title'),
      h('p', { class: 'lead' }, tr.t('templates.lead')),
      h(
        'section',
        { 'aria-labelledby': 'templates-list' },
        h('h2', { id: 'templates-list' }, tr.t('templates.list')),
        templates.length === 0 ? h('p', {}, tr.t('list.empty')) : null,
        templates.map((t) => h('details', {}, h('summary', {}, t.name), templateForm(ctx, t, redraw))),
        h('h3', {}, tr.t('templates.new')),
        templateForm(ctx, undefined, redraw),
      ),
      h(
        'section',
        { 'aria-labelledby': 'templates-queue' },
        h('h2', { id: 'templates-queue' }, tr.t('templates.queue')),
        h(
          'p',
          {},
          h('a', { href: '?status=in_progress' }, tr.m('petition.status.in_progress')),
          ' · ',
          h('a', { href: '?status=routed' }, tr.m('petition.status.routed')),
        ),
        queue.element,
        bulkAnswer(
          ctx,
          templates,
          () => queue.element,
          () => queue.reload(),
        ),
      ),
    );
    await queue.reload();
  },
});
