/** The static search index of the site's published results and resolutions (shared/search/), built once per build. */
import { type BuiltSearchIndex, buildSearchIndex } from '../../../shared/search/build-index.ts';
import { resolutionDocument } from '../../../shared/search/resolution-documents.ts';
import { resultDocument } from '../../../shared/search/result-documents.ts';
import { latestResolutions } from './resolution-pages.ts';
import type { SiteData } from './site-data.ts';

const built = new WeakMap<SiteData, BuiltSearchIndex>();

export function siteSearchIndex(data: SiteData): BuiltSearchIndex {
  let index = built.get(data);
  if (!index) {
    // Newest first across both kinds (the index numbers them oldest first, so a new one only appends).
    const documents = [
      ...data.results.map(resultDocument),
      ...latestResolutions(data, 'vi', data.resolutions.length).map(resolutionDocument),
    ].sort((a, b) => b.date.localeCompare(a.date));
    index = buildSearchIndex(documents);
    built.set(data, index);
  }
  return index;
}
