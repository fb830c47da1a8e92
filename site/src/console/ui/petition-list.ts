/**
 * A page of petitions as cards (they reflow at 360 px where a wide table would not):
 * code and title as the link, then status, overdue, field, commune, dates and body.
 */

import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { fieldName, nameOf, type Reference } from '../api/reference.ts';
import type { ListedPetition } from '../api/staff-api.ts';
import type { Translator } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { h } from './dom.ts';
import { dateOf, overdueBadge, statusBadge } from './format.ts';

export function petitionList(
  tr: Translator,
  items: readonly ListedPetition[],
  ref: Reference,
  show: { proposed?: boolean } = {},
): HTMLElement {
  return h(
    'ul',
    { class: 'list petitions' },
    items.map((p) => {
      const meta: (string | Node)[] = [
        `${tr.t('petition.field')}: ${fieldName(ref.fields, p.fieldId, tr.locale)}`,
        `${tr.t('petition.commune')}: ${nameOf(ref.units, p.communeId)}`,
        `${tr.t('petition.received')}: ${dateOf(tr, p.receivedAt)}`,
      ];
      if (p.deadline) meta.push(`${tr.t('petition.deadline')}: ${dateOf(tr, p.deadline)}`);
      if (show.proposed && p.proposedAgencyId)
        meta.push(`${tr.t('petition.proposed')}: ${nameOf(ref.agencies, p.proposedAgencyId)}`);
      if (p.agencyId) meta.push(`${tr.t('petition.agency')}: ${nameOf(ref.agencies, p.agencyId)}`);
      if (p.voterCount > 1) meta.push(`${tr.t('petition.voters')}: ${p.voterCount}`);
      return h(
        'li',
        { class: `card petition${p.overdue ? ' is-overdue' : ''}` },
        h(
          'h3',
          {},
          h(
            'a',
            { href: consolePaths.petition(p.code) },
            h('span', { class: 'mono' }, formatTrackingCode(p.code)),
            ' — ',
            p.title,
          ),
        ),
        h(
          'p',
          { class: 'badges' },
          statusBadge(tr, p.status),
          p.overdue ? [' ', overdueBadge(tr)] : null,
          p.unsatisfied
            ? [' ', h('span', { class: 'status status-overdue' }, tr.t('petition.unsatisfied'))]
            : null,
          // Why it waits in the agency's "needs action" view (a reopen is the badge above).
          p.attention?.followUp
            ? [' ', h('span', { class: 'status status-overdue' }, followUpTag(tr, p.attention.followUp))]
            : null,
        ),
        h(
          'ul',
          { class: 'meta inline' },
          meta.map((m) => h('li', {}, m)),
        ),
      );
    }),
  );
}

function followUpTag(tr: Translator, followUp: { at: string; role: string }): string {
  const date = dateOf(tr, followUp.at);
  return followUp.role === 'delegate'
    ? tr.t('queue.followUp.delegate', { date })
    : tr.t('queue.followUp.office', { date });
}
