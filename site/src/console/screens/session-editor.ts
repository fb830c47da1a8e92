/**
 * /quan-ly/ky-hop/sua/?id=…: one session for its secretariat: its details (saved against the
 * version read), its agenda (session-agenda.ts), and the voters' views (session-views.ts).
 */
import { SESSION_KINDS, SESSION_STATUSES } from '../../../../shared/vocabulary.ts';
import { meetingsApi } from '../api/meetings-api.ts';
import { sessionsApi } from '../api/sessions-api.ts';
import { flash } from '../app.ts';
import { defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { h, replace } from '../ui/dom.ts';
import { field, formBody, staffForm, vocabularySelect } from '../ui/form.ts';
import { recordDocumentsSection } from '../ui/record-documents-section.ts';
import { submitForm } from '../ui/submit.ts';
import { agendaSection } from './session-agenda.ts';
import { viewsSection } from './session-views.ts';

export const sessionEditorScreen = defineScreen({
  title: 'session.title',
  roles: ['secretariat'],
  async render(ctx, { tr }) {
    const api = sessionsApi(ctx.client);
    const id = ctx.params.get('id') ?? '';
    const [{ session, agenda, views }, ref] = await Promise.all([api.get(id), ctx.reference()]);
    const meetings = (await meetingsApi(ctx.client).list(session.councilId, { limit: 200 })).items.filter(
      (m) => m.sessionId === session.id,
    );

    const details = staffForm(
      { id: 'session-details', 'aria-labelledby': 'session-details-title' },
      h('h2', { id: 'session-details-title' }, tr.t('session.details')),
      field({ name: 'name', label: tr.t('sessions.name'), required: true, value: session.name }),
      field({
        name: 'number',
        label: tr.t('sessions.number'),
        type: 'number',
        required: true,
        value: session.number,
      }),
      vocabularySelect(
        { name: 'kind', label: tr.t('sessions.kind'), value: session.kind ?? 'regular' },
        SESSION_KINDS,
        (k) => tr.m(`session.kind.${k}`),
      ),
      field({
        name: 'opensOn',
        label: tr.t('sessions.opensOn'),
        type: 'date',
        required: true,
        value: session.opensOn,
      }),
      field({ name: 'closesOn', label: tr.t('sessions.closesOn'), type: 'date', value: session.closesOn }),
      field({ name: 'venue', label: tr.t('sessions.venue'), value: session.venue }),
      vocabularySelect(
        { name: 'status', label: tr.t('sessions.status'), value: session.status ?? 'planned' },
        SESSION_STATUSES,
        (s) => tr.m(`session.status.${s}`),
      ),
      h('button', { type: 'submit', class: 'button' }, tr.t('app.save')),
    );
    details.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { ...formBody(details), version: session.version ?? 0 };
      if (await submitForm(ctx, details, async () => void (await api.edit(session.id, body)))) {
        flash(tr.t('session.saved'));
        location.reload();
      }
    });

    const title = h('h1', {}, session.name);
    document.title = `${session.name} – ${tr.t('app.name')}`;
    replace(
      ctx.main,
      title,
      h('p', {}, h('a', { href: consolePaths.sessions }, tr.t('sessions.list'))),
      details,
      agendaSection(ctx, api, ref, session.id, agenda),
      ...viewsSection(ctx, api, ref, session.id, agenda, views, meetings),
      await recordDocumentsSection(ctx, 'session', session.id),
    );
  },
});
