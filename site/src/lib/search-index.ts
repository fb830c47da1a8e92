/** The static search index of the site's published results (shared/search/), built once per build. */
import { type BuiltSearchIndex, buildSearchIndex } from '../../../shared/search/build-index.ts';
import { resultDocument } from '../../../shared/search/result-documents.ts';
import type { SiteData } from './site-data.ts';

const built = new WeakMap<SiteData, BuiltSearchIndex>();

export function siteSearchIndex(data: SiteData): BuiltSearchIndex {
  let index = built.get(data);
  if (!index) {
    index = buildSearchIndex(data.results.map(resultDocument));
    built.set(data, index);
  }
  return index;
}
