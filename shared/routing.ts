/**
 * Routing a petition to the competent body (DESIGN §2 journey 3): which council receives
 * it, which agency the competence matrix proposes, and whether the proposal is applied at
 * once (the council's `autoRoute`) or waits for the secretariat. Pure: reference data in,
 * a decision out; the caller writes it.
 *
 * A rule matches a matter when each of its conditions holds:
 *   - fieldId: absent, or the matter's field;
 *   - unitId:  absent (the council's whole territory), or the locality or one of its ancestors;
 *   - level:   absent, or the matter's level of competence. A matter's level is known only
 *              once someone has classified it (staff); an unclassified matter matches only
 *              rules without a level, so "commune matter" rules never capture it by accident.
 *
 * The most specific matching rule wins, compared in this order:
 *   1. unit depth: the rule's unit nearest to the locality (a rule without a unit counts as
 *      naming the council's own unit, since that is the territory it covers);
 *   2. field: a rule naming the field beats one for any field;
 *   3. level: a rule naming the matter's level beats one for any level;
 *   4. priority: the higher number wins;
 *   5. rule id, alphabetically: an arbitrary but stable last resort, so equal rules never
 *      make the outcome depend on the order they were read in.
 * Rules pointing at an agency that no longer exists are skipped.
 */

import { answerDeadline } from './answer-deadline.ts';
import type { ReferenceData } from './reference-data.ts';
import type { Council, RoutingRule, UnitType } from './schemas/index.ts';

export interface Matter {
  fieldId: string;
  /** The unit the matter concerns: a commune usually, a district or province for wider matters. */
  localityId: string;
  /** Whose competence the matter is, once classified by staff. */
  level?: UnitType | undefined;
}

export interface CompetentBody {
  agencyId: string;
  ruleId: string;
}

export type RoutingOutcome =
  /** No rule matched: the petition waits in the secretariat's triage queue, with no proposal. */
  | { kind: 'triage' }
  /** A proposal the secretariat confirms or overrides (autoRoute off). */
  | { kind: 'proposed'; agencyId: string; ruleId: string }
  /** Sent straight to the agency (autoRoute on); its deadline starts now. */
  | { kind: 'routed'; agencyId: string; ruleId: string; deadline: string };

/**
 * The council that receives a petition: the meeting's council when it was raised for a
 * meeting, otherwise the most local council whose territory holds the locality.
 */
export function receivingCouncil(
  reference: ReferenceData,
  localityId: string,
  meetingCouncilId?: string,
): Council | undefined {
  if (meetingCouncilId) return reference.councils.get(meetingCouncilId);
  return reference.councilsFor(localityId)[0];
}

type Rank = [unitDepth: number, field: number, level: number, priority: number];

function rankOf(
  rule: RoutingRule,
  matter: Matter,
  lineage: string[],
  councilUnitId: string,
): Rank | undefined {
  if (rule.fieldId !== undefined && rule.fieldId !== matter.fieldId) return undefined;
  if (rule.level !== undefined && rule.level !== matter.level) return undefined;
  const unitId = rule.unitId ?? councilUnitId;
  const index = lineage.indexOf(unitId);
  if (rule.unitId !== undefined && index < 0) return undefined;
  // lineage runs from the locality up to its province: a smaller index is nearer the locality.
  const depth = index < 0 ? -1 : lineage.length - index;
  return [depth, rule.fieldId ? 1 : 0, rule.level ? 1 : 0, rule.priority];
}

function compare(a: { rank: Rank; rule: RoutingRule }, b: { rank: Rank; rule: RoutingRule }): number {
  for (let i = 0; i < a.rank.length; i++) {
    const diff = b.rank[i]! - a.rank[i]!;
    if (diff !== 0) return diff;
  }
  return a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0;
}

/** The agency the council's competence matrix names for a matter, or undefined when none does. */
export function competentBody(
  reference: ReferenceData,
  council: Council,
  matter: Matter,
): CompetentBody | undefined {
  const lineage = reference.lineage(matter.localityId).map((u) => u.id);
  const candidates = reference
    .routingRulesOf(council.id)
    .filter((rule) => reference.agencies.has(rule.agencyId))
    .flatMap((rule) => {
      const rank = rankOf(rule, matter, lineage, council.unitId);
      return rank ? [{ rank, rule }] : [];
    })
    .sort(compare);
  const best = candidates[0];
  return best ? { agencyId: best.rule.agencyId, ruleId: best.rule.id } : undefined;
}

/** What happens to a petition as it is received: triage, a proposal, or routing straight away. */
export function routeOnReceipt(
  reference: ReferenceData,
  council: Council,
  matter: Matter,
  now: Date | string,
): RoutingOutcome {
  const body = competentBody(reference, council, matter);
  if (!body) return { kind: 'triage' };
  if (!council.settings.autoRoute) return { kind: 'proposed', ...body };
  return { kind: 'routed', ...body, deadline: answerDeadline(reference, council.id, now) };
}

/**
 * Sending a petition to another body than the competence matrix proposed overrides the
 * matrix: the secretariat says why (the reason is kept on the timeline). The staff API
 * refuses such a route without a reason, and the console's form says so before sending.
 */
export function routeNeedsReason(proposedAgencyId: string | undefined, agencyId: string): boolean {
  return proposedAgencyId !== undefined && proposedAgencyId !== agencyId;
}
