/**
 * The council's open petitions, filtered, a page at a time, through indexes only:
 *   overdue only      gsi3 `COUNCIL#<council>#OPEN`, deadline before now (open petitions only)
 *   by status         gsi2 `COUNCIL#<council>#PETITIONS#<status>`, oldest received first;
 *                     all open: received, then routed, then in progress, one after the other
 * Body, field, commune (and a status on the deadline index) are filters: DynamoDB applies
 * them after reading `limit` items, so a page reads at most `limit` items per partition it
 * visits (three at most) and may return fewer, with a cursor to go on. The cursor is the
 * partition's position (its first symbol) followed by that Query's own checked cursor.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { OpenPetitionsQuery, Petition } from '../../../shared/schemas/index.ts';
import { projectionOf } from '../../../shared/table.ts';
import { OPEN_PETITION_STATUSES } from '../../../shared/vocabulary.ts';
import { readItems } from './batch-read.ts';
import type { Database } from './client.ts';
import { withoutKeys as strip } from './items.ts';
import { decodeCursor, encodeCursor, invalidCursor, type Page } from './pagination.ts';
import { petitionKeys } from './petition-keys.ts';
import { withTexts } from './petition-texts.ts';

interface Source {
  index: 'gsi2' | 'gsi3';
  partition: string;
  below?: string;
  status?: string;
}

function sourcesOf(councilId: string, query: OpenPetitionsQuery, now: Date): Source[] {
  if (query.overdue)
    return [
      {
        index: 'gsi3',
        partition: petitionKeys.councilOpen(councilId),
        below: now.toISOString(),
        ...(query.status ? { status: query.status } : {}),
      },
    ];
  const statuses = query.status ? [query.status] : OPEN_PETITION_STATUSES;
  return statuses.map((s) => ({ index: 'gsi2', partition: petitionKeys.councilQueue(councilId, s) }));
}

function splitCursor(cursor: string | undefined, sources: number): { at: number; inner?: string } {
  if (!cursor) return { at: 0 };
  const at = Number(cursor[0]);
  if (!Number.isInteger(at) || at >= sources) throw invalidCursor();
  const inner = cursor.slice(1);
  return inner ? { at, inner } : { at };
}

export async function listOpenPetitions(
  db: Database,
  councilId: string,
  query: OpenPetitionsQuery,
  now: Date,
): Promise<Page<Petition>> {
  const sources = sourcesOf(councilId, query, now);
  const limit = query.limit;
  let { at, inner } = splitCursor(query.cursor, sources.length);
  const items: Petition[] = [];
  while (at < sources.length && items.length < limit) {
    const source = sources[at] as Source;
    const page = await queryOnce(db, source, query, limit - items.length, inner);
    items.push(...page.items);
    if (page.next) return { items, nextCursor: `${at}${page.next}` };
    at++;
    inner = undefined;
  }
  return at < sources.length ? { items, nextCursor: `${at}` } : { items };
}

async function queryOnce(
  db: Database,
  source: Source,
  query: OpenPetitionsQuery,
  limit: number,
  cursor: string | undefined,
): Promise<{ items: Petition[]; next?: string }> {
  const values: Record<string, string> = { ':pk': source.partition };
  const key = [`${source.index}pk = :pk`];
  if (source.below) {
    key.push(`${source.index}sk < :below`);
    values[':below'] = source.below;
  }
  const input: QueryCommandInput = {
    TableName: db.tableName,
    IndexName: source.index,
    KeyConditionExpression: key.join(' AND '),
    ExpressionAttributeValues: values,
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, {
      index: source.index,
      partition: source.partition,
      ...(source.below ? { sortKey: { below: source.below } } : {}),
    }),
  };
  const result = await db.doc.send(new QueryCommand(input));
  const next = encodeCursor(result.LastEvaluatedKey);
  // The indexes carry keys only (shared/table.ts, INDEX_PROJECTIONS): the petitions are read back
  // and filtered after `limit` entries, as a FilterExpression would (a page may hold fewer).
  const found = result.Items ?? [];
  const read = await withTexts(
    db,
    projectionOf(source.index).type === 'ALL' ? found : await readItems(db, found),
  );
  const wanted = (p: Petition) =>
    (source.status === undefined || p.status === source.status) &&
    (query.agency === undefined || p.agencyId === query.agency) &&
    (query.field === undefined || p.fieldId === query.field) &&
    (query.commune === undefined || p.communeId === query.commune);
  const items = read.map((i) => strip<Petition>(i)).filter(wanted);
  return { items, ...(next ? { next } : {}) };
}
