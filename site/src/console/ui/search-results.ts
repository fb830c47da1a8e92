/**
 * A staff search's results (issue #19 §3): code and title as the link, the words that
 * matched marked in the title (shared/search/highlight.ts: the text is set as text, and
 * only then are the matched words wrapped in <mark>), then status, body, commune and date.
 */
import { highlight } from '../../../../shared/search/highlight.ts';
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { nameOf, type Reference } from '../api/reference.ts';
import type { SearchHit } from '../api/search-api.ts';
import type { Translator } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { h } from './dom.ts';
import { dateOf, statusBadge } from './format.ts';
import { cardList } from './lists.ts';

/** The title with the matched words in <mark>. */
export function markedTitle(hit: Pick<SearchHit, 'title' | 'matched'>): Node[] {
  return highlight(hit.title, { words: hit.matched }).map((s) =>
    s.marked ? h('mark', {}, s.text) : document.createTextNode(s.text),
  );
}

export function searchHitMeta(tr: Translator, hit: SearchHit, ref: Reference): HTMLElement {
  const meta = [
    `${tr.t('petition.commune')}: ${nameOf(ref.units, hit.communeId)}`,
    `${tr.t('petition.received')}: ${dateOf(tr, hit.receivedAt)}`,
    ...(hit.agencyId ? [`${tr.t('petition.agency')}: ${nameOf(ref.agencies, hit.agencyId)}`] : []),
  ];
  return h(
    'ul',
    { class: 'meta inline' },
    meta.map((m) => h('li', {}, m)),
  );
}

export function searchResultList(tr: Translator, hits: readonly SearchHit[], ref: Reference): HTMLElement {
  return cardList(
    'list petitions search-results',
    hits,
    (hit) => [
      h(
        'h3',
        {},
        h(
          'a',
          { href: consolePaths.petition(hit.code) },
          h('span', { class: 'mono' }, formatTrackingCode(hit.code)),
          ' — ',
          ...markedTitle(hit),
        ),
      ),
      h('p', { class: 'badges' }, statusBadge(tr, hit.status)),
      searchHitMeta(tr, hit, ref),
    ],
    'card petition',
  );
}
