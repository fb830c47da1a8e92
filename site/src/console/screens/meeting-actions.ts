/**
 * What the secretariat can do to a meeting from its card: edit, publish, postpone or
 * cancel with a reason voters will read, record it as held (attendance, notes), and
 * download the summary report of a held meeting. Each change sends the `sequence` the
 * list read, so a meeting changed since then is refused (409) and the message says so.
 */
import type { Meeting } from '../../../../shared/schemas/index.ts';
import { isOneOf, OPEN_MEETING_STATUSES, PLANNED_MEETING_STATUSES } from '../../../../shared/vocabulary.ts';
import type { MeetingsApi } from '../api/meetings-api.ts';
import type { ConsoleContext } from '../context.ts';
import type { LabelKey } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { type Child, h } from '../ui/dom.ts';
import { saveDownload } from '../ui/download.ts';
import { field, formBody, staffForm } from '../ui/form.ts';
import { submitForm } from '../ui/submit.ts';

interface Change {
  /** The summary that opens the form, and its submit button. */
  label: LabelKey;
  fields: Child[];
  run: (body: Record<string, unknown>) => Promise<unknown>;
  done: LabelKey;
  danger?: boolean;
}

export function meetingActions(
  ctx: ConsoleContext,
  api: MeetingsApi,
  m: Meeting,
  reload: () => Promise<void>,
): HTMLElement[] {
  const { tr } = ctx;
  const named = (key: LabelKey) => [tr.t(key), h('span', { class: 'visually-hidden' }, ` ${m.title}`)];
  const form = (change: Change) => {
    const element = staffForm(
      {},
      change.fields,
      h('button', { type: 'submit', class: change.danger ? 'button danger' : 'button' }, named(change.label)),
    );
    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await submitForm(ctx, element, async () => void (await change.run(formBody(element))))) {
        await reload();
        ctx.announce(tr.t(change.done));
      }
    });
    return element;
  };
  /** A change that needs more than a click opens under its own summary. */
  const folded = (change: Change) => h('details', {}, h('summary', {}, tr.t(change.label)), form(change));
  const labelled = (key: LabelKey) => `${tr.t(key)} (${m.title})`;

  const actions: HTMLElement[] = [
    h('a', { href: consolePaths.meeting(m.id), class: 'button secondary' }, named('app.edit')),
  ];
  const open = isOneOf(OPEN_MEETING_STATUSES, m.status);
  if (open && !m.published) {
    actions.push(
      form({
        label: 'meetings.publish',
        fields: [],
        run: () => api.publish(m.id, m.sequence),
        done: 'meetings.published.done',
      }),
    );
  }
  if (m.status === 'held') {
    for (const format of ['docx', 'csv'] as const) {
      const download = h(
        'form',
        {},
        h(
          'button',
          { type: 'submit', class: 'button secondary' },
          tr.t(format === 'docx' ? 'meetings.reportDocx' : 'meetings.reportCsv'),
          h('span', { class: 'visually-hidden' }, `: ${m.title}`),
        ),
      );
      download.addEventListener('submit', (event) => {
        event.preventDefault();
        void submitForm(ctx, download, async () => {
          const file = await api.report(format, { meeting: m.id });
          saveDownload(file);
          ctx.announce(tr.t('meetings.downloaded', { name: file.filename }));
        });
      });
      actions.push(download);
    }
  }
  if (isOneOf(PLANNED_MEETING_STATUSES, m.status) && Date.parse(m.startsAt) <= Date.now()) {
    actions.push(
      folded({
        label: 'meetings.held',
        fields: [
          field({
            name: 'attendance',
            label: labelled('meetings.attendance'),
            type: 'number',
            min: 0,
            required: true,
          }),
          field({ name: 'notes', label: labelled('meetings.notes'), type: 'textarea', rows: 3 }),
        ],
        run: (body) => api.held(m.id, { ...body, sequence: m.sequence }),
        done: 'meetings.held.done',
      }),
    );
  }
  if (isOneOf(PLANNED_MEETING_STATUSES, m.status)) {
    actions.push(
      folded({
        label: 'meetings.postpone',
        fields: [field({ name: 'reason', label: labelled('meetings.postponeReason'), required: true })],
        run: (body) => api.postpone(m.id, { ...body, sequence: m.sequence }),
        done: 'meetings.postponed.done',
      }),
    );
  }
  if (open) {
    actions.push(
      folded({
        label: 'meetings.cancel',
        fields: [field({ name: 'reason', label: labelled('meetings.cancelReason'), required: true })],
        run: (body) => api.cancel(m.id, String(body.reason ?? ''), m.sequence),
        done: 'meetings.cancelled.done',
        danger: true,
      }),
    );
  }
  return actions;
}
