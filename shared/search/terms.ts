/**
 * Words as the search index sees them: the text's search key (lower case, no tone marks,
 * đ as d, punctuation as spaces; shared/text.ts), split on spaces. "Đường liên thôn Làng
 * Ngõa" and "duong lien thon lang ngoa" give the same terms.
 */
import { searchKey } from '../text.ts';

/** Terms are sharded by their first letters: a keystroke loads one small file. */
export const SHARD_PREFIX_LENGTH = 3;
/** Documents are stored in chunks of this many, in index order (oldest first). */
export const DOCUMENTS_PER_CHUNK = 16;
/** Longer terms are cut (nobody types them; they would only grow the index). */
export const MAX_TERM_LENGTH = 24;

export function termsOf(text: string): string[] {
  return searchKey(text)
    .split(' ')
    .filter(Boolean)
    .map((t) => t.slice(0, MAX_TERM_LENGTH));
}

/**
 * The shard holding a term: its first letters, as a file name. Letters outside a–z and
 * digits (another script) are written as their code point, so every name is URL-safe.
 */
export function shardOf(term: string): string {
  return [...term.slice(0, SHARD_PREFIX_LENGTH)]
    .map((ch) => (/[a-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(36)}`))
    .join('');
}

export interface SearchQuery {
  /** Whole words, every one must match a term exactly. */
  words: string[];
  /** The last word as typed, matched as the start of a term (absent after a trailing space). */
  prefix?: string;
}

/** "duong lang ngo" → words duong, lang and the prefix ngo; empty when nothing searchable. */
export function parseQuery(typed: string): SearchQuery {
  const terms = termsOf(typed);
  const endsWord = /[\p{L}\p{N}\p{M}]$/u.test(typed.trimEnd()) && typed === typed.trimEnd();
  const words = [...new Set(endsWord ? terms.slice(0, -1) : terms)];
  const last = endsWord ? terms.at(-1) : undefined;
  return last && !words.includes(last) ? { words, prefix: last } : { words };
}

export const isEmptyQuery = (q: SearchQuery) => q.words.length === 0 && !q.prefix;
