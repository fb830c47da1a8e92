/** /quan-ly/ky-hop/: the council's sessions, newest first, and the form to plan one. */
import { SESSION_KINDS } from '../../../../shared/vocabulary.ts';
import { sessionsApi } from '../api/sessions-api.ts';
import { flash } from '../app.ts';
import { defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { h, replace } from '../ui/dom.ts';
import { field, formBody, staffForm, vocabularySelect } from '../ui/form.ts';
import { calendarDateOf } from '../ui/format.ts';
import { cardList, listOrNone } from '../ui/lists.ts';
import { submitForm } from '../ui/submit.ts';

export const sessionsScreen = defineScreen({
  title: 'sessions.title',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
    const api = sessionsApi(ctx.client);
    const { items } = await api.list(councilId);
    const sessions = [...items].sort((a, b) => b.opensOn.localeCompare(a.opensOn));
    const list = listOrNone(sessions, tr.t('sessions.none'), () =>
      cardList('records', sessions, (s) => [
        h('h3', {}, h('a', { href: consolePaths.session(s.id) }, s.name)),
        h(
          'p',
          {},
          `${calendarDateOf(tr, s.opensOn)}${s.closesOn ? ` – ${calendarDateOf(tr, s.closesOn)}` : ''}`,
          s.status ? ` · ${tr.m(`session.status.${s.status}`)}` : '',
        ),
      ]),
    );

    const form = staffForm(
      { id: 'plan-session', 'aria-labelledby': 'plan-session-title' },
      h('h2', { id: 'plan-session-title' }, tr.t('sessions.plan')),
      field({ name: 'name', label: tr.t('sessions.name'), required: true }),
      field({
        name: 'number',
        label: tr.t('sessions.number'),
        type: 'number',
        required: true,
        min: 1,
        max: 999,
      }),
      vocabularySelect(
        { name: 'kind', label: tr.t('sessions.kind'), required: true, value: 'regular' },
        SESSION_KINDS,
        (k) => tr.m(`session.kind.${k}`),
      ),
      field({ name: 'opensOn', label: tr.t('sessions.opensOn'), type: 'date', required: true }),
      field({ name: 'closesOn', label: tr.t('sessions.closesOn'), type: 'date', required: true }),
      field({ name: 'venue', label: tr.t('sessions.venue'), required: true }),
      h('button', { type: 'submit', class: 'button' }, tr.t('sessions.plan')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      let planned: string | undefined;
      const ok = await submitForm(ctx, form, async () => {
        planned = (await api.plan({ ...formBody(form), councilId })).session.id;
      });
      if (ok && planned) {
        flash(tr.t('sessions.planned'));
        location.assign(consolePaths.session(planned));
      }
    });
    replace(ctx.main, ctx.heading('sessions.title'), h('h2', {}, tr.t('sessions.list')), list, form);
  },
});
