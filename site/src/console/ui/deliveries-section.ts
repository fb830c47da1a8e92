/**
 * "Notices sent": how each notice of the petition went out, one row per channel and
 * recipient (sent, not delivered and why, still sending; when). Only when the API sent
 * the deliveries (never to delegates); the API never sends the address or number.
 */
import type { PetitionDelivery } from '../../../../shared/notify-channels.ts';
import type { TimelineEventType } from '../../../../shared/schemas/index.ts';
import type { StaffPetitionView } from '../api/staff-api.ts';
import type { Translator } from '../i18n/index.ts';
import { h } from './dom.ts';
import { dateTimeOf, eventOf } from './format.ts';

function noticeOf(tr: Translator, d: PetitionDelivery): string {
  const who = d.recipient.split('#')[0] ?? d.recipient;
  return `${eventOf(tr, d.eventType as TimelineEventType)} → ${tr.m(`deliveries.recipient.${who}`, who)}`;
}

function statusOf(tr: Translator, d: PetitionDelivery): string {
  const status = tr.t(`deliveries.status.${d.status}`);
  return d.reason ? `${status} (${tr.m(`deliveries.reason.${d.reason}`, d.reason)})` : status;
}

export function deliveriesSection(tr: Translator, view: StaffPetitionView): HTMLElement | null {
  const deliveries = view.deliveries ?? [];
  if (deliveries.length === 0) return null;
  const heading = (key: Parameters<Translator['t']>[0]) => h('th', { scope: 'col' }, tr.t(key));
  return h(
    'section',
    { class: 'deliveries', 'aria-labelledby': 'deliveries-heading' },
    h('h2', { id: 'deliveries-heading' }, tr.t('deliveries.title')),
    h(
      'div',
      { class: 'table-wrap', role: 'region', 'aria-labelledby': 'deliveries-heading', tabindex: '0' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            heading('deliveries.channel'),
            heading('deliveries.notice'),
            heading('deliveries.status'),
            heading('deliveries.at'),
          ),
        ),
        h(
          'tbody',
          {},
          deliveries.map((d) =>
            h(
              'tr',
              { class: `delivery-${d.status}` },
              h('td', {}, tr.t(`deliveries.channel.${d.channel}`)),
              h('td', {}, noticeOf(tr, d)),
              h('td', {}, statusOf(tr, d)),
              h('td', {}, h('time', { datetime: d.at }, dateTimeOf(tr, d.at))),
            ),
          ),
        ),
      ),
    ),
  );
}
