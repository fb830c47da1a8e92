/**
 * The resolution pages of the site map (DESIGN §8): every resolution, newest first, 20 a
 * page, and pre-built filter pages per field, year and status (plain links, no script);
 * one page per resolution; and what the home, meeting and session pages show of them.
 */

import { translate } from '../../../shared/messages/index.ts';
import '../../../shared/messages/with-english.ts';
import type { PublishedResult } from '../../../shared/schemas/publication.ts';
import {
  RESOLUTION_FILTER_KINDS,
  type ResolutionFilter,
  type ResolutionFilterKind,
  resolutionPaths,
} from '../../../shared/ui/resolution-routes.ts';
import type { SiteLocale } from '../../../shared/ui/routes.ts';
import { paginate } from './paginate.ts';
import type { SiteInterpellation, SiteResolution } from './resolution-data.ts';
import type { SiteData } from './site-data.ts';
import type { Pager } from './site-map.ts';

const PAGE_SIZE = 20;

export interface ResolutionRef {
  number: string;
  title: string;
  path: string;
}

/** A resolution with every id turned into what a reader sees (names, links), in the page's language. */
export type ResolutionCard = SiteResolution & {
  path: string;
  council: string;
  fields: { id: string; name: string; path: string }[];
  agency?: string;
  session?: { id: string; name: string };
  links: Record<'amends' | 'repeals' | 'amendedBy' | 'repealedBy', ResolutionRef[]>;
};

export type InterpellationCard = Omit<SiteInterpellation, 'commitments'> & {
  commitments: (SiteInterpellation['commitments'][number] & { agency: string })[];
};

export interface SessionResultsView {
  resolutions: ResolutionCard[];
  interpellations: InterpellationCard[];
  /** Published results of petitions the session answered for (shared/publication.ts sessionOf). */
  answered: PublishedResult[];
}

export type ResolutionFilterOption = { filter: ResolutionFilter; label: string; count: number; path: string };

export type ResolutionViews = {
  resolutions: {
    resolutions: ResolutionCard[];
    pager: Pager;
    filter?: ResolutionFilter & { label: string };
    options: Record<ResolutionFilterKind, ResolutionFilterOption[]>;
  };
  resolution: { resolution: ResolutionCard };
};

type Draft = {
  [V in keyof ResolutionViews]: { key: string; view: V; path: string; props: ResolutionViews[V] };
}[keyof ResolutionViews];

function namer(data: SiteData, l: SiteLocale) {
  const fields = new Map(data.reference.fields.map((f) => [f.id, (l === 'en' && f.nameEn) || f.name]));
  const agencies = new Map(data.reference.agencies.map((a) => [a.id, a.name]));
  const councils = new Map(data.reference.councils.map((c) => [c.id, c.name]));
  const sessions = new Map(data.councils.flatMap((c) => c.sessions.map((s) => [s.id, s.name] as const)));
  const byId = new Map(data.resolutions.map((r) => [r.id, r]));
  const ref = (id: string): ResolutionRef[] => {
    const r = byId.get(id);
    return r ? [{ number: r.number, title: r.title, path: resolutionPaths.resolution(l, r.slug) }] : [];
  };
  const card = (r: SiteResolution): ResolutionCard => {
    const session = r.sessionId ? sessions.get(r.sessionId) : undefined;
    const agency = r.agencyId ? agencies.get(r.agencyId) : undefined;
    return {
      ...r,
      path: resolutionPaths.resolution(l, r.slug),
      council: councils.get(r.councilId) ?? r.councilId,
      fields: r.fieldIds.map((id) => ({
        id,
        name: fields.get(id) ?? id,
        path: resolutionPaths.resolutions(l, { kind: 'field', id }),
      })),
      ...(agency ? { agency } : {}),
      ...(session && r.sessionId ? { session: { id: r.sessionId, name: session } } : {}),
      links: {
        amends: r.amends.flatMap(ref),
        repeals: r.repeals.flatMap(ref),
        amendedBy: r.amendedBy.flatMap(ref),
        repealedBy: r.repealedBy.flatMap(ref),
      },
    };
  };
  return { card, fields, agencies };
}

const facets = (r: SiteResolution, kind: ResolutionFilterKind): string[] =>
  kind === 'field' ? r.fieldIds : kind === 'year' ? [r.adoptedOn.slice(0, 4)] : [r.status];

function optionsOf(data: SiteData, l: SiteLocale, fields: Map<string, string>) {
  const label = (kind: ResolutionFilterKind, id: string) =>
    kind === 'field'
      ? (fields.get(id) ?? id)
      : kind === 'year'
        ? id
        : translate(l, `resolution.status.${id as SiteResolution['status']}`);
  return Object.fromEntries(
    RESOLUTION_FILTER_KINDS.map((kind) => {
      const counts = new Map<string, number>();
      for (const r of data.resolutions)
        for (const id of facets(r, kind)) counts.set(id, (counts.get(id) ?? 0) + 1);
      const options = [...counts].map(([id, count]) => {
        const filter = { kind, id } as ResolutionFilter;
        return { filter, label: label(kind, id), count, path: resolutionPaths.resolutions(l, filter) };
      });
      options.sort((a, b) =>
        kind === 'year'
          ? b.label.localeCompare(a.label)
          : b.count - a.count || a.label.localeCompare(b.label, 'vi'),
      );
      return [kind, options];
    }),
  ) as Record<ResolutionFilterKind, ResolutionFilterOption[]>;
}

export function resolutionDrafts(data: SiteData, l: SiteLocale): Draft[] {
  const { card, fields } = namer(data, l);
  const options = optionsOf(data, l, fields);
  const listings: { filter?: ResolutionFilter & { label: string }; items: SiteResolution[] }[] = [
    { items: data.resolutions },
    ...RESOLUTION_FILTER_KINDS.flatMap((kind) =>
      options[kind].map((o) => ({
        filter: { ...o.filter, label: o.label },
        items: data.resolutions.filter((r) => facets(r, kind).includes(o.filter.id)),
      })),
    ),
  ];
  const drafts: Draft[] = [];
  for (const { filter, items } of listings) {
    const plain = filter ? ({ kind: filter.kind, id: filter.id } as ResolutionFilter) : undefined;
    for (const paged of paginate(items, PAGE_SIZE)) {
      const pathOf = (n: number) => resolutionPaths.resolutions(l, plain, n);
      drafts.push({
        key: `resolutions:${filter?.kind}:${filter?.id}:${paged.page}`,
        view: 'resolutions',
        path: pathOf(paged.page),
        props: {
          resolutions: paged.items.map(card),
          pager: {
            page: paged.page,
            pages: paged.pages,
            ...(paged.page > 1 ? { previous: pathOf(paged.page - 1) } : {}),
            ...(paged.page < paged.pages ? { next: pathOf(paged.page + 1) } : {}),
          },
          options,
          ...(filter ? { filter } : {}),
        },
      });
    }
  }
  for (const r of data.resolutions) {
    drafts.push({
      key: `resolution:${r.id}`,
      view: 'resolution',
      path: resolutionPaths.resolution(l, r.slug),
      props: { resolution: card(r) },
    });
  }
  return drafts;
}

/** The newest resolutions, for the home page. */
export function latestResolutions(data: SiteData, l: SiteLocale, count = 3): ResolutionCard[] {
  const { card } = namer(data, l);
  return data.resolutions.slice(0, count).map(card);
}

/** The resolutions an after-session meeting explains, in the order the secretariat picked them. */
export function resolutionsExplained(
  data: SiteData,
  l: SiteLocale,
  ids: readonly string[] = [],
): ResolutionCard[] {
  const { card } = namer(data, l);
  return ids.flatMap((id) => data.resolutions.filter((r) => r.id === id)).map(card);
}

/** A session's results: what SessionResults.astro draws. */
export function sessionResultsView(data: SiteData, l: SiteLocale, sessionId: string): SessionResultsView {
  const { card, agencies } = namer(data, l);
  const results = data.sessionResults.get(sessionId);
  return {
    resolutions: (results?.resolutions ?? []).map(card),
    interpellations: (results?.interpellations ?? []).map((i) => ({
      ...i,
      commitments: i.commitments.map((c) => ({ ...c, agency: agencies.get(c.agencyId) ?? c.agencyId })),
    })),
    answered: data.results.filter((r) => r.session?.id === sessionId),
  };
}
