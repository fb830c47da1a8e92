/**
 * /quan-ly/tiep-nhan/: the secretariat enters one petition received by post, by phone or at
 * a citizen reception (POST /v1/councils/{id}/petitions); its errors land beside the fields.
 */
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { STAFF_CHANNELS } from '../../../../shared/vocabulary.ts';
import type { Screen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { h, replace } from '../ui/dom.ts';
import { checkbox, field, formBody, vocabularySelect } from '../ui/form.ts';
import { submitForm } from '../ui/submit.ts';
import { communeOptions, fieldOptions, unitOptions } from './reference-options.ts';

/** A meeting's petitions are entered together, on the meeting entry screen. */
const DESK_CHANNELS = STAFF_CHANNELS.filter((c) => c !== 'meeting');

export const deskEntryScreen: Screen<'secretariat'> = {
  title: 'desk.title',
  roles: ['secretariat'],
  async render(ctx) {
    const { tr } = ctx;
    const councilId = ctx.session.user.councilId;
    const ref = await ctx.reference();
    const done = h('div', { id: 'entered' });
    const form = h(
      'form',
      { novalidate: true },
      vocabularySelect(
        { name: 'channel', label: tr.t('desk.channel'), required: true, placeholder: tr.t('app.choose') },
        DESK_CHANNELS,
        (c) => tr.m(`channel.${c}`, c),
      ),
      h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, tr.t('desk.submitter')),
        field({
          name: 'submitter.name',
          label: tr.t('entry.submitterName'),
          required: true,
          autocomplete: 'off',
        }),
        field({
          name: 'submitter.phone',
          label: tr.t('entry.submitterPhone'),
          type: 'tel',
          autocomplete: 'off',
        }),
        field({
          name: 'submitter.email',
          label: tr.t('entry.submitterEmail'),
          type: 'email',
          autocomplete: 'off',
        }),
        field({ name: 'submitter.address', label: tr.t('entry.submitterAddress'), required: true }),
        field({
          name: 'submitter.communeId',
          label: tr.t('entry.submitterCommune'),
          type: 'select',
          required: true,
          placeholder: tr.t('app.choose'),
          options: communeOptions(tr, ref),
        }),
      ),
      field({
        name: 'fieldId',
        label: tr.t('petition.field'),
        type: 'select',
        required: true,
        placeholder: tr.t('app.choose'),
        options: fieldOptions(tr, ref),
      }),
      field({
        name: 'localityId',
        label: tr.t('petition.locality'),
        type: 'select',
        required: true,
        placeholder: tr.t('app.choose'),
        options: unitOptions(tr, ref),
      }),
      field({ name: 'title', label: tr.t('petition.title'), required: true }),
      field({ name: 'content', label: tr.t('petition.content'), type: 'textarea', rows: 6, required: true }),
      checkbox('consentToPublish', tr.t('petition.consent'), true),
      h('button', { type: 'submit', class: 'button' }, tr.t('desk.submit')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      let code = '';
      const saved = await submitForm(ctx, form, async () => {
        code = (await ctx.api.desk.enterOne(councilId, formBody(form))).petition.code;
      });
      if (!saved) return;
      form.reset();
      ctx.announce(tr.t('desk.done', { code: formatTrackingCode(code) }));
      replace(done, h('p', {}, h('a', { href: consolePaths.petition(code) }, formatTrackingCode(code))));
    });
    replace(ctx.main, ctx.heading('desk.title'), h('p', { class: 'lead' }, tr.t('desk.lead')), form, done);
  },
};
