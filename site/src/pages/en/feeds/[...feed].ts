/** The Atom feeds in English (site/src/lib/feeds.ts). */
import { feedPaths, feedResponse } from '../../../lib/feed-pages.ts';

export const getStaticPaths = feedPaths('/en/feeds/');
export const GET = feedResponse;
