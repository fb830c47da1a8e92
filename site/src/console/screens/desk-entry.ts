/**
 * /quan-ly/tiep-nhan/: the secretariat enters one petition received by post, by phone or at
 * a citizen reception (POST /v1/councils/{id}/petitions); its errors land beside the fields.
 */
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { STAFF_CHANNELS } from '../../../../shared/vocabulary.ts';
import { defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { h, replace } from '../ui/dom.ts';
import { formBody, vocabularySelect } from '../ui/form.ts';
import { submitForm } from '../ui/submit.ts';
import { subjectFields, submitterFields } from './petition-entry-fields.ts';

/** A meeting's petitions are entered together, on the meeting entry screen. */
const DESK_CHANNELS = STAFF_CHANNELS.filter((c) => c !== 'meeting');

export const deskEntryScreen = defineScreen({
  title: 'desk.title',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
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
      h('fieldset', { class: 'field' }, h('legend', {}, tr.t('desk.submitter')), submitterFields(tr, ref)),
      subjectFields(tr, ref, 6),
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
});
