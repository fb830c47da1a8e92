/**
 * The staff search index's keys (issue #19 §3), built here and nowhere else (the layout is in
 * staff-search-repository.ts). No SDK import: infra reads the partition prefix from here.
 *
 * A scope is what one reader may see: a council's petitions (its secretariat), or those of one
 * council held by one agency (its officers), so that an agency's filter is the partition read.
 */
import { petitionKeys } from './petition-keys.ts';

export type SearchScope = { councilId: string; agencyId?: string | undefined };

/** Every partition of the index starts with this (the stream consumer may delete only there). */
export const STAFF_SEARCH_PARTITION_PREFIX = 'STAFFSEARCH#';

const scopeKey = (scope: SearchScope) =>
  scope.agencyId ? `A#${scope.councilId}#${scope.agencyId}` : `C#${scope.councilId}`;

export const staffSearchKeys = {
  /** The postings of one word in one scope, newest first by `postingSk`, and its count (`countSk`). */
  pk: (scope: SearchScope, word: string) => `${STAFF_SEARCH_PARTITION_PREFIX}${scopeKey(scope)}#${word}`,
  postingSk: (receivedAt: string, code: string) => `P#${receivedAt}#${code}`,
  postingPrefix: 'P#',
  /** Sorts after every posting ("P$" > "P#…"), so a page's key condition bounds it out. */
  postingsBelow: 'P$',
  countSk: 'COUNT',
  /** What the index holds of a petition: an item in the petition's partition, never public. */
  recordPk: (code: string) => petitionKeys.pk(code),
  recordSk: 'SYSTEM#STAFF_SEARCH',
};
