/**
 * Merging this petition into a primary: search by code or by words (diacritics ignored)
 * through the staff search API (ui/primary-search.ts), then merge into one of the results. The API takes the merge on the primary:
 * POST /v1/petitions/{primary}/merge { codes: [this one] }.
 */
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import type { Reference } from '../api/reference.ts';
import type { SearchHit } from '../api/search-api.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { field } from '../ui/form.ts';
import { statusBadge } from '../ui/format.ts';
import { headedCard } from '../ui/headed-card.ts';
import { listOrNone } from '../ui/lists.ts';
import { findPrimaryCandidates } from '../ui/primary-search.ts';
import { markedTitle, searchHitMeta } from '../ui/search-results.ts';
import { type PetitionHost, runAction } from './petition-host.ts';

export function mergeSection(host: PetitionHost): HTMLElement {
  const { ctx, view } = host;
  const { tr, api } = ctx;
  const code = view.petition.code;
  const councilId = view.petition.councilId;
  const results = h('div', { class: 'merge-results', tabindex: '-1' });

  const search = h(
    'form',
    { role: 'search', 'aria-labelledby': 'merge-heading', novalidate: true },
    field({ name: 'q', label: tr.t('merge.search'), hint: tr.t('merge.searchHint'), type: 'text' }),
    h('button', { type: 'submit', class: 'button secondary' }, tr.t('merge.searchSubmit')),
  );

  const mergeForm = (candidate: SearchHit, ref: Reference) => {
    const form = h(
      'form',
      { class: 'merge-into' },
      h(
        'p',
        {},
        h('span', { class: 'mono' }, formatTrackingCode(candidate.code)),
        ' — ',
        ...markedTitle(candidate),
        ' ',
        statusBadge(tr, candidate.status),
      ),
      searchHitMeta(tr, candidate, ref),
      h(
        'button',
        { type: 'submit', class: 'button' },
        tr.t('merge.into', { code: formatTrackingCode(candidate.code) }),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void runAction(
        host,
        form,
        () => api.merge(candidate.code, [code]),
        tr.t('merge.done', { code: formatTrackingCode(candidate.code) }),
      );
    });
    return h('li', {}, form);
  };

  search.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = String(new FormData(search).get('q') ?? '');
    search.setAttribute('aria-busy', 'true');
    try {
      const ref = await ctx.reference();
      const found = await findPrimaryCandidates(query, code, (q, cursor) =>
        api.search.petitions(councilId, q, cursor ? { cursor } : {}),
      );
      replace(
        results,
        h('h4', {}, tr.t('merge.results')),
        listOrNone(found, tr.t('merge.noResults'), (candidates) =>
          h(
            'ul',
            { class: 'list' },
            candidates.map((candidate) => mergeForm(candidate, ref)),
          ),
        ),
      );
      focusElement(results);
    } catch (error) {
      ctx.fail(error);
    } finally {
      search.removeAttribute('aria-busy');
    }
  });

  return headedCard(
    { id: 'merge', title: tr.t('merge.title'), level: 'h3', class: 'action card' },
    search,
    results,
  );
}
