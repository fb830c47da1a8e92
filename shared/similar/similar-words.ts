/**
 * The words a petition's title is found by when a citizen types a similar one: its search
 * terms (lower case, no tone marks, đ as d: shared/search/terms.ts), without the little
 * words every title has, each once, at most MAX_WORDS of them. The same function turns what
 * the citizen typed into the words to look up, so both sides always agree.
 */
import { termsOf } from '../search/terms.ts';

/** A title is indexed by at most this many words (each one a small item written with it). */
export const MAX_INDEXED_WORDS = 8;
/** A query looks up at most this many words (each one a Query). */
export const MAX_QUERY_WORDS = 4;

/**
 * Words that say nothing about the matter ("đề nghị", "của", "thôn"…), diacritics removed.
 * Looking them up would return every petition of the commune.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'de nghi kien phan anh ve viec cua va la o cho cac co khong duoc tai tren da voi mot nhung ' +
    'nay thi bi den tu trong khi nhu nguoi dan xa thon ban can som the and of to in a an for on is please'
  ).split(' '),
);

/** The distinct, meaningful words of a text, in order of appearance. */
export function similarWordsOf(text: string): string[] {
  const words = termsOf(text).filter((t) => t.length >= 2 && !STOP_WORDS.has(t));
  return [...new Set(words)];
}

/** The words a title is indexed by. */
export function indexedWordsOf(title: string): string[] {
  return similarWordsOf(title).slice(0, MAX_INDEXED_WORDS);
}

/**
 * The words a typed title is looked up by: the longest ones first (the rarer, the more
 * telling), a word still being typed left out until it is finished or long enough.
 */
export function queryWordsOf(typed: string): string[] {
  const words = similarWordsOf(typed);
  const unfinished = /[\p{L}\p{N}]$/u.test(typed) ? words.at(-1) : undefined;
  const usable = unfinished && unfinished.length < 4 ? words.slice(0, -1) : words;
  return [...usable].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_WORDS);
}
