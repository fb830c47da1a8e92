/**
 * The agency's "needs action" view: first its petitions that were reopened or followed up
 * since it last acted (gsi1 `AGENCY#<agency>#NEEDS_ACTION`, where petition-keys.ts moves them
 * out of their status queue), then its newly routed ones (`AGENCY#<agency>#routed`), each by
 * deadline. At most two keys Queries and one read-back per page, whatever the agency's
 * history: answered and closed petitions are in other partitions.
 *
 * The cursor names the part and the position inside it: `N:<cursor>` or `R:<cursor>` (empty
 * for the start of the routed part), base64url; the inner cursor is checked by the query.
 */
import type { Petition } from '../../../shared/schemas/index.ts';
import { AGENCY_QUEUE_STATUSES, type AgencyView } from '../../../shared/vocabulary.ts';
import type { Database } from './client.ts';
import { invalidCursor, type Page } from './pagination.ts';
import { petitionKeys } from './petition-keys.ts';
import type { PetitionRepository } from './petition-repository.ts';
import { countIndexPartition } from './versioned-entity.ts';

type Part = 'N' | 'R';

function decode(cursor: string | undefined): { part: Part; inner?: string } {
  if (!cursor) return { part: 'N' };
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^([NR]):([A-Za-z0-9_-]{0,2000})$/.exec(text);
  if (!match) throw invalidCursor();
  return { part: match[1] as Part, ...(match[2] ? { inner: match[2] } : {}) };
}

const encode = (part: Part, inner = '') => Buffer.from(`${part}:${inner}`, 'utf8').toString('base64url');

export async function readAgencyNeedsAction(
  petitions: PetitionRepository,
  agencyId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<Petition>> {
  const at = decode(page.cursor);
  const items: Petition[] = [];
  if (at.part === 'N') {
    const first = await petitions.listAgencyNeedsAction(agencyId, { limit: page.limit, cursor: at.inner });
    items.push(...first.items);
    if (first.nextCursor) return { items, nextCursor: encode('N', first.nextCursor) };
    // The first part is exhausted; a full page continues with the routed ones next time.
    if (items.length >= page.limit) return { items, nextCursor: encode('R') };
  }
  const routed = await petitions.listAgencyQueue(agencyId, 'routed', {
    limit: page.limit - items.length,
    cursor: at.part === 'R' ? at.inner : undefined,
  });
  items.push(...routed.items);
  return { items, ...(routed.nextCursor ? { nextCursor: encode('R', routed.nextCursor) } : {}) };
}

/**
 * How many petitions each view lists: "needs action" counts its two parts, so a routed
 * petition is counted there and under "routed". O(petitions in the view) in read capacity,
 * as the triage screen's counts are.
 */
export async function countAgencyViews(db: Database, agencyId: string): Promise<Record<AgencyView, number>> {
  const [needing, ...byStatus] = await Promise.all([
    countIndexPartition(db, 'gsi1', petitionKeys.agencyNeedsAction(agencyId)),
    ...AGENCY_QUEUE_STATUSES.map((s) =>
      countIndexPartition(db, 'gsi1', petitionKeys.agencyQueue(agencyId, s)),
    ),
  ]);
  const counts = Object.fromEntries(AGENCY_QUEUE_STATUSES.map((s, i) => [s, byStatus[i] ?? 0]));
  return { needs_action: needing! + (counts.routed ?? 0), ...counts } as Record<AgencyView, number>;
}
