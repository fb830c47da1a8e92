/** The page a search hit opens, by its kind: a new kind of document adds its page here. */
import { resolutionPaths } from '../ui/resolution-routes.ts';
import { type SiteLocale, sitePaths } from '../ui/routes.ts';
import type { SearchKind } from './index-format.ts';

const PAGES: Record<SearchKind, (l: SiteLocale, id: string) => string> = {
  result: (l, id) => sitePaths.result(l, id),
  /** A resolution's id in the index is its slug. */
  resolution: (l, id) => resolutionPaths.resolution(l, id),
};

export const hitPath = (l: SiteLocale, hit: { kind: SearchKind; id: string }) => PAGES[hit.kind](l, hit.id);
