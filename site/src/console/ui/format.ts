/**
 * How the console writes dates, statuses and the like: Vietnam time, the shared wording
 * of statuses and events, and a badge whose colour is never the only signal (it has words).
 */
import type { TimelineEventType } from '../../../../shared/schemas/index.ts';
import { formatVietnamDate, formatVietnamDateTime } from '../../../../shared/time.ts';
import type { PetitionStatus } from '../../../../shared/vocabulary.ts';
import type { Translator } from '../i18n/index.ts';
import { h } from './dom.ts';

export const dateOf = (tr: Translator, iso: string | undefined) =>
  iso ? formatVietnamDate(iso, tr.locale) : '';
export const dateTimeOf = (tr: Translator, iso: string | undefined) =>
  iso ? formatVietnamDateTime(iso, tr.locale) : '';

/** A calendar date "2026-12-01" (no time zone to convert) as the reader writes it. */
export function calendarDateOf(tr: Translator, date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return tr.locale === 'vi' ? `${d}/${m}/${y}` : `${d}/${m}/${y}`;
}

export const statusOf = (tr: Translator, status: PetitionStatus) => tr.m(`petition.status.${status}`, status);

/** Timeline events: the public wording where there is one, the console's for staff-only events. */
export const eventOf = (tr: Translator, type: TimelineEventType) =>
  tr.m(`petition.event.${type}`, tr.m(`event.${type}`, type));

export function statusBadge(tr: Translator, status: PetitionStatus): HTMLElement {
  return h('span', { class: `status status-${status}` }, statusOf(tr, status));
}

export function overdueBadge(tr: Translator): HTMLElement {
  return h('span', { class: 'status status-overdue' }, tr.t('petition.overdue'));
}

/** A definition list of facts, leaving out the empty ones. */
export function facts(rows: [string, Node | string | undefined][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value as Node | string)]),
  );
}
