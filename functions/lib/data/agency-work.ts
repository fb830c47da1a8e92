/**
 * The agency's work across its queues on gsi1 (petitions `AGENCY#<agency>#<status>`, follow-up
 * items `AGENCY#<agency>#FOLLOWUP#<status>`), merged by the index's sort key (deadline, then
 * code or id), so overdue work comes first whatever its kind. A page continues after the last
 * sort key it showed: every queue is read from there with one Query, so the cursor is that key
 * and nothing else (checked like every cursor: base64url of a bounded, well-formed sort key).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { FollowUpItem, Petition } from '../../../shared/schemas/index.ts';
import { readItems } from './batch-read.ts';
import type { Database } from './client.ts';
import { withoutKeys } from './items.ts';
import { oversightKeys } from './oversight-keys.ts';
import { invalidCursor } from './pagination.ts';
import { petitionKeys } from './petition-keys.ts';
import { withTexts } from './petition-texts.ts';

export type AgencyWork = { kind: 'petition'; petition: Petition } | { kind: 'follow_up'; item: FollowUpItem };

export interface AgencyWorkPage {
  items: AgencyWork[];
  nextCursor?: string;
}

/** What waits for the agency: petitions routed or in progress (those needing its action among them), items open or in progress. */
export function agencyWorkPartitions(agencyId: string, kinds: { petitions: boolean; followUps: boolean }) {
  return [
    ...(kinds.petitions
      ? [
          petitionKeys.agencyNeedsAction(agencyId),
          petitionKeys.agencyQueue(agencyId, 'routed'),
          petitionKeys.agencyQueue(agencyId, 'in_progress'),
        ]
      : []),
    ...(kinds.followUps
      ? [oversightKeys.agencyQueue(agencyId, 'open'), oversightKeys.agencyQueue(agencyId, 'in_progress')]
      : []),
  ];
}

const SORT_KEY = /^[0-9TZ:.~-]{1,40}#[A-Za-z0-9-]{1,80}$/;

function decodeAfter(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('a:') || !SORT_KEY.test(text.slice(2))) throw invalidCursor();
  return text.slice(2);
}

const encodeAfter = (sortKey: string) => Buffer.from(`a:${sortKey}`, 'utf8').toString('base64url');

export async function readAgencyWork(
  db: Database,
  partitions: readonly string[],
  page: { limit: number; cursor?: string | undefined },
): Promise<AgencyWorkPage> {
  const after = decodeAfter(page.cursor);
  const reads = await Promise.all(
    partitions.map((partition) =>
      db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: after ? 'gsi1pk = :pk AND gsi1sk > :after' : 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': partition, ...(after ? { ':after': after } : {}) },
          Limit: page.limit,
        }),
      ),
    ),
  );
  const more = reads.some((r) => r.LastEvaluatedKey !== undefined);
  const all = reads
    .flatMap((r) => r.Items ?? [])
    .sort((a, b) => String(a.gsi1sk).localeCompare(String(b.gsi1sk)));
  const shown = all.slice(0, page.limit);
  const last = shown.at(-1);
  // gsi1 carries keys only (shared/table.ts, INDEX_PROJECTIONS): the page's items are read back.
  const items = (await withTexts(db, await readItems(db, shown))).map(
    (raw): AgencyWork =>
      raw.entity === 'follow-up'
        ? { kind: 'follow_up', item: withoutKeys<FollowUpItem>(raw) }
        : { kind: 'petition', petition: withoutKeys<Petition>(raw) },
  );
  return {
    items,
    ...((more || all.length > shown.length) && last ? { nextCursor: encodeAfter(String(last.gsi1sk)) } : {}),
  };
}
