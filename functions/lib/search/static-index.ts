/**
 * The site's static search index, read by the public API's no-JavaScript search: each file
 * (a shard, a chunk) fetched from the site's origin the first time a query needs it, kept
 * in memory for a short while (so a warm Lambda answers from memory, and a rebuilt site is
 * seen within the TTL), at most MAX_FILES of them.
 */
import type { Chunk, Shard } from '../../../shared/search/index-format.ts';
import { chunkPath, shardPath } from '../../../shared/search/index-format.ts';
import type { SearchIndexSource } from '../../../shared/search/query.ts';

export const INDEX_TTL_MS = 60_000;
const MAX_FILES = 2_000;

/** The index's files could not be read (the site's origin did not answer as it should). */
export class SearchIndexUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchIndexUnavailableError';
  }
}

export interface StaticIndexOptions {
  /** The origin (or folder URL) the index's paths are read under: PUBLIC_SITE_URL, or SEARCH_INDEX_URL. */
  baseUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  ttlMs?: number;
}

export function staticSearchIndex(options: StaticIndexOptions): SearchIndexSource {
  const get = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? INDEX_TTL_MS;
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();

  async function read(path: string): Promise<unknown> {
    const url = new URL(
      path.replace(/^\//, ''),
      options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
    );
    let response: Response;
    try {
      response = await get(url, { headers: { accept: 'application/json' } });
    } catch (cause) {
      throw new SearchIndexUnavailableError(`search index: ${path} could not be fetched`, { cause });
    }
    if (response.status === 404 || response.status === 403) return undefined;
    if (!response.ok)
      throw new SearchIndexUnavailableError(`search index: ${path} answered ${response.status}`);
    return response.json();
  }

  function cached<T>(path: string): Promise<T | undefined> {
    const hit = cache.get(path);
    if (hit && now() - hit.at < ttl) return hit.value as Promise<T | undefined>;
    const value = read(path);
    cache.delete(path);
    cache.set(path, { at: now(), value });
    value.catch(() => cache.delete(path));
    while (cache.size > MAX_FILES) cache.delete(cache.keys().next().value!);
    return value as Promise<T | undefined>;
  }

  return {
    shard: (name) => cached<Shard>(shardPath(name)),
    chunk: (n) => cached<Chunk>(chunkPath(n)),
  };
}
