/** Questions the pages ask of the site's data: what is ahead, what is past, who represents whom. */
import type { PublishedResult } from '../../../shared/schemas/publication.ts';
import type { ResultFilterKind, SiteLocale } from '../../../shared/ui/routes.ts';
import type { PublicMeeting, Unit } from './schemas.ts';
import type { DelegateGroup, SiteData } from './site-data.ts';

/** Meetings not yet over when the site was built, soonest first. */
export const upcoming = (data: SiteData, meetings = data.meetings) =>
  meetings.filter((m) => Date.parse(m.endsAt) >= data.builtAt.getTime());

/** Meetings that are over, latest first. */
export const past = (data: SiteData, meetings = data.meetings) =>
  meetings.filter((m) => Date.parse(m.endsAt) < data.builtAt.getTime()).reverse();

export const meetingsOfCommune = (data: SiteData, communeId: string) =>
  data.meetings.filter((m) => m.communes.some((c) => c.id === communeId));

export const meetingsOfGroup = (data: SiteData, groupId: string) =>
  data.meetings.filter((m) => m.group?.id === groupId);

/** The delegate groups elected in electoral units that include the commune. */
export const groupsOfCommune = (data: SiteData, communeId: string): DelegateGroup[] =>
  [...data.groups.values()].filter((g) => g.electoralUnit.communeIds.includes(communeId));

/** "Vân Nham – Hữu Lũng, Lạng Sơn": a commune with the units above it. */
export function placeName(data: SiteData, unit: Unit): string {
  const parents: string[] = [];
  let parent = unit.parentId ? data.units.get(unit.parentId) : undefined;
  while (parent && parents.length < 4) {
    parents.push(parent.name);
    parent = parent.parentId ? data.units.get(parent.parentId) : undefined;
  }
  return parents.length ? `${unit.name} – ${parents.join(', ')}` : unit.name;
}

/** Communes grouped under their district (or province), for lists and the form's choices. */
export function communesByArea(data: SiteData): { heading: string; communes: Unit[] }[] {
  const areas = new Map<string, Unit[]>();
  for (const commune of data.communes) {
    const parent = commune.parentId ? data.units.get(commune.parentId) : undefined;
    const heading = parent ? placeName(data, parent) : '';
    areas.set(heading, [...(areas.get(heading) ?? []), commune]);
  }
  return [...areas]
    .sort(([a], [b]) => a.localeCompare(b, 'vi'))
    .map(([heading, communes]) => ({ heading, communes }));
}

export interface FilterOption {
  id: string;
  label: string;
  count: number;
}

/** The value of a result under a filter kind, with its label in the reader's language. */
export function facetOf(
  result: PublishedResult,
  kind: ResultFilterKind,
  locale: SiteLocale,
): { id: string; label: string } | undefined {
  switch (kind) {
    case 'field':
      return { id: result.field.id, label: (locale === 'en' && result.field.nameEn) || result.field.name };
    case 'agency':
      return result.agency ? { id: result.agency.id, label: result.agency.name } : undefined;
    case 'commune':
      return { id: result.commune.id, label: result.commune.name };
    case 'session':
      return result.session ? { id: result.session.id, label: result.session.name } : undefined;
  }
}

/** Every value a filter can take among the results, most results first. */
export function filterOptions(
  results: readonly PublishedResult[],
  kind: ResultFilterKind,
  locale: SiteLocale,
) {
  const options = new Map<string, FilterOption>();
  for (const result of results) {
    const facet = facetOf(result, kind, locale);
    if (!facet) continue;
    const option = options.get(facet.id) ?? { ...facet, count: 0 };
    option.count++;
    options.set(facet.id, option);
  }
  return [...options.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
}

/**
 * The results of each value a filter takes, in the results' order, made in one pass: a
 * listing per value filtered the results once each, which at 100,000 results and some
 * hundreds of values was a good part of an incremental build.
 */
export function resultsByFacet(
  results: readonly PublishedResult[],
  kind: ResultFilterKind,
  locale: SiteLocale,
): Map<string, PublishedResult[]> {
  const byId = new Map<string, PublishedResult[]>();
  for (const result of results) {
    const facet = facetOf(result, kind, locale);
    if (!facet) continue;
    const list = byId.get(facet.id);
    if (list) list.push(result);
    else byId.set(facet.id, [result]);
  }
  return byId;
}

export const resultsOfMeeting = (data: SiteData, meeting: PublicMeeting) =>
  data.results.filter((r) => r.meeting?.id === meeting.id);
