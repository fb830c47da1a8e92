/** The Atom feeds in English (site/src/lib/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeeds } from '../../../lib/feeds.ts';
import { loadSiteData } from '../../../lib/site-data.ts';

const BASE = '/en/feeds/';

export const getStaticPaths = (async () =>
  siteFeeds(await loadSiteData())
    .filter((f) => f.path.startsWith(BASE))
    .map((f) => ({
      params: { feed: f.path.slice(BASE.length) },
      props: { body: f.body },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
