/**
 * Builds the static search index from documents given newest first. They are numbered
 * oldest first (the last given is 0), so the index only grows at its end: a new result
 * (the newest) takes the next number, its postings go at the end of its terms' lists and
 * it joins the last chunk; no other document's number, shard entry or chunk moves.
 * Pure: the site's build writes what this returns, tests and the bench call it.
 */
import type { Chunk, SearchDocument, Shard, StoredDocument } from './index-format.ts';
import { DOCUMENTS_PER_CHUNK, shardOf, termsOf } from './terms.ts';

export const EXCERPT_LENGTH = 280;

export interface BuiltSearchIndex {
  shards: Map<string, Shard>;
  chunks: Chunk[];
  documents: number;
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${flat.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`;
}

function count(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function buildSearchIndex(newestFirst: readonly SearchDocument[]): BuiltSearchIndex {
  const documents = [...newestFirst].reverse();
  // term → [document, title count, content count][], documents in increasing order.
  const postings = new Map<string, number[][]>();
  documents.forEach((doc, n) => {
    const title = count(termsOf(doc.title));
    const content = count(termsOf(`${doc.content} ${doc.context}`));
    for (const term of new Set([...title.keys(), ...content.keys()])) {
      let list = postings.get(term);
      if (!list) {
        list = [];
        postings.set(term, list);
      }
      list.push([n, title.get(term) ?? 0, content.get(term) ?? 0]);
    }
  });
  const shards = new Map<string, Shard>();
  for (const term of [...postings.keys()].sort()) {
    const name = shardOf(term);
    let shard = shards.get(name);
    if (!shard) {
      shard = {};
      shards.set(name, shard);
    }
    let previous = 0;
    shard[term] = postings.get(term)!.flatMap(([doc, inTitle, inContent]) => {
      const gap = doc! - previous;
      previous = doc!;
      return [gap, inTitle!, inContent!];
    });
  }
  const chunks: Chunk[] = [];
  documents.forEach((doc, n) => {
    const stored: StoredDocument = {
      k: doc.kind,
      i: doc.id,
      t: doc.title,
      c: doc.context,
      x: excerptOf(doc.excerpt),
      d: doc.date,
    };
    const chunk = Math.floor(n / DOCUMENTS_PER_CHUNK);
    if (n % DOCUMENTS_PER_CHUNK === 0) chunks[chunk] = [];
    chunks[chunk]!.push(stored);
  });
  return { shards, chunks, documents: documents.length };
}
