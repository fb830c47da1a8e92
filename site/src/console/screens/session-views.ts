/**
 * The views on a session's agenda, for its secretariat: the form to enter what voters said
 * at a before-session meeting (with how many said it), and each item's views with their
 * status; a pending online view is published or not published (with a reason) here.
 */
import type { Meeting, SessionAgenda, SessionView } from '../../../../shared/schemas/index.ts';
import type { Reference } from '../api/reference.ts';
import type { SessionsApi } from '../api/sessions-api.ts';
import { flash } from '../app.ts';
import type { ConsoleContext } from '../context.ts';
import { h } from '../ui/dom.ts';
import { field, formBody, requiredChoice, staffForm } from '../ui/form.ts';
import { listOrNone } from '../ui/lists.ts';
import { submitForm } from '../ui/submit.ts';

function entryForm(
  ctx: ConsoleContext,
  api: SessionsApi,
  ref: Reference,
  sessionId: string,
  agenda: SessionAgenda,
  meetings: Meeting[],
): HTMLElement {
  const { tr } = ctx;
  const communes = ref.units.filter((u) => meetings.some((m) => m.communeIds.includes(u.id)));
  const form = staffForm(
    { id: 'enter-views', 'aria-labelledby': 'enter-views-title' },
    h('h2', { id: 'enter-views-title' }, tr.t('session.enterViews')),
    requiredChoice(tr, {
      name: 'meetingId',
      label: tr.t('session.meeting'),
      options: meetings.map((m) => ({ value: m.id, label: m.title })),
    }),
    requiredChoice(tr, {
      name: 'agendaItemId',
      label: tr.t('session.agendaItem'),
      options: agenda.items.map((i) => ({ value: i.id, label: i.title })),
    }),
    field({
      name: 'communeId',
      label: tr.t('session.commune'),
      type: 'select',
      placeholder: tr.t('app.any'),
      options: communes.map((u) => ({ value: u.id, label: u.name })),
    }),
    field({ name: 'text', label: tr.t('session.viewText'), type: 'textarea', required: true, rows: 4 }),
    field({
      name: 'voterCount',
      label: tr.t('session.voterCount'),
      type: 'number',
      required: true,
      min: 1,
      max: 100000,
    }),
    h('button', { type: 'submit', class: 'button' }, tr.t('app.save')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await submitForm(ctx, form, async () => void (await api.enterView(sessionId, formBody(form))))) {
      flash(tr.t('session.viewEntered'));
      location.reload();
    }
  });
  return form;
}

function moderation(
  ctx: ConsoleContext,
  api: SessionsApi,
  sessionId: string,
  view: SessionView,
): HTMLElement | null {
  if (view.status !== 'pending') return null;
  const { tr } = ctx;
  const form = h(
    'form',
    {
      novalidate: true,
      class: 'moderate',
      'data-view': view.id,
      'aria-label': `${tr.t('session.views')}: ${view.text.slice(0, 40)}`,
    },
    field({ name: 'reason', label: tr.t('session.rejectReason') }),
    h(
      'button',
      { type: 'submit', name: 'publish', class: 'button', value: 'publish' },
      tr.t('session.publish'),
    ),
    ' ',
    h(
      'button',
      { type: 'submit', name: 'reject', class: 'button secondary', value: 'reject' },
      tr.t('session.reject'),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reject = (event.submitter as HTMLButtonElement | null)?.value === 'reject';
    const reason = String(formBody(form).reason ?? '');
    const ok = await submitForm(ctx, form, async () => {
      if (reject) await api.reject(sessionId, view.id, reason, view.version);
      else await api.publish(sessionId, view.id, view.version);
    });
    if (ok) {
      flash(tr.t(reject ? 'session.rejected' : 'session.published'));
      location.reload();
    }
  });
  return form;
}

export function viewsSection(
  ctx: ConsoleContext,
  api: SessionsApi,
  ref: Reference,
  sessionId: string,
  agenda: SessionAgenda,
  views: SessionView[],
  meetings: Meeting[],
): HTMLElement[] {
  const { tr } = ctx;
  const communeName = (id?: string) => ref.units.find((u) => u.id === id)?.name;
  const byItem = agenda.items.map((item) => {
    const own = views.filter((v) => v.agendaItemId === item.id);
    return h(
      'section',
      { class: 'card', 'aria-labelledby': `views-${item.id}` },
      h('h3', { id: `views-${item.id}` }, item.title),
      listOrNone(own, tr.t('session.noViews'), (itemViews) =>
        h(
          'ul',
          { class: 'records' },
          itemViews.map((v) =>
            h(
              'li',
              {},
              h('p', {}, v.text),
              h(
                'p',
                { class: 'hint' },
                [
                  tr.t(`session.viewStatus.${v.status}`),
                  communeName(v.communeId),
                  v.source === 'meeting'
                    ? tr.t('session.fromMeeting', { count: v.voterCount })
                    : tr.t('session.online'),
                  v.consentToPublish ? undefined : tr.t('session.noConsent'),
                  v.rejectionReason,
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
              moderation(ctx, api, sessionId, v),
            ),
          ),
        ),
      ),
    );
  });
  return [
    h('h2', {}, tr.t('session.views')),
    ...byItem,
    entryForm(ctx, api, ref, sessionId, agenda, meetings),
  ];
}
