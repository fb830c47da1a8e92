/**
 * A petition as staff read it: the facts, the content, the submitter's contact (only when
 * the API sent it: never to delegates), the roadmap and answer, and the whole timeline.
 * Every text is put in as text, so markup in a petition shows as typed.
 */
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { fieldName, nameOf, type Reference } from '../api/reference.ts';
import type { StaffPetitionView } from '../api/staff-api.ts';
import type { Translator } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { h } from './dom.ts';
import { calendarDateOf, dateOf, dateTimeOf, eventOf, facts, overdueBadge, statusBadge } from './format.ts';

export function petitionFacts(tr: Translator, view: StaffPetitionView, ref: Reference): HTMLElement {
  const p = view.petition;
  const status = h('span', {}, statusBadge(tr, p.status), p.overdue ? [' ', overdueBadge(tr)] : null);
  return facts([
    [tr.t('petition.code'), h('span', { class: 'mono' }, formatTrackingCode(p.code))],
    [tr.t('petition.status'), status],
    [tr.t('petition.field'), fieldName(ref.fields, p.fieldId, tr.locale)],
    [tr.t('petition.locality'), nameOf(ref.units, p.localityId)],
    [tr.t('petition.commune'), nameOf(ref.units, p.communeId)],
    [tr.t('petition.channel'), tr.t(`channel.${p.channel}`)],
    [tr.t('petition.received'), dateTimeOf(tr, p.receivedAt)],
    [tr.t('petition.proposed'), p.proposedAgencyId ? nameOf(ref.agencies, p.proposedAgencyId) : undefined],
    [tr.t('petition.agency'), p.agencyId ? nameOf(ref.agencies, p.agencyId) : undefined],
    [tr.t('petition.deadline'), dateOf(tr, p.deadline)],
    [tr.t('petition.voters'), p.voterCount > 1 ? String(p.voterCount) : undefined],
    [
      tr.t('petition.mergedInto'),
      p.mergedInto
        ? h('a', { href: consolePaths.petition(p.mergedInto) }, formatTrackingCode(p.mergedInto))
        : undefined,
    ],
    [tr.t('petition.consent'), p.consentToPublish ? tr.t('app.yes') : tr.t('app.no')],
  ]);
}

export function contactSection(tr: Translator, view: StaffPetitionView, ref: Reference): HTMLElement | null {
  const c = view.contact;
  if (!c && view.contactErased)
    return h(
      'section',
      { class: 'contact', 'aria-labelledby': 'contact-heading' },
      h('h2', { id: 'contact-heading' }, tr.t('petition.contact')),
      h(
        'p',
        { class: 'notice' },
        tr.t('petition.contactErased', { date: dateOf(tr, view.contactErased.at) }),
      ),
    );
  if (!c) return null;
  return h(
    'section',
    // A printed copy travels further than the screen: it leaves the submitter's contact out.
    { class: 'contact', 'aria-labelledby': 'contact-heading' },
    h('h2', { id: 'contact-heading' }, tr.t('petition.contact')),
    facts([
      [tr.t('petition.contactName'), c.name],
      [tr.t('petition.contactPhone'), c.phone ? h('a', { href: `tel:${c.phone}` }, c.phone) : undefined],
      [tr.t('petition.contactEmail'), c.email ? h('a', { href: `mailto:${c.email}` }, c.email) : undefined],
      [tr.t('petition.contactAddress'), `${c.address}, ${nameOf(ref.units, c.communeId)}`],
      [tr.t('petition.contactErasedOn'), c.erasedOn ? dateOf(tr, c.erasedOn) : undefined],
    ]),
  );
}

export function answerSection(tr: Translator, view: StaffPetitionView): HTMLElement | null {
  const p = view.petition;
  const answer = p.answer ?? view.primary?.answer;
  const parts: Node[] = [];
  if (p.roadmap) {
    parts.push(
      h('h2', {}, tr.t('petition.roadmap')),
      h('p', { class: 'prose' }, p.roadmap.text),
      h(
        'p',
        { class: 'meta' },
        `${tr.t('roadmapForm.expectedBy')}: ${calendarDateOf(tr, p.roadmap.expectedBy)}`,
      ),
    );
  }
  if (answer) {
    parts.push(
      h('h2', {}, tr.t('petition.answer')),
      facts([
        [tr.t('answerForm.result'), tr.m(`petition.answerResult.${answer.result}`, answer.result)],
        [tr.t('answerForm.documentNumber'), answer.documentNumber],
        [tr.t('answerForm.documentDate'), calendarDateOf(tr, answer.documentDate)],
        [tr.t('answerForm.resolveBy'), calendarDateOf(tr, answer.resolveBy)],
      ]),
      h('p', { class: 'prose' }, answer.text),
    );
  }
  return parts.length > 0 ? h('section', { class: 'answer' }, parts) : null;
}

export function timelineSection(tr: Translator, view: StaffPetitionView, ref: Reference): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, tr.t('petition.timeline')),
    h(
      'ol',
      { class: 'timeline' },
      view.timeline.map((e) =>
        h(
          'li',
          {},
          h(
            'p',
            {},
            h('strong', {}, eventOf(tr, e.type)),
            e.agencyId ? ` — ${nameOf(ref.agencies, e.agencyId)}` : '',
          ),
          h(
            'p',
            { class: 'meta' },
            h('time', { datetime: e.at }, dateTimeOf(tr, e.at)),
            e.actor.name ? ` · ${e.actor.name}` : '',
          ),
          e.reason ? h('p', { class: 'prose' }, `${tr.t('petition.reason')}: ${e.reason}`) : null,
          e.note ? h('p', { class: 'prose' }, `${tr.t('petition.note')}: ${e.note}`) : null,
        ),
      ),
    ),
  );
}
