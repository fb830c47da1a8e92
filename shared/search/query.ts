/**
 * Answers a query from the static index, in the browser and in the public API alike: a
 * shard per word (the last one as a prefix), every word must match, ranked by where the
 * words are (a word in the title counts TITLE_WEIGHT times one in the text), then newest
 * first; only the page's documents are read.
 */
import type { Chunk, SearchKind, Shard, StoredDocument } from './index-format.ts';
import { DOCUMENTS_PER_CHUNK, type SearchQuery, shardOf } from './terms.ts';

export const TITLE_WEIGHT = 4;

/** Reads the index's files; a missing file is `undefined` (no term starts that way). */
export interface SearchIndexSource {
  shard(name: string): Promise<Shard | undefined>;
  chunk(number: number): Promise<Chunk | undefined>;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  context: string;
  excerpt: string;
  date: string;
  score: number;
}

export interface SearchAnswer {
  total: number;
  page: number;
  pages: number;
  hits: SearchHit[];
}

/** Document number → score, for one posting list. */
function scores(postings: readonly number[], into: Map<number, number>): void {
  let doc = 0;
  for (let i = 0; i + 2 < postings.length; i += 3) {
    doc += postings[i]!;
    const score = TITLE_WEIGHT * postings[i + 1]! + postings[i + 2]!;
    into.set(doc, (into.get(doc) ?? 0) + score);
  }
}

async function matchesOf(
  source: SearchIndexSource,
  word: string,
  asPrefix: boolean,
): Promise<Map<number, number>> {
  const shard = await source.shard(shardOf(word));
  const found = new Map<number, number>();
  if (!shard) return found;
  if (!asPrefix) {
    if (Object.hasOwn(shard, word)) scores(shard[word]!, found);
    return found;
  }
  for (const [term, postings] of Object.entries(shard)) if (term.startsWith(word)) scores(postings, found);
  return found;
}

export async function searchIndex(
  source: SearchIndexSource,
  query: SearchQuery,
  options: { page: number; pageSize: number },
): Promise<SearchAnswer> {
  const lists = await Promise.all([
    ...query.words.map((w) => matchesOf(source, w, false)),
    ...(query.prefix ? [matchesOf(source, query.prefix, true)] : []),
  ]);
  if (lists.length === 0) return { total: 0, page: 1, pages: 1, hits: [] };
  lists.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = lists;
  const ranked: [number, number][] = [];
  for (const [doc, score] of smallest!) {
    let total = score;
    let everywhere = true;
    for (const other of others) {
      const s = other.get(doc);
      if (s === undefined) {
        everywhere = false;
        break;
      }
      total += s;
    }
    if (everywhere) ranked.push([doc, total]);
  }
  // Documents are numbered oldest first (build-index.ts): on a tie the higher number, the newer, first.
  ranked.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const pages = Math.max(1, Math.ceil(ranked.length / options.pageSize));
  const page = Math.min(Math.max(1, options.page), pages);
  const shown = ranked.slice((page - 1) * options.pageSize, page * options.pageSize);
  const chunkNumbers = [...new Set(shown.map(([doc]) => Math.floor(doc / DOCUMENTS_PER_CHUNK)))];
  const chunks = new Map(
    await Promise.all(chunkNumbers.map(async (n) => [n, await source.chunk(n)] as const)),
  );
  const hits = shown.flatMap(([doc, score]) => {
    const stored: StoredDocument | undefined = chunks.get(Math.floor(doc / DOCUMENTS_PER_CHUNK))?.[
      doc % DOCUMENTS_PER_CHUNK
    ];
    return stored
      ? [
          {
            kind: stored.k,
            id: stored.i,
            title: stored.t,
            context: stored.c,
            excerpt: stored.x,
            date: stored.d,
            score,
          },
        ]
      : [];
  });
  return { total: ranked.length, page, pages, hits };
}
