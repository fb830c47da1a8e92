/**
 * Staff search over a council's petitions, every status (issue #19 §3), from the index the
 * stream keeps (staff-index.ts). A request's cost does not grow with the number of petitions:
 *
 * - a tracking code (any case, with or without dashes) is one GetItem of that petition;
 * - words: one BatchGetItem of the words' counts (small items), then the postings of the
 *   rarest word that has any, newest first, in pages of POSTINGS_PER_READ, until RESULTS_WANTED
 *   results or MAX_POSTINGS_READ postings are read. Every posting lists its petition's words,
 *   so the other words are checked on it without another read; a status asked for is a filter
 *   on the same Query. Results rank by how many of the words they hold, then newest first.
 *
 * The trade-off: every result holds the rarest word. A petition with the other words but not
 * that one is not found, and ranking is within a page (a page of older postings may hold a
 * better match); the cursor goes on through the rarest word's postings to the last.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { StaffSearchHit, StaffSearchResult } from '../../../shared/search/staff-search-result.ts';
import { codeWord, parseStaffQuery } from '../../../shared/search/staff-words.ts';
import type { PetitionStatus } from '../../../shared/vocabulary.ts';
import type { Repositories } from '../data/index.ts';
import { decodeCursor, encodeCursor, invalidCursor } from '../data/pagination.ts';
import {
  type Posting,
  type SearchScope,
  StaffSearchRepository,
  staffSearchKeys,
} from '../data/staff-search-repository.ts';

export const POSTINGS_PER_READ = 25;
export const MAX_POSTINGS_READ = 200;
export const RESULTS_WANTED = 20;

export interface StaffSearchRequest {
  scope: SearchScope;
  q: string;
  status?: PetitionStatus | undefined;
  cursor?: string | undefined;
}

const hitOf = (p: Posting, matched: string[]): StaffSearchHit => ({
  code: p.code,
  title: p.title,
  status: p.status,
  ...(p.agencyId ? { agencyId: p.agencyId } : {}),
  communeId: p.communeId,
  fieldId: p.fieldId,
  receivedAt: p.receivedAt,
  matched,
});

/** The word a cursor continues, and where: it must be one of this query's words in this scope. */
function continuation(cursor: string, scope: SearchScope, words: readonly string[]) {
  let pk: unknown;
  try {
    pk = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { pk?: unknown }).pk;
  } catch (error) {
    throw invalidCursor(error);
  }
  const word = words.find((w) => staffSearchKeys.pk(scope, w) === pk);
  if (word === undefined) throw invalidCursor();
  const key = decodeCursor(cursor, {
    partition: staffSearchKeys.pk(scope, word),
    sortKey: { atLeast: staffSearchKeys.postingPrefix, below: staffSearchKeys.postingsBelow },
  });
  return { word, afterSk: String(key?.sk) };
}

async function byCode(
  repos: Repositories,
  request: StaffSearchRequest,
  code: string,
): Promise<StaffSearchResult> {
  const petition = await repos.petitions.get(code);
  const inScope =
    petition !== undefined &&
    petition.councilId === request.scope.councilId &&
    (request.scope.agencyId === undefined || petition.agencyId === request.scope.agencyId) &&
    (request.status === undefined || petition.status === request.status);
  const word = codeWord(code);
  return {
    words: [word],
    items: inScope
      ? [
          hitOf(
            {
              code: petition.code,
              title: petition.title,
              status: petition.status,
              ...(petition.agencyId ? { agencyId: petition.agencyId } : {}),
              communeId: petition.communeId,
              fieldId: petition.fieldId,
              receivedAt: petition.receivedAt,
              words: [],
            },
            [word],
          ),
        ]
      : [],
  };
}

export async function searchPetitions(
  repos: Repositories,
  request: StaffSearchRequest,
): Promise<StaffSearchResult> {
  const query = parseStaffQuery(request.q);
  if (query.kind === 'empty') throw new ValidationError({ q: { key: 'staffSearch.noWords' } });
  if (query.kind === 'code') {
    if (request.cursor) throw invalidCursor();
    return byCode(repos, request, query.code);
  }
  const { words } = query;
  const index = new StaffSearchRepository(repos.db);
  let word: string | undefined;
  let afterSk: string | undefined;
  if (request.cursor) ({ word, afterSk } = continuation(request.cursor, request.scope, words));
  else {
    const counts = await index.counts(request.scope, words);
    word = words
      .filter((w) => (counts.get(w) ?? 0) > 0)
      .sort((a, b) => counts.get(a)! - counts.get(b)! || b.length - a.length)[0];
  }
  if (word === undefined) return { words, items: [] };

  const found: StaffSearchHit[] = [];
  let read = 0;
  let more = true;
  while (more && found.length < RESULTS_WANTED && read < MAX_POSTINGS_READ) {
    const page = await index.postings(request.scope, word, {
      limit: Math.min(POSTINGS_PER_READ, MAX_POSTINGS_READ - read),
      afterSk,
      status: request.status,
    });
    read += page.scanned;
    for (const posting of page.postings) {
      const held = new Set(posting.words);
      found.push(
        hitOf(
          posting,
          words.filter((w) => held.has(w)),
        ),
      );
    }
    afterSk = page.lastSk;
    more = afterSk !== undefined;
  }
  found.sort(
    (a, b) =>
      b.matched.length - a.matched.length ||
      (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0),
  );
  const nextCursor = more
    ? encodeCursor({ pk: staffSearchKeys.pk(request.scope, word), sk: afterSk })
    : undefined;
  return { words, items: found, ...(nextCursor ? { nextCursor } : {}) };
}
