/**
 * "Is this already raised?": up to five open or published petitions of the same commune and
 * field whose titles share words with what the citizen is typing (diacritics ignored, đ as
 * d). The cost is bounded whatever the number of petitions: one Query per looked-up word
 * (at most MAX_QUERY_WORDS, at most PER_WORD items each) and a GetItem per best candidate
 * (at most CHECKED) for its current status.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Petition, SimilarPetition, SimilarPetitionsQuery } from '../../../shared/schemas/index.ts';
import { queryWordsOf } from '../../../shared/similar/similar-words.ts';
import { OPEN_STATUSES } from '../../../shared/status-machine.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import type { Repositories } from '../data/index.ts';
import type { PetitionState } from '../data/petition-repository.ts';

export const MAX_SUGGESTIONS = 5;
const PER_WORD = 20;
const CHECKED = 8;

/** A petition a citizen may be pointed to: still open, or answered and published. */
export function isSuggestible(p: Pick<Petition, 'status' | 'publishedAt'>): boolean {
  if (p.status === 'merged' || p.status === 'withdrawn' || p.status === 'rejected') return false;
  return OPEN_STATUSES.has(p.status) || Boolean(p.publishedAt);
}

export function checkSimilarScope(reference: ReferenceData, query: SimilarPetitionsQuery): void {
  const problems: ConstructorParameters<typeof ValidationError>[0] = {};
  if (reference.units.get(query.commune)?.type !== 'commune')
    problems.commune = { key: 'field.unknownCommune' };
  if (!reference.fields.has(query.field)) problems.field = { key: 'field.unknownField' };
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}

export async function findSimilarPetitions(
  repos: Repositories,
  query: SimilarPetitionsQuery,
): Promise<SimilarPetition[]> {
  checkSimilarScope(await repos.reference.load(), query);
  const words = queryWordsOf(query.q);
  if (words.length === 0) return [];
  // One shared word ("hộ", "cấp") says little: with two or more looked up, two must match.
  const needed = Math.min(2, words.length);
  const candidates = (await repos.similar.candidates(query.commune, query.field, words, PER_WORD)).filter(
    (c) => c.words.length >= needed,
  );
  // Most shared words first, then the newest.
  candidates.sort(
    (a, b) =>
      b.words.length - a.words.length ||
      (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0),
  );
  // The petition item alone (one GetItem each) says where it stands; the title is the candidate's own.
  const checked = await Promise.all(
    candidates.slice(0, CHECKED).map(async (c) => ({ c, p: await repos.petitions.getState(c.code) })),
  );
  return checked
    .filter(
      (x): x is { c: (typeof candidates)[number]; p: PetitionState } =>
        x.p !== undefined && isSuggestible(x.p),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map(({ c, p }) => ({ code: formatTrackingCode(p.code), title: c.title, status: p.status }));
}
