/**
 * Every page of the site, in both languages, with the data it shows. The one Astro route
 * ([...path].astro) renders this list, tests read it to find one page of each template,
 * and a listing of any length becomes pages of PAGE_SIZE items.
 */

import { MEETING_STATUSES_TAKING_PETITIONS } from '../../../shared/schemas/meeting.ts';
import type { PublishedResult, Statistics } from '../../../shared/schemas/publication.ts';
import { type PetitionFormChoices, petitionFormChoices } from '../../../shared/ui/petition-form-choices.ts';
import {
  RESULT_FILTER_KINDS,
  type ResultFilter,
  SITE_LOCALES,
  type SiteLocale,
  type StatisticsPeriodRef,
  sitePaths,
} from '../../../shared/ui/routes.ts';
import type { SiteActivity, SiteFollowUp, SiteOversightStatistics } from './oversight-data.ts';
import { type Paged, paginate, paginateFromOldest } from './paginate.ts';
import {
  communesByArea,
  filterOptions,
  groupsOfCommune,
  meetingsOfCommune,
  meetingsOfGroup,
  past,
  placeName,
  resultsByFacet,
  resultsOfMeeting,
  upcoming,
} from './queries.ts';
import {
  latestResolutions,
  type ResolutionCard,
  type ResolutionViews,
  resolutionDrafts,
  resolutionsExplained,
} from './resolution-pages.ts';
import type { PublicMeeting, Unit } from './schemas.ts';
import { nextSession, type SessionViews, sessionDrafts } from './session-pages.ts';
import type { PublicSession } from './session-schemas.ts';
import { type Council, type DelegateGroup, type SiteData, statisticsKey } from './site-data.ts';

export const PAGE_SIZE = 20;

export interface Pager {
  /**
   * The page's number; on a listing numbered from the oldest (paginateFromOldest), 0 is its
   * first page (the newest items) and 1 the oldest numbered page.
   */
  page: number;
  /** How many pages; absent on a listing numbered from the oldest, where the count moves. */
  pages?: number;
  previous?: string;
  next?: string;
}

type Views = {
  home: {
    upcoming: PublicMeeting[];
    communes: Unit[];
    nextSession?: PublicSession;
    resolutions: ResolutionCard[];
  };
  schedule: { meetings: PublicMeeting[]; pager: Pager };
  past: { meetings: PublicMeeting[]; pager: Pager; raised: Record<string, number> };
  communes: { areas: { heading: string; communes: Unit[] }[] };
  commune: {
    commune: Unit;
    place: string;
    upcoming: PublicMeeting[];
    past: PublicMeeting[];
    groups: DelegateGroup[];
    results: number;
  };
  meeting: { meeting: PublicMeeting; raised: PublishedResult[]; explains: ResolutionCard[] };
  submit: {
    /** The form's choices, from the one function the API's form uses too. */
    choices: PetitionFormChoices;
    /** The meeting this form sends petitions for (its own page, the meeting chosen). */
    meeting?: PublicMeeting;
  };
  track: Record<string, never>;
  results: {
    results: PublishedResult[];
    pager: Pager;
    filter?: ResultFilter & { label: string };
    /** The filters, on a listing's first page only. */
    options?: Record<ResultFilter['kind'], { id: string; label: string; count: number }[]>;
  };
  result: { result: PublishedResult };
  statistics: {
    statistics: Statistics;
    council?: Council;
    councils: Council[];
    /** Every period of these statistics (all time first), as links; the page's own is current. */
    periods: { period?: StatisticsPeriodRef; path: string; current: boolean }[];
  };
  delegates: { councils: Council[]; communeNames: Record<string, string> };
  group: {
    group: DelegateGroup;
    communes: Unit[];
    upcoming: PublicMeeting[];
    past: PublicMeeting[];
  };
  privacy: Record<string, never>;
  search: Record<string, never>;
  oversight: {
    councils: {
      council: Council;
      years: { year: number; activities: SiteActivity[] }[];
      statistics: SiteOversightStatistics;
    }[];
    agencyNames: Record<string, string>;
  };
  oversightActivity: {
    activity: SiteActivity;
    items: SiteFollowUp[];
    council?: Council;
    agencyNames: Record<string, string>;
  };
} & SessionViews &
  ResolutionViews;
export type ViewName = keyof Views;

export type SitePage = {
  [V in ViewName]: {
    view: V;
    locale: SiteLocale;
    /** The page's URL path ("/", "/en/results/page/2/"). */
    path: string;
    /** The same page in the other language. */
    alternate: string;
    props: Views[V];
  };
}[ViewName];

type Draft = { [V in ViewName]: { key: string; view: V; path: string; props: Views[V] } }[ViewName];

function pagerOf<T>(paged: Paged<T>, pathOf: (page: number) => string): Pager {
  return {
    page: paged.page,
    pages: paged.pages,
    ...(paged.page > 1 ? { previous: pathOf(paged.page - 1) } : {}),
    ...(paged.page < paged.pages ? { next: pathOf(paged.page + 1) } : {}),
  };
}

/**
 * Previous (newer) and next (older) links of a listing numbered from the oldest with
 * `archived` numbered pages (paginateFromOldest): the first page leads to the newest
 * numbered page it does not show in full, each numbered page to its neighbours, the newest
 * back to the first page. `pathOf()` is the first page's path, `pathOf(k)` page k's.
 */
export function archivePagers(
  archived: number,
  pathOf: (page?: number) => string,
): { latest: Pager; archive: Pager[] } {
  const older = (page: number) => (page >= 1 ? { next: pathOf(page) } : {});
  return {
    latest: { page: 0, ...older(archived - 1) },
    archive: Array.from({ length: archived }, (_, i) => ({
      page: i + 1,
      previous: pathOf(i + 2 <= archived ? i + 2 : undefined),
      ...older(i),
    })),
  };
}

function withNextSession(data: SiteData): { nextSession?: PublicSession } {
  const session = nextSession(data);
  return session ? { nextSession: session } : {};
}

function pagesIn(data: SiteData, l: SiteLocale): Draft[] {
  const drafts: Draft[] = [];
  const ahead = upcoming(data);
  const over = past(data);
  const areas = communesByArea(data);
  const units = (ids: string[]) => ids.flatMap((id) => data.units.get(id) ?? []);

  drafts.push({
    key: 'home',
    view: 'home',
    path: sitePaths.home(l),
    props: {
      upcoming: ahead.slice(0, 3),
      communes: data.communes,
      ...withNextSession(data),
      resolutions: latestResolutions(data, l),
    },
  });
  for (const paged of paginate(ahead, PAGE_SIZE)) {
    const pager = pagerOf(paged, (n) => sitePaths.schedule(l, n));
    drafts.push({
      key: `schedule:${paged.page}`,
      view: 'schedule',
      path: sitePaths.schedule(l, paged.page),
      props: { meetings: paged.items, pager },
    });
  }
  const raised: Record<string, number> = {};
  for (const r of data.results) if (r.meeting) raised[r.meeting.id] = (raised[r.meeting.id] ?? 0) + 1;
  // Each page carries the counts of its own meetings: a new result redraws only its meeting's page.
  const raisedOn = (meetings: PublicMeeting[]): Record<string, number> =>
    Object.fromEntries(
      meetings.flatMap((m) => {
        const n = raised[m.id];
        return n ? [[m.id, n]] : [];
      }),
    );
  for (const paged of paginate(over, PAGE_SIZE)) {
    const pager = pagerOf(paged, (n) => sitePaths.pastMeetings(l, n));
    drafts.push({
      key: `past:${paged.page}`,
      view: 'past',
      path: sitePaths.pastMeetings(l, paged.page),
      props: { meetings: paged.items, pager, raised: raisedOn(paged.items) },
    });
  }
  drafts.push({ key: 'communes', view: 'communes', path: sitePaths.communes(l), props: { areas } });
  for (const commune of data.communes) {
    const meetings = meetingsOfCommune(data, commune.id);
    drafts.push({
      key: `commune:${commune.id}`,
      view: 'commune',
      path: sitePaths.commune(l, commune.id),
      props: {
        commune,
        place: placeName(data, commune),
        upcoming: upcoming(data, meetings),
        past: past(data, meetings),
        groups: groupsOfCommune(data, commune.id),
        results: data.results.filter((r) => r.commune.id === commune.id).length,
      },
    });
  }
  for (const meeting of data.meetings) {
    drafts.push({
      key: `meeting:${meeting.id}`,
      view: 'meeting',
      path: sitePaths.meeting(l, meeting.id),
      props: {
        meeting,
        raised: resultsOfMeeting(data, meeting),
        explains: resolutionsExplained(data, l, meeting.resolutionIds),
      },
    });
  }
  const choices = petitionFormChoices(
    {
      units: data.reference.units,
      fields: data.reference.fields,
      councilUnitIds: data.reference.councils.map((c) => c.unitId),
    },
    l,
  );
  drafts.push({ key: 'submit', view: 'submit', path: sitePaths.submit(l), props: { choices } });
  for (const meeting of data.meetings.filter((m) => MEETING_STATUSES_TAKING_PETITIONS.has(m.status))) {
    drafts.push({
      key: `submit:${meeting.id}`,
      view: 'submit',
      path: sitePaths.submitForMeeting(l, meeting.id),
      props: { choices, meeting },
    });
  }
  drafts.push({ key: 'track', view: 'track', path: sitePaths.track(l), props: {} });

  const options = Object.fromEntries(
    RESULT_FILTER_KINDS.map((kind) => [kind, filterOptions(data.results, kind, l)]),
  ) as NonNullable<Views['results']['options']>;
  const listings: { filter?: Views['results']['filter']; results: PublishedResult[] }[] = [
    { results: data.results },
    ...RESULT_FILTER_KINDS.flatMap((kind) => {
      const ofValue = resultsByFacet(data.results, kind, l);
      return options[kind].map((o) => ({
        filter: { kind, id: o.id, label: o.label },
        results: ofValue.get(o.id) ?? [],
      }));
    }),
  ];
  for (const { filter, results } of listings) {
    const plain = filter ? { kind: filter.kind, id: filter.id } : undefined;
    const shown = filter ? { filter } : {};
    const { latest, archive } = paginateFromOldest(results, PAGE_SIZE);
    const pathOf = (n?: number) => sitePaths.resultsArchive(l, plain, n);
    const pagers = archivePagers(archive.length, pathOf);
    const key = `results:${filter?.kind}:${filter?.id}`;
    // The filters (with their counts) are on the first page only: a numbered page shows what it always did.
    drafts.push({
      key: `${key}:0`,
      view: 'results',
      path: pathOf(),
      props: { results: latest, pager: pagers.latest, options, ...shown },
    });
    for (const paged of archive) {
      drafts.push({
        key: `${key}:${paged.page}`,
        view: 'results',
        path: pathOf(paged.page),
        props: { results: paged.items, pager: pagers.archive[paged.page - 1]!, ...shown },
      });
    }
  }
  for (const result of data.results) {
    drafts.push({
      key: `result:${result.code}`,
      view: 'result',
      path: sitePaths.result(l, result.code),
      props: { result },
    });
  }

  for (const council of [undefined, ...data.councils]) {
    const periods = [undefined, ...data.statisticsPeriods(council?.id)];
    const linked = periods.map((period) => ({
      ...(period ? { period } : {}),
      path: sitePaths.statistics(l, council?.id, period),
    }));
    for (const [i, period] of periods.entries()) {
      const statistics = !period
        ? council
          ? data.councilStatistics.get(council.id)
          : data.statistics
        : data.periodStatistics.get(statisticsKey(council?.id, period));
      if (!statistics) continue;
      const periodKey = period ? statisticsKey(council?.id, period) : `${council?.id ?? '*'}|all`;
      drafts.push({
        key: `statistics:${periodKey}`,
        view: 'statistics',
        path: linked[i]!.path,
        props: {
          statistics,
          ...(council ? { council } : {}),
          councils: data.councils,
          periods: linked.map((p, j) => ({ ...p, current: j === i })),
        },
      });
    }
  }
  const communeNames = Object.fromEntries(data.communes.map((c) => [c.id, c.name]));
  drafts.push({
    key: 'delegates',
    view: 'delegates',
    path: sitePaths.delegates(l),
    props: { councils: data.councils, communeNames },
  });
  for (const group of data.groups.values()) {
    const meetings = meetingsOfGroup(data, group.id);
    drafts.push({
      key: `group:${group.id}`,
      view: 'group',
      path: sitePaths.group(l, group.id),
      props: {
        group,
        communes: units(group.electoralUnit.communeIds),
        upcoming: upcoming(data, meetings),
        past: past(data, meetings),
      },
    });
  }
  drafts.push({ key: 'privacy', view: 'privacy', path: sitePaths.privacy(l), props: {} });
  drafts.push({ key: 'search', view: 'search', path: sitePaths.search(l), props: {} });
  drafts.push(...resolutionDrafts(data, l));
  drafts.push(...sessionDrafts(data, l));
  drafts.push(...oversightPages(data, l));
  return drafts;
}

export function siteMap(data: SiteData): SitePage[] {
  const [vi, en] = SITE_LOCALES.map((l) => pagesIn(data, l)) as [Draft[], Draft[]];
  const pathIn = (drafts: Draft[]) => new Map(drafts.map((d) => [d.key, d.path]));
  const viPaths = pathIn(vi);
  const enPaths = pathIn(en);
  const finish = (drafts: Draft[], locale: SiteLocale, others: Map<string, string>) =>
    drafts.map(({ key, ...page }) => ({ ...page, locale, alternate: others.get(key)! }) as SitePage);
  return [...finish(vi, 'vi', enPaths), ...finish(en, 'en', viPaths)];
}

/** /giam-sat/ (every council's activities by year, with per-body statistics) and one page per activity. */
function oversightPages(data: SiteData, l: SiteLocale): Draft[] {
  const agencyNames = Object.fromEntries(data.reference.agencies.map((a) => [a.id, a.name]));
  const councilOf = (id: string) => data.councils.find((c) => c.id === id);
  const councils = data.oversight.councils.flatMap((c) => {
    const council = councilOf(c.councilId);
    return council && (c.years.length > 0 || c.statistics.agencies.length > 0)
      ? [{ council, years: c.years, statistics: c.statistics }]
      : [];
  });
  return [
    { key: 'oversight', view: 'oversight', path: sitePaths.oversight(l), props: { councils, agencyNames } },
    ...data.oversight.records.map(({ activity, items }): Draft => {
      const council = councilOf(activity.councilId);
      return {
        key: `oversight:${activity.id}`,
        view: 'oversightActivity',
        path: sitePaths.oversightActivity(l, activity.id),
        props: { activity, items, agencyNames, ...(council ? { council } : {}) },
      };
    }),
  ];
}
