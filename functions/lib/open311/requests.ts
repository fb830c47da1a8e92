/**
 * GET requests and requests/{id}: the council's PUBLISHED petitions as Open311 service
 * requests, read from the published-results index (gsi5) and never from a submitter's
 * items. Each is anonymised: the matter, its place (names of administrative units only),
 * the body responsible, its deadline and answer; never who raised it.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Council, Petition } from '../../../shared/schemas/index.ts';
import type { Open311RequestsQuery } from '../../../shared/schemas/open311.ts';
import { OPEN_STATUSES } from '../../../shared/status-machine.ts';
import { formatTrackingCode, isTrackingCode, parseTrackingCode } from '../../../shared/tracking-code.ts';
import type { Repositories } from '../data/index.ts';
import { serviceName } from './services.ts';

/** The spec's default window and its limits on what one query returns. */
export const WINDOW_DAYS = 90;
export const MAX_ROWS = 1000;
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** "2026-11-20T01:30:00.000Z" → "2026-11-20T08:30:00+07:00": the spec's w3 format, in Vietnam time. */
export function vietnamIso(iso: string): string {
  return `${new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

export interface ServiceRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes?: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible?: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime?: string;
  address: string;
}

/** A published petition as a service request: no field of it can hold personal data. */
export function serviceRequestOf(
  petition: Petition,
  reference: ReferenceData,
  locale: Locale,
): ServiceRequest {
  const field = reference.fields.get(petition.fieldId);
  const agencyId = petition.answer?.agencyId ?? petition.agencyId;
  const agency = agencyId ? reference.agencies.get(agencyId) : undefined;
  const place = reference
    .lineage(petition.localityId)
    .map((u) => u.name)
    .join(', ');
  return {
    service_request_id: formatTrackingCode(petition.code),
    status: OPEN_STATUSES.has(petition.status) ? 'open' : 'closed',
    ...(petition.answer ? { status_notes: petition.answer.text } : {}),
    service_name: field ? serviceName(field, locale) : petition.fieldId,
    service_code: petition.fieldId,
    description: petition.content,
    ...(agency ? { agency_responsible: agency.name } : {}),
    requested_datetime: vietnamIso(petition.receivedAt),
    updated_datetime: vietnamIso(petition.updatedAt),
    ...(petition.deadline ? { expected_datetime: vietnamIso(petition.deadline) } : {}),
    address: place,
  };
}

const isPublishedIn = (p: Petition | undefined, council: Council): p is Petition =>
  p !== undefined && p.publishedAt !== undefined && p.councilId === council.id;

/** One published petition of the council, or undefined (unknown, unpublished, or another council's). */
export async function findPublishedRequest(
  repos: Repositories,
  council: Council,
  id: string,
): Promise<Petition | undefined> {
  if (!isTrackingCode(id)) return undefined;
  const record = await repos.petitions.getPublic(parseTrackingCode(id));
  return isPublishedIn(record?.petition, council) ? record.petition : undefined;
}

/** The query's window: the most recent 90 days by default, never longer than 90 days. */
function windowOf(query: Open311RequestsQuery, now: Date): { start: string; end: string } {
  const { start_date: start, end_date: end } = query;
  if (start && end) {
    if (end < start) throw new ValidationError({ end_date: { key: 'field.endBeforeStart' } });
    if (Date.parse(end) - Date.parse(start) > WINDOW_DAYS * DAY_MS)
      throw new ValidationError({ end_date: { key: 'open311.rangeTooLong' } });
    return { start, end };
  }
  if (start) return { start, end: new Date(Date.parse(start) + WINDOW_DAYS * DAY_MS).toISOString() };
  const last = end ?? now.toISOString();
  return { start: new Date(Date.parse(last) - WINDOW_DAYS * DAY_MS).toISOString(), end: last };
}

/**
 * The council's published petitions matching the query, newest request first: at most
 * 1,000, then the page asked for. A petition is published after it was received, so the
 * Query on the published index starts at the window's start and keeps those received in it.
 */
export async function findPublishedRequests(
  repos: Repositories,
  council: Council,
  query: Open311RequestsQuery,
  now: Date,
): Promise<Petition[]> {
  let found: Petition[];
  if (query.service_request_id) {
    // The spec: a list of ids overrides every other argument.
    const petitions = await Promise.all(
      query.service_request_id.map((id) => findPublishedRequest(repos, council, id)),
    );
    found = petitions.filter((p): p is Petition => p !== undefined);
  } else {
    const { start, end } = windowOf(query, now);
    const codes = query.service_code ? new Set(query.service_code) : undefined;
    const statuses = query.status ? new Set(query.status) : undefined;
    const matches = (p: Petition) =>
      p.receivedAt >= start &&
      p.receivedAt <= end &&
      (!codes || codes.has(p.fieldId)) &&
      (!statuses || statuses.has(OPEN_STATUSES.has(p.status) ? 'open' : 'closed'));
    found = [];
    let cursor: string | undefined;
    do {
      const page = await repos.petitions.listPublishedSince(council.id, start, {
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      found.push(...page.items.filter(matches));
      cursor = page.nextCursor;
    } while (cursor && found.length < MAX_ROWS);
    found.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  }
  const rows = [...new Map(found.map((p) => [p.code, p])).values()].slice(0, MAX_ROWS);
  const size = query.page_size ?? MAX_ROWS;
  const page = query.page ?? 1;
  return rows.slice((page - 1) * size, page * size);
}
