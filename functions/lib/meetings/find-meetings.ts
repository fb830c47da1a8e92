/**
 * Published meetings by commune, council or delegate group. Each is a Query on a key
 * (a commune's index, a council's index), never a Scan: a group's meetings are its
 * council's, filtered. A commune may be named as typed ("van nham" finds Vân Nham).
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { AdministrativeUnit, Meeting, MeetingKind } from '../../../shared/schemas/index.ts';
import type { Page, Repositories } from '../data/index.ts';

export type MeetingScope =
  | { by: 'commune'; communes: AdministrativeUnit[]; name: string }
  | { by: 'council'; councilId: string; name: string }
  | { by: 'group'; councilId: string; groupId: string; name: string };

/** At most this many communes answer one typed name; more would be a vague search. */
const MAX_COMMUNES = 10;

const unknown = (field: string, key: MessageKey) => new ValidationError({ [field]: { key } });

export function resolveScope(
  query: { commune?: string; council?: string; group?: string },
  reference: ReferenceData,
): MeetingScope {
  if (query.council !== undefined) {
    const council = reference.councils.get(query.council);
    if (!council) throw unknown('council', 'field.unknownCouncil');
    return { by: 'council', councilId: council.id, name: council.name };
  }
  if (query.group !== undefined) {
    const group = reference.delegateGroups.get(query.group);
    if (!group) throw unknown('group', 'field.unknownGroup');
    return { by: 'group', councilId: group.councilId, groupId: group.id, name: group.name };
  }
  const typed = query.commune ?? '';
  const byId = reference.units.get(typed);
  const communes = byId?.type === 'commune' ? [byId] : reference.findCommunes(typed).slice(0, MAX_COMMUNES);
  if (communes.length === 0) throw unknown('commune', 'field.unknownCommune');
  return { by: 'commune', communes, name: communes.map((c) => c.name).join(', ') };
}

export interface MeetingFilter {
  from?: string;
  to?: string;
  kind?: MeetingKind;
  limit?: number;
  cursor?: string;
  /** Pages read at most, so a sparse filter cannot make one request read a whole year. */
  maxPages?: number;
}

/** Reads pages until `limit` published meetings matched or the pages run out. */
async function collect(
  read: (cursor: string | undefined) => Promise<Page<Meeting>>,
  keep: (m: Meeting) => boolean,
  filter: MeetingFilter,
): Promise<Page<Meeting>> {
  const limit = filter.limit ?? 50;
  const items: Meeting[] = [];
  let cursor = filter.cursor;
  let pages = 0;
  do {
    const page = await read(cursor);
    items.push(...page.items.filter(keep));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && items.length < limit && pages < (filter.maxPages ?? 5));
  return { items, ...(cursor ? { nextCursor: cursor } : {}) };
}

export async function listPublishedMeetings(
  repos: Pick<Repositories, 'meetings'>,
  scope: MeetingScope,
  filter: MeetingFilter = {},
): Promise<Page<Meeting>> {
  const range = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
  const page = { limit: filter.limit ?? 50 };
  const keep = (m: Meeting) =>
    m.published &&
    (filter.kind === undefined || m.kind === filter.kind) &&
    (scope.by !== 'group' || m.groupId === scope.groupId);

  if (scope.by !== 'commune') {
    return collect(
      (cursor) => repos.meetings.listByCouncil(scope.councilId, range, { ...page, cursor }),
      keep,
      filter,
    );
  }
  const [only] = scope.communes;
  if (scope.communes.length === 1 && only) {
    return collect(
      (cursor) => repos.meetings.listByCommune(only.id, range, { ...page, cursor }),
      keep,
      filter,
    );
  }
  // A name shared by several communes: their first pages, merged; no cursor across them.
  const pages = await Promise.all(
    scope.communes.map((c) =>
      collect((cursor) => repos.meetings.listByCommune(c.id, range, { ...page, cursor }), keep, {
        ...filter,
        cursor: undefined,
      }),
    ),
  );
  const byId = new Map(pages.flatMap((p) => p.items).map((m) => [m.id, m]));
  const items = [...byId.values()].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
  );
  return { items: items.slice(0, filter.limit ?? 50) };
}
