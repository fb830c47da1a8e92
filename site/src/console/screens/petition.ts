/**
 * /quan-ly/kien-nghi/?ma=CODE: one petition for whoever may see it — the secretariat of
 * its council, the agency it is routed to, the delegates of its electoral unit. Anyone
 * else editing the address gets the API's 403, shown as "not allowed".
 */
import { isTrackingCode, parseTrackingCode } from '../../../../shared/tracking-code.ts';
import { STAFF_ROLES } from '../../../../shared/vocabulary.ts';
import { defineScreen } from '../context.ts';
import { attachmentsSection } from '../ui/attachments-section.ts';
import { deliveriesSection } from '../ui/deliveries-section.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { answerSection, contactSection, petitionFacts, timelineSection } from '../ui/petition-view.ts';
import { actionSections } from './petition-actions.ts';
import type { PetitionHost } from './petition-host.ts';

export const petitionScreen = defineScreen({
  title: 'petition.page',
  roles: STAFF_ROLES,
  async render(ctx, { tr }) {
    const typed = ctx.params.get('ma') ?? '';
    if (!isTrackingCode(typed)) {
      const title = h('h1', {}, tr.t('notFound.title'));
      replace(ctx.main, title, h('p', { class: 'notice warn' }, tr.m('code.invalid')));
      return focusElement(title);
    }
    const code = parseTrackingCode(typed);
    const ref = await ctx.reference();

    const show = async (message?: string, kind: 'ok' | 'error' = 'ok') => {
      const view = await ctx.api.petition(code);
      const host: PetitionHost = { ctx, view, reload: (m, k) => show(m, k) };
      const title = h('h1', {}, view.petition.title);
      document.title = `${view.petition.title} – ${tr.t('app.name')}`;
      const [actions, files] = await Promise.all([actionSections(host), attachmentsSection(host)]);
      const print = h(
        'p',
        { class: 'print-action' },
        h(
          'button',
          {
            type: 'button',
            class: 'button secondary',
            title: tr.t('petition.printLabel'),
            onclick: () => window.print(),
          },
          tr.t('petition.print'),
        ),
      );
      replace(
        ctx.main,
        title,
        print,
        petitionFacts(tr, view, ref),
        h('h2', {}, tr.t('petition.content')),
        h('p', { class: 'prose' }, view.petition.content),
        contactSection(tr, view, ref),
        answerSection(tr, view),
        files,
        actions.length > 0
          ? h(
              'section',
              { class: 'actions', 'aria-labelledby': 'actions-heading' },
              h('h2', { id: 'actions-heading' }, tr.t('petition.actions')),
              actions,
            )
          : null,
        timelineSection(tr, view, ref),
        deliveriesSection(tr, view),
      );
      if (message) ctx.announce(message, kind);
      focusElement(title);
    };
    await show();
  },
});
