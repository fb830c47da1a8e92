/**
 * /quan-ly/tiep-xuc/: the secretariat's meetings — compliance warnings first (before-session
 * plans under 15 days, communes without a meeting this year), the summary report of a
 * session, and the paged list with publish, cancel and edit.
 */
import type { ComplianceReport } from '../../../../shared/compliance.ts';
import type { Meeting } from '../../../../shared/schemas/index.ts';
import { type MeetingsApi, meetingsApi } from '../api/meetings-api.ts';
import { nameOf, type Reference } from '../api/reference.ts';
import { type ConsoleContext, type ContextOf, defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { h, replace } from '../ui/dom.ts';
import { saveDownload } from '../ui/download.ts';
import { formBody, requiredChoice, staffForm } from '../ui/form.ts';
import { dateTimeOf, facts } from '../ui/format.ts';
import { type PagedList, pagedList } from '../ui/paged-list.ts';
import { submitForm } from '../ui/submit.ts';
import { meetingActions } from './meeting-actions.ts';

function warnings(ctx: ConsoleContext, report: ComplianceReport, ref: Reference): HTMLElement {
  const { tr } = ctx;
  const items: string[] = [
    ...report.latePlans.map((p) =>
      tr.t('meetings.lateWarning', { title: p.title, days: p.daysBeforeOpening }),
    ),
    ...report.groups
      .filter((g) => g.uncoveredCommuneIds.length > 0)
      .map((g) =>
        tr.t('meetings.uncovered', {
          group: g.groupName,
          year: report.year,
          communes: g.uncoveredCommuneIds.map((id) => nameOf(ref.units, id)).join(', '),
        }),
      ),
  ];
  return h(
    'section',
    { 'aria-labelledby': 'warnings-heading' },
    h('h2', { id: 'warnings-heading' }, tr.t('meetings.warnings')),
    items.length > 0
      ? h(
          'ul',
          { class: 'notice warn' },
          items.map((i) => h('li', {}, i)),
        )
      : h('p', {}, tr.t('meetings.noWarnings')),
  );
}

function reportSection(ctx: ContextOf<'secretariat'>, api: MeetingsApi, ref: Reference): HTMLElement {
  const { tr } = ctx;
  const sessions = ref.councils.find((c) => c.id === ctx.session.user.councilId)?.sessions ?? [];
  const form = staffForm(
    { 'aria-labelledby': 'report-heading' },
    requiredChoice(tr, {
      name: 'session',
      label: tr.t('meetings.reportSession'),
      options: sessions.map((s) => ({ value: s.id, label: s.name })),
    }),
    h(
      'p',
      { class: 'row-actions' },
      h('button', { type: 'submit', class: 'button', value: 'docx' }, tr.t('meetings.reportDocx')),
      h('button', { type: 'submit', class: 'button secondary', value: 'csv' }, tr.t('meetings.reportCsv')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const format = (event.submitter as HTMLButtonElement | null)?.value === 'csv' ? 'csv' : 'docx';
    const { session = '' } = formBody(form) as { session?: string };
    void submitForm(ctx, form, async () => {
      const file = await api.report(format, { session });
      saveDownload(file);
      ctx.announce(tr.t('meetings.downloaded', { name: file.filename }));
    });
  });
  return h('section', { class: 'card' }, h('h2', { id: 'report-heading' }, tr.t('meetings.report')), form);
}

function meetingCard(
  ctx: ConsoleContext,
  api: MeetingsApi,
  ref: Reference,
  m: Meeting,
  reload: () => Promise<void>,
) {
  const { tr } = ctx;
  const kind = tr.m(`meeting.kind.${m.kind}`, m.kind);
  const status = h(
    'span',
    { class: `status status-${m.status}` },
    tr.m(`meeting.status.${m.status}`, m.status),
  );
  const actions = meetingActions(ctx, api, m, reload);
  return h(
    'li',
    { class: 'card' },
    h('h3', {}, m.title),
    h(
      'p',
      { class: 'badges' },
      status,
      ' ',
      h(
        'span',
        { class: 'status' },
        m.published ? tr.t('meetings.published') : tr.t('meetings.notPublished'),
      ),
    ),
    facts([
      [tr.t('meetings.kind'), kind],
      [tr.t('meetings.when'), `${dateTimeOf(tr, m.startsAt)} – ${dateTimeOf(tr, m.endsAt)}`],
      [tr.t('meetings.venue'), `${m.venue.name}, ${m.venue.address}`],
      [tr.t('meetingForm.communes'), m.communeIds.map((id) => nameOf(ref.units, id)).join(', ')],
    ]),
    h('div', { class: 'row-actions' }, actions),
  );
}

export const meetingsScreen = defineScreen({
  title: 'meetings.title',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
    const api = meetingsApi(ctx.client);
    const [ref, report] = await Promise.all([ctx.reference(), api.compliance(councilId)]);
    const list: PagedList = pagedList<Meeting>(ctx, {
      label: tr.t('meetings.title'),
      load: (cursor) => api.list(councilId, { cursor, limit: 20 }),
      render: (items) =>
        h(
          'ul',
          { class: 'list meetings' },
          items.map((m) => meetingCard(ctx, api, ref, m, () => list.reload())),
        ),
    });
    replace(
      ctx.main,
      ctx.heading('meetings.title'),
      h('p', {}, h('a', { href: consolePaths.meeting(), class: 'button' }, tr.t('meetings.new'))),
      warnings(ctx, report, ref),
      reportSection(ctx, api, ref),
      h('h2', {}, tr.t('meetings.list')),
      list.element,
    );
    await list.reload();
  },
});
