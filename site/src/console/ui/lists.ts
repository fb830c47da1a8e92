/**
 * Lists of records as the console draws them: cards in a list (they reflow at 360 px,
 * where a table would not), and one line saying there are none instead of an empty list.
 */
import { type Child, h } from './dom.ts';

/** A `ul` of `class`, each item a card (`li.card`, or `cardClass`) holding `content(item)`. */
export function cardList<T>(
  listClass: string,
  items: readonly T[],
  content: (item: T) => Child,
  cardClass = 'card',
): HTMLUListElement {
  return h(
    'ul',
    { class: listClass },
    items.map((item) => h('li', { class: cardClass }, content(item))),
  );
}

/** `list(items)` when there are any, else a line that says there are none (`none`). */
export function listOrNone<L extends readonly unknown[]>(
  items: L,
  none: string,
  list: (items: L) => Node,
): Node {
  return items.length > 0 ? list(items) : h('p', {}, none);
}
