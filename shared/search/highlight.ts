/**
 * Which words of a shown text matched the query, as segments: the page escapes every
 * segment's text first (html`` on the server, textContent in the browser) and only then
 * wraps the matched ones in <mark>, so a title full of markup stays text.
 */
import { searchKey } from '../text.ts';
import type { SearchQuery } from './terms.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function highlight(text: string, query: SearchQuery): Segment[] {
  const words = new Set(query.words);
  const isMatch = (word: string) =>
    searchKey(word)
      .split(' ')
      .some((key) => words.has(key) || (query.prefix !== undefined && key.startsWith(query.prefix)));
  const segments: Segment[] = [];
  const push = (piece: string, marked: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += piece;
    else segments.push({ text: piece, marked });
  };
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    push(text.slice(at, m.index), false);
    push(m[0], isMatch(m[0]));
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return segments;
}
