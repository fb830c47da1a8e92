/**
 * The routing drop-down's choices, grouped by where each body stands from the petition's
 * council: the body the competence matrix proposed first, then the UBND of the council's
 * own communes, the council's own and higher bodies (district, province), the others in
 * the same province, and last the bodies outside the province. Each group by name.
 */
import { matchesSearch } from '../../../../shared/text.ts';
import type { Reference } from '../api/reference.ts';

export type AgencyGroupName = 'proposed' | 'communes' | 'council' | 'province' | 'outside';
export const AGENCY_GROUP_ORDER: readonly AgencyGroupName[] = [
  'proposed',
  'communes',
  'council',
  'province',
  'outside',
];

/** A choice of the select (the shape of ui/form.ts's Option; this file stays free of the DOM for its tests). */
export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  name: AgencyGroupName;
  options: Option[];
}

interface RoutableAgency {
  id: string;
  name: string;
  unitId: string;
}

/** The unit and its ancestors, nearest first. */
function lineOf(ref: Reference, unitId: string): string[] {
  const byId = new Map(ref.units.map((u) => [u.id, u]));
  const line: string[] = [];
  let current = byId.get(unitId);
  while (current && line.length < 8) {
    line.push(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return line;
}

export function agencyGroups(
  ref: Reference,
  agencies: readonly RoutableAgency[],
  councilId: string,
  proposedId: string | undefined,
): OptionGroup[] {
  const councilUnit = ref.councils.find((c) => c.id === councilId)?.unitId;
  const councilLine = councilUnit ? lineOf(ref, councilUnit) : [];
  const province = councilLine.at(-1);
  const groupOf = (agency: RoutableAgency): AgencyGroupName => {
    if (agency.id === proposedId) return 'proposed';
    const line = lineOf(ref, agency.unitId);
    if (councilUnit && line.includes(councilUnit) && agency.unitId !== councilUnit) return 'communes';
    if (councilLine.includes(agency.unitId)) return 'council';
    if (province && line.includes(province)) return 'province';
    return 'outside';
  };
  const groups = new Map<AgencyGroupName, Option[]>(AGENCY_GROUP_ORDER.map((g) => [g, []]));
  for (const agency of agencies) groups.get(groupOf(agency))?.push({ value: agency.id, label: agency.name });
  return AGENCY_GROUP_ORDER.map((name) => ({
    name,
    options: (groups.get(name) ?? []).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  })).filter((g) => g.options.length > 0);
}

/** The groups with only the choices whose name matches `query` (diacritics ignored), and `keep`. */
export function filterGroups(groups: readonly OptionGroup[], query: string, keep?: string): OptionGroup[] {
  if (query.trim() === '') return [...groups];
  return groups
    .map((g) => ({
      ...g,
      options: g.options.filter((o) => o.value === keep || matchesSearch(o.label, query)),
    }))
    .filter((g) => g.options.length > 0);
}
