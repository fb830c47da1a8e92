/** The Atom feeds in Vietnamese (site/src/lib/feeds.ts). */
import { feedPaths, feedResponse } from '../../lib/feed-pages.ts';

export const getStaticPaths = feedPaths('/nguon-tin/');
export const GET = feedResponse;
