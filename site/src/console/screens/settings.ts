/** /quan-ly/cai-dat/: the council's settings — days to answer, days a "not satisfied" link works, months a contact is kept, routing without review, SMS and Zalo. */
import {
  DEFAULT_CONTACT_RETENTION_MONTHS,
  DEFAULT_FEEDBACK_DAYS,
} from '../../../../shared/council-defaults.ts';
import { SHORT_NOTICE_KINDS } from '../../../../shared/notify-channels.ts';
import type { CouncilSettings } from '../../../../shared/schemas/index.ts';
import { DEADLINE_COUNTINGS } from '../../../../shared/vocabulary.ts';
import { defineScreen } from '../context.ts';
import { h, replace } from '../ui/dom.ts';
import { checkbox, field, formBody, staffForm, vocabularySelect } from '../ui/form.ts';
import { submitForm } from '../ui/submit.ts';

export const settingsScreen = defineScreen({
  title: 'settings.title',
  roles: ['secretariat'],
  async render(ctx, { tr, api, councilId }) {
    const { council } = await api.council(councilId);
    const form = staffForm(
      {},
      field({
        name: 'deadlineDays',
        label: tr.t('settings.deadlineDays'),
        type: 'number',
        required: true,
        min: 1,
        max: 365,
        value: council.settings.deadlineDays,
      }),
      // Saved with the rest: a form without it would put the default back.
      field({
        name: 'feedbackDays',
        label: tr.t('settings.feedbackDays'),
        type: 'number',
        required: true,
        min: 1,
        max: 365,
        value: council.settings.feedbackDays ?? DEFAULT_FEEDBACK_DAYS,
      }),
      field({
        name: 'contactRetentionMonths',
        label: tr.t('settings.contactRetentionMonths'),
        type: 'number',
        required: true,
        min: 1,
        max: 120,
        value: council.settings.contactRetentionMonths ?? DEFAULT_CONTACT_RETENTION_MONTHS,
      }),
      vocabularySelect(
        {
          name: 'deadlineCounting',
          label: tr.t('settings.deadlineCounting'),
          required: true,
          value: council.settings.deadlineCounting ?? 'calendar',
        },
        DEADLINE_COUNTINGS,
        (c) => tr.t(`settings.counting.${c}`),
      ),
      checkbox('autoRoute', tr.t('settings.autoRoute'), council.settings.autoRoute),
      h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, tr.t('settings.channels')),
        checkbox('sms.enabled', tr.t('settings.sms'), council.settings.sms?.enabled ?? false),
        checkbox('zalo.enabled', tr.t('settings.zalo'), council.settings.zalo?.enabled ?? false),
        field({ name: 'zalo.oaId', label: tr.t('settings.zaloOaId'), value: council.settings.zalo?.oaId }),
        SHORT_NOTICE_KINDS.map((kind) =>
          field({
            name: `zalo.templates.${kind}`,
            label: tr.t('settings.zaloTemplate', { kind: tr.t(`settings.kind.${kind}`) }),
            value: council.settings.zalo?.templates[kind],
          }),
        ),
      ),
      h('button', { type: 'submit', class: 'button' }, tr.t('app.save')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = formBody(form) as unknown as CouncilSettings;
      if (await submitForm(ctx, form, async () => void (await api.saveSettings(councilId, body)))) {
        ctx.announce(tr.t('settings.saved'));
      }
    });
    replace(ctx.main, ctx.heading('settings.title'), h('p', { class: 'lead' }, council.name), form);
  },
});
