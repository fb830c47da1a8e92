/**
 * /quan-ly/nghi-quyet/[?session=]: a session's results as the secretariat records them — the
 * resolutions adopted (number, title, vote, status) and the interpellations with their
 * commitments — with a button to record each and to edit what is there.
 */
import type { Interpellation, Resolution } from '../../../../shared/schemas/index.ts';
import { nameOf, type Reference } from '../api/reference.ts';
import { resolutionsApi } from '../api/resolutions-api.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { field } from '../ui/form.ts';
import { calendarDateOf, facts } from '../ui/format.ts';
import { listOrNone } from '../ui/lists.ts';

type Ctx = ContextOf<'secretariat'>;

const voteOf = (ctx: Ctx, r: Resolution) =>
  ctx.tr.t('resolutions.voteLine', { ...r.vote, forVotes: r.vote.for });

function resolutionCard(ctx: Ctx, ref: Reference, r: Resolution): HTMLElement {
  const { tr } = ctx;
  return h(
    'li',
    { class: 'card' },
    h('h3', {}, `${r.number}: ${r.title}`),
    h(
      'p',
      { class: 'badges' },
      h('span', { class: 'status' }, tr.m(`resolution.status.${r.status}`, r.status)),
    ),
    facts([
      [tr.t('resolutionForm.adoptedOn'), calendarDateOf(tr, r.adoptedOn)],
      [tr.t('resolutions.vote'), voteOf(ctx, r)],
      [tr.t('resolutionForm.fields'), r.fieldIds.map((id) => nameOf(ref.fields, id)).join(', ')],
      [tr.t('resolutionForm.agency'), r.agencyId ? nameOf(ref.agencies, r.agencyId) : undefined],
    ]),
    h(
      'a',
      { class: 'button secondary', href: consolePaths.resolution(r.id) },
      tr.t('app.edit'),
      h('span', { class: 'visually-hidden' }, `: ${r.number}`),
    ),
  );
}

function interpellationCard(ctx: Ctx, ref: Reference, i: Interpellation): HTMLElement {
  const { tr } = ctx;
  return h(
    'li',
    { class: 'card' },
    h('h3', {}, i.topic),
    facts([[tr.t('interpellationForm.respondent'), `${i.respondent.name}, ${i.respondent.office}`]]),
    i.commitments.length > 0
      ? h(
          'ol',
          {},
          i.commitments.map((c) =>
            h(
              'li',
              {},
              `${c.text} (${nameOf(ref.agencies, c.agencyId)}; ${tr.t('interpellationForm.deadline')}: ${calendarDateOf(tr, c.deadline)})`,
            ),
          ),
        )
      : null,
    h(
      'a',
      { class: 'button secondary', href: consolePaths.interpellation(i.sessionId, i.id) },
      tr.t('app.edit'),
      h('span', { class: 'visually-hidden' }, `: ${i.topic}`),
    ),
  );
}

/** One kind of the session's records: its heading, the link that records a new one, then the records. */
function recordsSection(
  id: string,
  title: string,
  add: { href: string; label: string },
  records: Node,
): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title),
    h('p', {}, h('a', { class: 'button', href: add.href }, add.label)),
    records,
  );
}

export const resolutionsScreen = defineScreen({
  title: 'resolutions.title',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
    const ref = await ctx.reference();
    const sessions = ref.councils.find((c) => c.id === councilId)?.sessions ?? [];
    const latest = [...sessions].sort((a, b) => b.opensOn.localeCompare(a.opensOn))[0];
    const sessionId = ctx.params.get('session') ?? latest?.id;
    const heading = ctx.heading('resolutions.title');
    const picker = h(
      'form',
      { method: 'get', class: 'card' },
      field({
        name: 'session',
        label: tr.t('resolutions.session'),
        type: 'select',
        options: sessions.map((s) => ({ value: s.id, label: s.name })),
        value: sessionId,
      }),
      h('p', {}, h('button', { type: 'submit', class: 'button secondary' }, tr.t('resolutions.show'))),
    );
    if (!sessionId) {
      replace(ctx.main, heading, h('p', {}, tr.t('resolutions.noSessions')));
      focusElement(heading);
      return;
    }
    const results = await resolutionsApi(ctx.client).sessionResults(sessionId);
    replace(
      ctx.main,
      heading,
      picker,
      recordsSection(
        'resolutions',
        tr.t('resolutions.adopted'),
        { href: consolePaths.resolution(undefined, sessionId), label: tr.t('resolutions.new') },
        listOrNone(results.resolutions, tr.t('resolutions.none'), (rs) =>
          h(
            'ul',
            { class: 'list records' },
            rs.map((r) => resolutionCard(ctx, ref, r)),
          ),
        ),
      ),
      recordsSection(
        'interpellations',
        tr.t('resolutions.interpellations'),
        { href: consolePaths.interpellation(sessionId), label: tr.t('resolutions.newInterpellation') },
        listOrNone(results.interpellations, tr.t('resolutions.noInterpellations'), (is) =>
          h(
            'ul',
            { class: 'list records' },
            is.map((i) => interpellationCard(ctx, ref, i)),
          ),
        ),
      ),
    );
    focusElement(heading);
  },
});
