/**
 * The endpoints that write the Atom feeds (site/src/lib/feeds.ts) under one language's
 * folder: /nguon-tin/ in Vietnamese, /en/feeds/ in English. Each page is two lines.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeeds } from './feeds.ts';
import { onlyChanged } from './incremental.ts';
import { loadSiteData } from './site-data.ts';

/** One static path per feed whose file lies under `base` ("/nguon-tin/"). */
export const feedPaths = (base: string) =>
  (async () => {
    const data = await loadSiteData();
    const feeds = siteFeeds(data)
      .filter((f) => f.path.startsWith(base))
      .map((f) => ({
        params: { feed: f.path.slice(base.length) },
        props: { body: f.body },
        // What the feed shows, without its <updated> (the build's instant): lib/incremental.ts.
        shows: f.body.replaceAll(data.builtAt.toISOString(), ''),
        file: f.path,
      }));
    return onlyChanged(
      `feeds${base.replaceAll('/', '-')}`,
      feeds,
      (f) => f.file,
      undefined,
      (f) => f.shows,
    ).map(({ params, props }) => ({ params, props }));
  }) satisfies GetStaticPaths;

export const feedResponse: APIRoute = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
