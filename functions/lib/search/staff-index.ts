/**
 * Keeps the staff search index (staff-search-repository.ts) in step with one change of a
 * petition item, as the table's stream shows it (functions/statistics/search-indexer.ts feeds it).
 *
 * - Idempotent and in order: the record in the petition's partition says which version is
 *   indexed; a record whose version is not newer (a redelivery, or an older record after a
 *   newer one) changes nothing. The record is written last, conditioned on the one read, so a
 *   change interrupted half-way is redone whole when the stream delivers it again.
 * - What moves: a posting per (scope, word) is put when it is new or when what it shows
 *   changed (status, agency, title, commune, field), deleted when its word or scope is gone
 *   (another agency, words edited out, the petition erased); each word's count moves by one
 *   per posting added or deleted. A change that touches none of these (a roadmap, a note, a
 *   deadline) writes only the record.
 * - Counts are Updates outside any transaction: a change redone after a crash in between may
 *   count a word twice. They only choose which word a search reads first, never what it finds.
 */
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Petition } from '../../../shared/schemas/index.ts';
import { petitionWordsOf } from '../../../shared/search/staff-words.ts';
import type { Database } from '../data/client.ts';
import { textsOf } from '../data/petition-texts.ts';
import {
  type IndexedPetition,
  type SearchRecord,
  type SearchScope,
  StaffSearchRepository,
} from '../data/staff-search-repository.ts';

export type IndexOutcome = 'indexed' | 'unchanged' | 'already indexed';

/** What the index holds of a petition: its public texts' words and what a result shows. */
export function indexedPetitionOf(petition: Petition, reference: ReferenceData): IndexedPetition {
  const field = reference.fields.get(petition.fieldId);
  const labels = [
    field?.name,
    field?.nameEn,
    reference.units.get(petition.communeId)?.name,
    petition.localityId !== petition.communeId ? reference.units.get(petition.localityId)?.name : undefined,
  ].filter((label): label is string => label !== undefined);
  return {
    code: petition.code,
    councilId: petition.councilId,
    ...(petition.agencyId ? { agencyId: petition.agencyId } : {}),
    status: petition.status,
    title: petition.title,
    communeId: petition.communeId,
    fieldId: petition.fieldId,
    receivedAt: petition.receivedAt,
    words: petitionWordsOf({ code: petition.code, title: petition.title, content: petition.content, labels }),
  };
}

/** The scopes a petition is found in: its council, and its agency's part of the council once it has one. */
export function scopesOf(entry: IndexedPetition): SearchScope[] {
  return [
    { councilId: entry.councilId },
    ...(entry.agencyId ? [{ councilId: entry.councilId, agencyId: entry.agencyId }] : []),
  ];
}

interface Slot {
  scope: SearchScope;
  word: string;
}
const slotId = (s: Slot) => `${s.scope.councilId}\u0000${s.scope.agencyId ?? ''}\u0000${s.word}`;
const slotsOf = (entry: IndexedPetition | undefined): Map<string, Slot> =>
  new Map(
    entry
      ? scopesOf(entry).flatMap((scope) =>
          entry.words.map((word) => [slotId({ scope, word }), { scope, word }] as const),
        )
      : [],
  );

/** True when a posting of `before` would show something else for `after` (the words listed in it included). */
function shownChanged(before: IndexedPetition, after: IndexedPetition): boolean {
  const keys = ['status', 'agencyId', 'title', 'communeId', 'fieldId'] as const;
  return keys.some((k) => before[k] !== after[k]) || before.words.join(' ') !== after.words.join(' ');
}

/** The index writes one change calls for (pure: the bench and the tests count them). */
export function indexPlan(before: IndexedPetition | undefined, after: IndexedPetition | undefined) {
  const movedPostings = before && after && before.receivedAt !== after.receivedAt;
  const old = slotsOf(before);
  const now = slotsOf(after);
  const removed = [...old].filter(([id]) => movedPostings || !now.has(id)).map(([, s]) => s);
  const added = [...now].filter(([id]) => movedPostings || !old.has(id)).map(([, s]) => s);
  const rewritten =
    before && after && !movedPostings && shownChanged(before, after)
      ? [...now].filter(([id]) => old.has(id)).map(([, s]) => s)
      : [];
  return { removed, added, rewritten };
}

/**
 * The stream's petition image holds no citizen's title and text (petition-texts.ts): read from the
 * text item, written once with the petition, so every record of the petition finds it.
 */
async function withContent(db: Database, petition: Petition): Promise<Petition> {
  if (typeof petition.content === 'string') return petition;
  const texts = await textsOf(db, petition.code);
  // Written in the petition's own transaction: a record without it is not a petition's (the record fails).
  if (!texts) throw new Error('staff search: a petition record without its text item');
  return { ...petition, ...texts };
}

/** `petition` is the petition after the change (undefined when it was deleted, at `version`). */
export async function indexPetitionChange(
  deps: { db: Database; reference: () => Promise<ReferenceData> },
  change: { code: string; version: number; petition: Petition | undefined },
): Promise<IndexOutcome> {
  const index = new StaffSearchRepository(deps.db);
  const recorded = await index.record(change.code);
  if (recorded && recorded.version >= change.version) return 'already indexed';
  const petition = change.petition && (await withContent(deps.db, change.petition));
  const after = petition ? indexedPetitionOf(petition, await deps.reference()) : undefined;
  const before = recorded?.entry;
  const plan = indexPlan(before, after);
  if (before && plan.removed.length) await index.deletePostings(before, plan.removed);
  if (after && (plan.added.length || plan.rewritten.length))
    await index.putPostings(after, [...plan.added, ...plan.rewritten]);
  await index.addToCounts([
    ...plan.removed.map((s) => ({ ...s, delta: -1 })),
    ...plan.added.map((s) => ({ ...s, delta: 1 })),
  ]);
  const record: SearchRecord = { version: change.version, ...(after ? { entry: after } : {}) };
  await index.saveRecord(change.code, record, recorded);
  return plan.removed.length || plan.added.length || plan.rewritten.length ? 'indexed' : 'unchanged';
}
