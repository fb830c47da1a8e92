/**
 * Open data (DESIGN §11): the published results of a council for a year (by the Vietnam
 * year they were received), and statistics computed from them, as CSV (through the one
 * CSV writer, shared/csv.ts) and JSON. Only what the site already publishes: the results
 * are anonymised by the API (no name, contact or address has a place in their shape).
 */
import { type CsvValue, csvDocument } from '../csv.ts';
import type { PublishedResult, StatisticsRow } from '../schemas/publication.ts';
import { isOverdue } from '../status-machine.ts';
import { vietnamYear } from '../time.ts';

export interface ExportSet {
  councilId: string;
  year: number;
  results: PublishedResult[];
}

/** One set per council and year that has published results, newest year first. */
export function exportSets(results: readonly PublishedResult[]): ExportSet[] {
  const sets = new Map<string, ExportSet>();
  for (const r of results) {
    const year = vietnamYear(r.receivedAt);
    const key = `${r.council.id}\u0000${year}`;
    let set = sets.get(key);
    if (!set) {
      set = { councilId: r.council.id, year, results: [] };
      sets.set(key, set);
    }
    set.results.push(r);
  }
  return [...sets.values()].sort((a, b) => a.councilId.localeCompare(b.councilId) || b.year - a.year);
}

const RESULT_COLUMNS = [
  'code',
  'title',
  'content',
  'channel',
  'status',
  'council',
  'field',
  'commune',
  'locality',
  'agency',
  'meeting',
  'session',
  'receivedAt',
  'deadline',
  'answeredAt',
  'answeredOnTime',
  'answer',
  'answerDocumentNumber',
  'answerDocumentDate',
  'answerResult',
  'voterCount',
  'publishedAt',
] as const;

export function resultsCsv(results: readonly PublishedResult[]): string {
  const rows: CsvValue[][] = [[...RESULT_COLUMNS]];
  for (const r of results) {
    rows.push([
      r.code,
      r.title,
      r.content,
      r.channel,
      r.status,
      r.council.name,
      r.field.name,
      r.commune.name,
      r.locality.name,
      r.agency?.name,
      r.meeting?.name,
      r.session?.name,
      r.receivedAt,
      r.deadline,
      r.answeredAt,
      r.answeredOnTime,
      r.answer?.text,
      r.answer?.documentNumber,
      r.answer?.documentDate,
      r.answer?.result,
      r.voterCount,
      r.publishedAt,
    ]);
  }
  return csvDocument(rows);
}

export function resultsJson(set: ExportSet, generatedAt: Date): string {
  return `${JSON.stringify({ council: set.councilId, year: set.year, generatedAt: generatedAt.toISOString(), items: set.results }, null, 1)}\n`;
}

export type Breakdown = 'field' | 'agency' | 'commune' | 'session';
export interface ResultStatistics {
  council: string;
  year: number;
  generatedAt: string;
  rows: (StatisticsRow & { breakdown: Breakdown | 'total' })[];
}

/** Counts of the published results by field, body, commune and session (voters counted once per result). */
export function resultStatistics(set: ExportSet, now: Date): ResultStatistics {
  const rows = new Map<string, ResultStatistics['rows'][number]>();
  const add = (
    breakdown: Breakdown | 'total',
    key: { id: string; name: string; nameEn?: string } | undefined,
    r: PublishedResult,
  ) => {
    if (!key) return;
    const id = `${breakdown}\u0000${key.id}`;
    let row = rows.get(id);
    if (!row) {
      row = {
        breakdown,
        id: key.id,
        name: key.name,
        ...(key.nameEn ? { nameEn: key.nameEn } : {}),
        received: 0,
        answered: 0,
        answeredOnTime: 0,
        overdue: 0,
        reopened: 0,
      };
      rows.set(id, row);
    }
    row.received += 1;
    if (r.answeredAt) row.answered += 1;
    if (r.answeredOnTime) row.answeredOnTime += 1;
    if (isOverdue(r, now)) row.overdue += 1;
    if (r.reopened) row.reopened += 1;
  };
  for (const r of set.results) {
    add('total', { id: set.councilId, name: r.council.name }, r);
    add('field', r.field, r);
    add('agency', r.agency, r);
    add('commune', r.commune, r);
    add('session', r.session, r);
  }
  const order: Record<string, number> = { total: 0, field: 1, agency: 2, commune: 3, session: 4 };
  return {
    council: set.councilId,
    year: set.year,
    generatedAt: now.toISOString(),
    rows: [...rows.values()].sort(
      (a, b) =>
        order[a.breakdown]! - order[b.breakdown]! ||
        b.received - a.received ||
        a.name.localeCompare(b.name, 'vi'),
    ),
  };
}

export function statisticsCsv(statistics: ResultStatistics): string {
  return csvDocument([
    ['breakdown', 'id', 'name', 'received', 'answered', 'answeredOnTime', 'overdue'],
    ...statistics.rows.map((r) => [
      r.breakdown,
      r.id,
      r.name,
      r.received,
      r.answered,
      r.answeredOnTime,
      r.overdue,
    ]),
  ]);
}

export const statisticsJson = (statistics: ResultStatistics) => `${JSON.stringify(statistics, null, 1)}\n`;
