/**
 * The search index as static files (shared/search/index-format.ts): a shard per term
 * prefix and a chunk per few documents, read by the search page's script and by the
 * public API's no-JavaScript search.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkPath, SEARCH_INDEX_BASE, shardPath } from '../../../../../shared/search/index-format.ts';
import { onlyChanged } from '../../../lib/incremental.ts';
import { siteSearchIndex } from '../../../lib/search-index.ts';
import { loadSiteData } from '../../../lib/site-data.ts';

const param = (path: string) => path.slice(SEARCH_INDEX_BASE.length);

export const getStaticPaths = (async () => {
  const index = siteSearchIndex(await loadSiteData());
  const files = [
    ...[...index.shards].map(([name, shard]) => ({
      params: { file: param(shardPath(name)) },
      props: { body: shard },
    })),
    ...index.chunks.map((chunk, n) => ({ params: { file: param(chunkPath(n)) }, props: { body: chunk } })),
  ];
  return onlyChanged('search-index', files, (f) => `${SEARCH_INDEX_BASE}${f.params.file}`);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
