/** Follow-up items as cards: the text as the link, status, overdue, body responsible, deadline, source. */

import type { ListedItem } from '../api/oversight-api.ts';
import type { Reference } from '../api/reference.ts';
import { nameOf } from '../api/reference.ts';
import type { Translator } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { h } from './dom.ts';
import { dateOf, overdueBadge } from './format.ts';

export const followUpStatusBadge = (tr: Translator, status: ListedItem['status']) =>
  h('span', { class: `status status-${status}` }, tr.m(`followUp.status.${status}`, status));

export function followUpCard(tr: Translator, item: ListedItem, ref: Reference): HTMLElement {
  return h(
    'li',
    { class: `card follow-up${item.overdue ? ' is-overdue' : ''}` },
    h('h3', {}, h('a', { href: consolePaths.followUp(item.id) }, item.text)),
    h(
      'p',
      { class: 'badges' },
      followUpStatusBadge(tr, item.status),
      item.overdue ? [' ', overdueBadge(tr)] : null,
    ),
    h(
      'ul',
      { class: 'meta inline' },
      h('li', {}, `${tr.t('oversight.agency')}: ${nameOf(ref.agencies, item.agencyId)}`),
      h('li', {}, `${tr.t('oversight.deadline')}: ${dateOf(tr, item.deadline)}`),
      h('li', {}, `${tr.m(`followUp.source.${item.source.kind}`, item.source.kind)}: ${item.source.title}`),
    ),
  );
}

export function followUpList(tr: Translator, items: readonly ListedItem[], ref: Reference): HTMLElement {
  if (items.length === 0) return h('p', {}, tr.t('list.empty'));
  return h(
    'ul',
    { class: 'list follow-ups' },
    items.map((i) => followUpCard(tr, i, ref)),
  );
}
