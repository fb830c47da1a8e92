/**
 * The words staff find a petition by (issue #19 §3): the similar-petitions words of its
 * title, its field's and commune's names, its code and its content (shared/similar/
 * similar-words.ts: lower case, no tone marks, đ as d, little words dropped), each once, in
 * that order, at most MAX_PETITION_WORDS. Never anything of the submitter: the caller passes
 * the petition's public texts only, and nothing here reads a contact.
 *
 * The same normalisation turns what staff type into the words looked up, and a typed
 * tracking code (any case, with or without dashes) into that code.
 */
import { similarWordsOf } from '../similar/similar-words.ts';
import { isTrackingCode, parseTrackingCode } from '../tracking-code.ts';

/**
 * A petition is indexed by at most this many words: each is a posting per scope (council,
 * and agency once routed), rewritten when the status changes. Title words come first, so a
 * long content's last words are the ones left out (the recall trade-off, functions/README.md).
 */
export const MAX_PETITION_WORDS = 24;
/** A query looks up at most this many words. */
export const MAX_QUERY_WORDS = 6;

export interface IndexedTexts {
  code: string;
  title: string;
  content: string;
  /** The names of the petition's field and commune (the labels staff see), in the council's language. */
  labels: readonly string[];
}

/** The word a tracking code is indexed by: its canonical form in lower case ("7kqm3hxt9par"). */
export const codeWord = (code: string) => code.toLowerCase();

export function petitionWordsOf(texts: IndexedTexts): string[] {
  const words = [
    ...similarWordsOf(texts.title),
    ...texts.labels.flatMap((label) => similarWordsOf(label)),
    codeWord(texts.code),
    ...similarWordsOf(texts.content),
  ];
  return [...new Set(words)].slice(0, MAX_PETITION_WORDS);
}

export type StaffQuery =
  | { kind: 'code'; code: string }
  | { kind: 'words'; words: string[] }
  | { kind: 'empty' };

/** What staff typed: a tracking code, the distinct words to look up (at most MAX_QUERY_WORDS), or nothing searchable. */
export function parseStaffQuery(typed: string): StaffQuery {
  const text = typed.trim();
  if (isTrackingCode(text)) return { kind: 'code', code: parseTrackingCode(text) };
  const words = similarWordsOf(text).slice(0, MAX_QUERY_WORDS);
  return words.length > 0 ? { kind: 'words', words } : { kind: 'empty' };
}
