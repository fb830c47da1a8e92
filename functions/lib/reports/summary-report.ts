/**
 * The summary of voters' petitions (báo cáo tổng hợp ý kiến, kiến nghị cử tri) of one
 * meeting or a round of meetings, as data: grouped by competent body, duplicates folded
 * into the petition they were merged into (its voterCount says how many voters raised
 * it), and matters for other levels set apart as forwarded. Pure; the .docx and .csv are
 * two renderings of this one value, so they cannot disagree.
 */
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Council, Meeting, Petition } from '../../../shared/schemas/index.ts';
import type { SessionViewsPart } from './session-views-part.ts';

/** Where the body of an item comes from: the routing, the matrix's proposal, or nothing yet. */
export type BodyBasis = 'routed' | 'proposed' | 'unclassified';

export interface ReportItem {
  code: string;
  title: string;
  content: string;
  fieldName: string;
  localityName: string;
  voterCount: number;
  /** Petitions of the round merged into this one (each raised it again). */
  mergedCodes: string[];
  /** The meetings of the round where it was raised, itself or as a duplicate. */
  meetingIds: string[];
  status: Petition['status'];
  basis: BodyBasis;
}

export interface ReportSection {
  /** The agency's id; absent for the unclassified section. */
  bodyId?: string;
  bodyName: string;
  items: ReportItem[];
  voterCount: number;
}

export interface SummaryReport {
  council: Pick<Council, 'id' | 'name' | 'level' | 'unitId' | 'documents'>;
  placeName: string;
  title: string;
  session?: { id: string; name: string; opensOn: string };
  meetings: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'venue' | 'status' | 'attendance' | 'communeIds'>[];
  /** Bodies of the council's own level, then "not classified" last. */
  own: ReportSection[];
  /** Bodies of another level or outside the council's territory. */
  forwarded: ReportSection[];
  totals: {
    items: number;
    voters: number;
    /** Petitions reported (rejected ones are not), and how many of them were raised at a meeting. */
    petitions: number;
    raisedAtMeetings: number;
    /** Meetings held, and the voters who attended them; planned ones are counted apart. */
    heldMeetings: number;
    attendance: number;
    plannedMeetings: number;
  };
  generatedAt: string;
  /** A session's round: voters' views on its agenda, by item (session-views-part.ts). */
  sessionViews?: SessionViewsPart;
}

export interface RoundPetitions {
  /** Every petition of the round (round-petitions.ts). */
  petitions: Petition[];
  /** Petitions the round's duplicates were merged into, when they are not of the round. */
  primaries: ReadonlyMap<string, Petition>;
}

export const UNCLASSIFIED = 'unclassified';

/** The petition a merged one ends up in (merges can chain; a loop or a gap stops the walk). */
function rootOf(p: Petition, byCode: ReadonlyMap<string, Petition>): Petition {
  let current = p;
  for (let hops = 0; current.status === 'merged' && current.mergedInto && hops < 10; hops++) {
    const next = byCode.get(current.mergedInto);
    if (!next) break;
    current = next;
  }
  return current;
}

export function buildSummaryReport(input: {
  council: Council;
  title: string;
  session?: SummaryReport['session'];
  meetings: Meeting[];
  round: RoundPetitions;
  reference: ReferenceData;
  generatedAt: string;
}): SummaryReport {
  const { council, reference, round } = input;
  const byCode = new Map<string, Petition>([
    ...round.primaries,
    ...round.petitions.map((p) => [p.code, p] as const),
  ]);
  // Rejected ones are not petitions (spam, abuse): they are not reported.
  const raised = round.petitions.filter((p) => p.status !== 'rejected');

  const items = new Map<string, { root: Petition; item: ReportItem }>();
  for (const p of raised) {
    const root = rootOf(p, byCode);
    let entry = items.get(root.code);
    if (!entry) {
      const basis: BodyBasis = root.agencyId ? 'routed' : root.proposedAgencyId ? 'proposed' : 'unclassified';
      entry = {
        root,
        item: {
          code: root.code,
          title: root.title,
          content: root.content,
          fieldName: reference.fields.get(root.fieldId)?.name ?? root.fieldId,
          localityName: reference.units.get(root.localityId)?.name ?? root.localityId,
          voterCount: root.voterCount,
          mergedCodes: [],
          meetingIds: [],
          status: root.status,
          basis,
        },
      };
      items.set(root.code, entry);
    }
    if (p.code !== root.code) entry.item.mergedCodes.push(p.code);
    if (p.meetingId && !entry.item.meetingIds.includes(p.meetingId)) entry.item.meetingIds.push(p.meetingId);
  }

  const sections = new Map<string, ReportSection & { forwarded: boolean }>();
  for (const { root, item } of items.values()) {
    const bodyId = root.agencyId ?? root.proposedAgencyId;
    const key = bodyId ?? UNCLASSIFIED;
    let section = sections.get(key);
    if (!section) {
      const agency = bodyId ? reference.agencies.get(bodyId) : undefined;
      const forwarded =
        agency !== undefined &&
        (agency.level !== council.level || !reference.isWithin(agency.unitId, council.unitId));
      section = {
        ...(bodyId ? { bodyId } : {}),
        bodyName: agency?.name ?? bodyId ?? '',
        items: [],
        voterCount: 0,
        forwarded,
      };
      sections.set(key, section);
    }
    section.items.push(item);
    section.voterCount += item.voterCount;
  }

  const ordered = [...sections.values()].map(({ forwarded, ...s }) => ({
    forwarded,
    section: {
      ...s,
      items: s.items
        .map((i) => ({ ...i, mergedCodes: i.mergedCodes.sort() }))
        .sort((a, b) => b.voterCount - a.voterCount || a.code.localeCompare(b.code)),
    },
  }));
  const byName = (a: ReportSection, b: ReportSection) =>
    (a.bodyId ? 0 : 1) - (b.bodyId ? 0 : 1) || a.bodyName.localeCompare(b.bodyName, 'vi');
  const own = ordered
    .filter((o) => !o.forwarded)
    .map((o) => o.section)
    .sort(byName);
  const forwarded = ordered
    .filter((o) => o.forwarded)
    .map((o) => o.section)
    .sort(byName);
  const all = [...items.values()].map((e) => e.item);
  const held = input.meetings.filter((m) => m.status === 'held');

  return {
    council: {
      id: council.id,
      name: council.name,
      level: council.level,
      unitId: council.unitId,
      ...(council.documents ? { documents: council.documents } : {}),
    },
    placeName: reference.units.get(council.unitId)?.name ?? council.name,
    title: input.title,
    ...(input.session ? { session: input.session } : {}),
    meetings: input.meetings
      .map(({ id, title, startsAt, venue, status, attendance, communeIds }) => ({
        id,
        title,
        startsAt,
        venue,
        status,
        communeIds,
        ...(attendance !== undefined ? { attendance } : {}),
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    own,
    forwarded,
    totals: {
      items: all.length,
      voters: all.reduce((n, i) => n + i.voterCount, 0),
      petitions: raised.length,
      raisedAtMeetings: raised.filter((p) => p.meetingId !== undefined).length,
      // An attendance recorded on a meeting not (or no longer) held is nobody's.
      heldMeetings: held.length,
      attendance: held.reduce((n, m) => n + (m.attendance ?? 0), 0),
      plannedMeetings: input.meetings.filter((m) => m.status !== 'held' && m.status !== 'cancelled').length,
    },
    generatedAt: input.generatedAt,
  };
}
