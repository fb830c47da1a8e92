/** The public API's reader of the site's index: one fetch per file while it is fresh, missing files as empty, failures as unavailable. */
import { describe, expect, it } from 'vitest';
import { SearchIndexUnavailableError, staticSearchIndex } from '../../functions/lib/search/static-index.ts';

function origin(files: Record<string, unknown>) {
  const fetched: string[] = [];
  const fetchFile = (async (url: URL) => {
    fetched.push(url.pathname);
    const body = files[url.pathname];
    if (body === 'fail') return new Response('oops', { status: 500 });
    return body === undefined ? new Response('', { status: 404 }) : Response.json(body);
  }) as typeof fetch;
  return { fetched, fetchFile };
}

describe('the static search index reader', () => {
  it('fetches each file once while it is fresh and again after the TTL', async () => {
    const { fetched, fetchFile } = origin({ '/tim-kiem/chi-muc/t/duo.json': { duong: [0, 1, 0] } });
    let now = 0;
    const index = staticSearchIndex({
      baseUrl: 'https://site.example',
      fetch: fetchFile,
      now: () => now,
      ttlMs: 1000,
    });
    expect(await index.shard('duo')).toEqual({ duong: [0, 1, 0] });
    await index.shard('duo');
    expect(fetched).toEqual(['/tim-kiem/chi-muc/t/duo.json']);
    now = 1500;
    await index.shard('duo');
    expect(fetched).toHaveLength(2);
  });

  it('reads a missing file as no term, and a failing origin as unavailable (not cached)', async () => {
    const { fetched, fetchFile } = origin({ '/tim-kiem/chi-muc/d/0.json': 'fail' });
    const index = staticSearchIndex({ baseUrl: 'https://site.example/', fetch: fetchFile });
    await expect(index.shard('zzz')).resolves.toBeUndefined();
    await expect(index.chunk(0)).rejects.toBeInstanceOf(SearchIndexUnavailableError);
    await expect(index.chunk(0)).rejects.toBeInstanceOf(SearchIndexUnavailableError);
    expect(fetched.filter((p) => p.endsWith('/d/0.json'))).toHaveLength(2);
  });
});
