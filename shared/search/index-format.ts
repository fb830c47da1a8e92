/**
 * The static search index, as the site's build writes it and the browser and the public
 * API read it (JSON files on the site's origin):
 *
 * - a shard per term prefix (`shardOf`): `{ term: postings }`, where postings is a flat
 *   array of triples [document gap, title count, content count] in document order (the
 *   gap from the previous document, so the numbers stay small);
 * - documents numbered oldest first (build-index.ts), so a new one only adds at the end;
 * - a chunk per DOCUMENTS_PER_CHUNK documents: what a hit shows (kind, id, title, an
 *   excerpt, a line of context, the date).
 *
 * Documents have a kind, so resolutions and oversight items can join published results
 * in the same index: the page a hit links to comes from its kind (see search-kinds.ts).
 */

export const SEARCH_KINDS = ['result', 'resolution'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What the build indexes. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  title: string;
  /** Every other word the document is found by (content, answer, places, body). */
  content: string;
  /** Shown under the title: field, commune… */
  context: string;
  /** Shown as the hit's text, highlighted. */
  excerpt: string;
  /** ISO date or instant shown with the hit. */
  date: string;
}

/** A document as stored in a chunk. */
export interface StoredDocument {
  k: SearchKind;
  i: string;
  t: string;
  c: string;
  x: string;
  d: string;
}

export type Shard = Record<string, number[]>;
export type Chunk = StoredDocument[];

/** Where the files live under the site's root. */
export const SEARCH_INDEX_BASE = '/tim-kiem/chi-muc/';
export const shardPath = (shard: string) => `${SEARCH_INDEX_BASE}t/${shard}.json`;
export const chunkPath = (chunk: number) => `${SEARCH_INDEX_BASE}d/${chunk}.json`;
