/**
 * /quan-ly/giam-sat/hang-muc/?id=: one follow-up item — its facts, progress reports and
 * timeline (with notes), and the forms for what the user may do now, as the API lists them
 * (`actions`): the agency reports progress, the secretariat accepts or sends it back for
 * re-supervision, delegates and the secretariat add follow-up notes (đôn đốc).
 */
import { STAFF_ROLES } from '../../../../shared/vocabulary.ts';
import { type FollowUpView, oversightApi } from '../api/oversight-api.ts';
import { nameOf } from '../api/reference.ts';
import { defineScreen } from '../context.ts';
import type { LabelKey } from '../i18n/index.ts';
import { type Child, h, replace } from '../ui/dom.ts';
import { followUpStatusBadge } from '../ui/follow-up-list.ts';
import { checkbox, field, formBody, staffForm } from '../ui/form.ts';
import { dateOf, dateTimeOf, facts, overdueBadge } from '../ui/format.ts';
import { headedCard } from '../ui/headed-card.ts';
import { listOrNone } from '../ui/lists.ts';
import { submitForm } from '../ui/submit.ts';

export const followUpScreen = defineScreen({
  title: 'oversight.item',
  roles: STAFF_ROLES,
  async render(ctx, { tr }) {
    const api = oversightApi(ctx.client);
    const id = ctx.params.get('id') ?? '';
    const [view, ref] = await Promise.all([api.item(id), ctx.reference()]);
    const { item } = view;

    const section = (
      key: string,
      title: LabelKey,
      submit: LabelKey,
      fields: Child[],
      run: (body: Record<string, unknown>) => Promise<unknown>,
    ) => {
      const form = staffForm(
        { 'aria-labelledby': `${key}-heading` },
        fields,
        h('button', { type: 'submit', class: 'button' }, tr.t(submit)),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const body = formBody(form);
        void submitForm(ctx, form, async () => {
          await run(body);
          location.reload();
        });
      });
      return headedCard({ id: key, title: tr.t(title), level: 'h2', class: 'action card' }, form);
    };
    /** An action whose one field is a text (accept, resupervise, note), titled `oversight.<action>Title`. */
    const textSection = (
      action: 'accept' | 'resupervise' | 'note',
      text: { name: string; label: LabelKey; rows: number; required?: boolean },
      run: (body: Record<string, unknown>) => Promise<unknown>,
    ) =>
      section(
        action,
        `oversight.${action}Title`,
        `oversight.${action}Submit`,
        [field({ ...text, label: tr.t(text.label), type: 'textarea' })],
        run,
      );
    const can = new Set<FollowUpView['actions'][number]>(view.actions);
    const forms: Node[] = [];
    if (can.has('report') || can.has('reportDone'))
      forms.push(
        section(
          'progress',
          'oversight.reportTitle',
          'oversight.reportSubmit',
          [
            field({
              name: 'text',
              label: tr.t('oversight.reportText'),
              type: 'textarea',
              rows: 4,
              required: true,
            }),
            field({ name: 'percent', label: tr.t('oversight.percent'), type: 'number', min: 0, max: 100 }),
            field({ name: 'milestone', label: tr.t('oversight.milestone') }),
            field({ name: 'documentNumber', label: tr.t('oversight.documentNumber') }),
            field({ name: 'documentDate', label: tr.t('oversight.documentDate'), type: 'date' }),
            can.has('reportDone') ? checkbox('done', tr.t('oversight.reportDone')) : null,
          ],
          (body) => api.report(id, body),
        ),
      );
    if (can.has('accept'))
      forms.push(
        textSection('accept', { name: 'reason', label: 'oversight.acceptNote', rows: 2 }, (body) =>
          api.accept(id, body),
        ),
      );
    if (can.has('resupervise'))
      forms.push(
        textSection(
          'resupervise',
          { name: 'reason', label: 'oversight.resuperviseReason', rows: 3, required: true },
          (body) => api.resupervise(id, body),
        ),
      );
    if (can.has('note'))
      forms.push(
        textSection('note', { name: 'note', label: 'oversight.note', rows: 3, required: true }, (body) =>
          api.note(id, body),
        ),
      );

    replace(
      ctx.main,
      ctx.heading('oversight.item'),
      h('p', { class: 'lead' }, item.text),
      h(
        'p',
        { class: 'badges' },
        followUpStatusBadge(tr, item.status),
        item.overdue ? [' ', overdueBadge(tr)] : null,
      ),
      facts([
        [tr.t('oversight.agency'), nameOf(ref.agencies, item.agencyId)],
        [tr.t('oversight.deadline'), dateOf(tr, item.deadline)],
        [tr.m(`followUp.source.${item.source.kind}`, item.source.kind), item.source.title],
        [tr.t('oversight.commune'), item.communeId ? nameOf(ref.units, item.communeId) : undefined],
      ]),
      h('h2', {}, tr.t('oversight.reports')),
      listOrNone(item.reports, tr.t('list.empty'), (reports) =>
        h(
          'ol',
          {},
          reports.map((r) =>
            h(
              'li',
              {},
              h(
                'span',
                { class: 'meta' },
                [
                  dateOf(tr, r.at),
                  r.percent !== undefined ? ` · ${r.percent}%` : '',
                  r.milestone ? ` · ${r.milestone}` : '',
                  r.documentNumber ? ` · ${r.documentNumber}` : '',
                ].join(''),
              ),
              h('br', {}),
              r.text,
            ),
          ),
        ),
      ),
      h('h2', {}, tr.t('oversight.timeline')),
      h(
        'ol',
        { class: 'timeline' },
        view.timeline.map((e) =>
          h(
            'li',
            {},
            h('span', { class: 'meta' }, `${dateTimeOf(tr, e.at)} · ${e.actor.name ?? e.actor.id}`),
            ' — ',
            tr.t(`oversight.event.${e.type}` as LabelKey),
            e.reason ? `: ${e.reason}` : e.note ? `: ${e.note}` : '',
          ),
        ),
      ),
      forms,
    );
  },
});
