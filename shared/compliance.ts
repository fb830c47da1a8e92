/**
 * The two rules a council's secretariat is held to (DESIGN §2, journey 1):
 *  - before-session meetings are held no later than 15 days before the session opens,
 *    so that voters' petitions reach the session in time;
 *  - every commune of every electoral unit meets its delegates at least once a year.
 * Pure: the caller passes the meetings it read and the reference data.
 */
import type { ReferenceData } from './reference-data.ts';
import type { Meeting, MeetingKind } from './schemas/index.ts';
import { vietnamDate, vietnamYear } from './time.ts';

export const BEFORE_SESSION_LEAD_DAYS = 15;

/**
 * Kinds in which voters meet their delegates. A citizen reception (tiếp công dân) hears
 * individual complaints; it is not a voter-contact meeting and covers no commune.
 */
export const COVERING_KINDS: ReadonlySet<MeetingKind> = new Set([
  'before_session',
  'after_session',
  'thematic',
  'chair_dialogue',
  'ad_hoc',
]);

export interface LatePlan {
  meetingId: string;
  title: string;
  sessionId: string;
  opensOn: string;
  startsAt: string;
  /** Whole Vietnam calendar days from the meeting to the opening (negative: after it opened). */
  daysBeforeOpening: number;
}

/** Before-session meetings (not cancelled) fewer than 15 days before their session opens. */
export function latePlans(meetings: readonly Meeting[], reference: ReferenceData): LatePlan[] {
  const late: LatePlan[] = [];
  for (const m of meetings) {
    if (m.kind !== 'before_session' || m.status === 'cancelled' || !m.sessionId) continue;
    const session = reference.sessions.get(m.sessionId);
    if (!session) continue;
    const days = Math.round((Date.parse(session.opensOn) - Date.parse(vietnamDate(m.startsAt))) / 86_400_000);
    if (days < BEFORE_SESSION_LEAD_DAYS) {
      late.push({
        meetingId: m.id,
        title: m.title,
        sessionId: session.id,
        opensOn: session.opensOn,
        startsAt: m.startsAt,
        daysBeforeOpening: days,
      });
    }
  }
  return late.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export interface CommuneCoverage {
  communeId: string;
  name: string;
  /** The meetings of the year that cover the commune, earliest first. */
  meetingIds: string[];
}

export interface GroupCoverage {
  groupId: string;
  groupName: string;
  electoralUnitId: string;
  electoralUnitName: string;
  communes: CommuneCoverage[];
  /** Communes with no held or planned meeting this year: the rule is 100% each year. */
  uncoveredCommuneIds: string[];
}

/**
 * Per delegate group of the council, which communes of its electoral unit had (or will
 * have) a meeting in `year`. A meeting counts for a group when the group holds it, or when
 * it belongs to no group (the chair's dialogues speak for the whole council).
 */
export function communeCoverage(
  councilId: string,
  year: number,
  meetings: readonly Meeting[],
  reference: ReferenceData,
): GroupCoverage[] {
  const counted = meetings
    .filter(
      (m) =>
        m.councilId === councilId &&
        m.status !== 'cancelled' &&
        COVERING_KINDS.has(m.kind) &&
        vietnamYear(m.startsAt) === year,
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return reference.records.delegateGroups
    .filter((g) => g.councilId === councilId)
    .flatMap((group) => {
      const unit = reference.electoralUnits.get(group.electoralUnitId);
      if (!unit) return [];
      const mine = counted.filter((m) => m.groupId === undefined || m.groupId === group.id);
      const communes = unit.communeIds.map((communeId) => ({
        communeId,
        name: reference.units.get(communeId)?.name ?? communeId,
        meetingIds: mine.filter((m) => m.communeIds.includes(communeId)).map((m) => m.id),
      }));
      return [
        {
          groupId: group.id,
          groupName: group.name,
          electoralUnitId: unit.id,
          electoralUnitName: unit.name,
          communes,
          uncoveredCommuneIds: communes.filter((c) => c.meetingIds.length === 0).map((c) => c.communeId),
        },
      ];
    });
}

export interface ComplianceReport {
  councilId: string;
  year: number;
  latePlans: LatePlan[];
  groups: GroupCoverage[];
}

export function checkCompliance(
  councilId: string,
  year: number,
  meetings: readonly Meeting[],
  reference: ReferenceData,
): ComplianceReport {
  const ofCouncil = meetings.filter((m) => m.councilId === councilId);
  return {
    councilId,
    year,
    latePlans: latePlans(ofCouncil, reference),
    groups: communeCoverage(councilId, year, ofCouncil, reference),
  };
}
