/**
 * The secretariat's search over all of its council's petitions (issue #19 §3), above the
 * triage queue: words (no need for tone marks) or a tracking code, optionally one status;
 * results ranked by the API, the matched words marked, more on request. Keyboard: Enter
 * searches, focus moves to the results' heading, Escape in the box clears the search.
 */
import { PETITION_STATUSES, type PetitionStatus } from '../../../../shared/vocabulary.ts';
import type { Reference } from '../api/reference.ts';
import type { ConsoleContext } from '../context.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { field, vocabularySelect } from '../ui/form.ts';
import { statusOf } from '../ui/format.ts';
import { headedCard } from '../ui/headed-card.ts';
import { searchResultList } from '../ui/search-results.ts';

export function petitionSearchPanel(ctx: ConsoleContext, councilId: string, ref: Reference): HTMLElement {
  const { tr, api } = ctx;
  const results = h('div', { class: 'search-found', 'aria-live': 'polite' });
  const form = h(
    'form',
    { role: 'search', 'aria-labelledby': 'staff-search-heading', novalidate: true, class: 'staff-search' },
    field({ name: 'q', label: tr.t('staffSearch.label'), hint: tr.t('staffSearch.hint'), type: 'text' }),
    vocabularySelect(
      { name: 'status', label: tr.t('staffSearch.status'), placeholder: tr.t('staffSearch.anyStatus') },
      PETITION_STATUSES,
      (s) => statusOf(tr, s),
    ),
    h('button', { type: 'submit', class: 'button secondary' }, tr.t('staffSearch.submit')),
  );
  const input = form.querySelector<HTMLInputElement>('[name=q]')!;

  const show = async (query: string, status: PetitionStatus | undefined) => {
    if (query === '') {
      replace(results, h('p', {}, tr.t('staffSearch.empty')));
      focusElement(input);
      return;
    }
    form.setAttribute('aria-busy', 'true');
    try {
      const first = await api.search.petitions(councilId, query, status ? { status } : {});
      const heading = h(
        'h3',
        { tabindex: '-1' },
        first.items.length > 0 || first.nextCursor
          ? tr.t('staffSearch.results', { query })
          : tr.t('staffSearch.none', { query }),
      );
      const list = searchResultList(tr, first.items, ref);
      const more = h('button', { type: 'button', class: 'button secondary' }, tr.t('staffSearch.more'));
      let cursor = first.nextCursor;
      more.hidden = !cursor;
      more.addEventListener('click', async () => {
        if (!cursor) return;
        try {
          const next = await api.search.petitions(councilId, query, {
            ...(status ? { status } : {}),
            cursor,
          });
          const added = searchResultList(tr, next.items, ref);
          const firstAdded = added.querySelector('a');
          list.append(...added.children);
          cursor = next.nextCursor;
          more.hidden = !cursor;
          focusElement(firstAdded);
        } catch (error) {
          ctx.fail(error);
        }
      });
      replace(results, heading, first.items.length > 0 ? list : null, more);
      focusElement(heading);
    } catch (error) {
      ctx.fail(error);
    } finally {
      form.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const status = String(data.get('status') ?? '');
    void show(String(data.get('q') ?? '').trim(), status ? (status as PetitionStatus) : undefined);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    input.value = '';
    replace(results);
  });

  return headedCard({ id: 'staff-search', title: tr.t('staffSearch.title'), level: 'h2' }, form, results);
}
