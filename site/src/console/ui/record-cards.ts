/**
 * A page of records (agencies, rules) as cards with their facts and an edit button:
 * they reflow at 360 px, where a table of five columns would not fit.
 */
import { h } from './dom.ts';
import { facts } from './format.ts';
import { cardList } from './lists.ts';

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
