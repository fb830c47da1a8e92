/**
 * A page of records (agencies, rules) as cards with their facts and an edit button:
 * they reflow at 360 px, where a table of five columns would not fit.
 */
import type { ConsoleContext } from '../context.ts';
import { pagesOf } from './cursor-trail.ts';
import { h } from './dom.ts';
import { facts } from './format.ts';
import { cardList } from './lists.ts';
import { type PagedList, pagedList } from './paged-list.ts';

export interface RecordCard {
  title: string;
  rows: [string, string | undefined][];
  /** The edit button's words; the record's title follows for screen readers. */
  edit: string;
  onEdit: () => void;
}

export function recordCards(cards: readonly RecordCard[]): HTMLElement {
  return cardList('list records', cards, (card) => [
    h('h3', {}, card.title),
    facts(card.rows),
    h(
      'button',
      { type: 'button', class: 'button secondary', onclick: card.onEdit },
      card.edit,
      h('span', { class: 'visually-hidden' }, `: ${card.title}`),
    ),
  ]);
}

/**
 * The records the API sends whole (agencies, rules), paged as cards whose "edit" button
 * calls `onEdit` with the record. `records` is read on each page, so a reload after a
 * save shows the list as it is now.
 */
export function pagedRecordCards<T>(
  ctx: ConsoleContext,
  options: {
    /** The accessible name of the list region. */
    label: string;
    records: () => readonly T[];
    card: (record: T) => Pick<RecordCard, 'title' | 'rows'>;
    onEdit: (record: T) => void;
  },
): PagedList {
  return pagedList(ctx, {
    label: options.label,
    load: (cursor) => pagesOf(options.records())(cursor),
    render: (items) =>
      recordCards(
        items.map((record) => ({
          ...options.card(record),
          edit: ctx.tr.t('app.edit'),
          onEdit: () => options.onEdit(record),
        })),
      ),
  });
}
