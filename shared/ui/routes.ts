/**
 * Where each page of the public site lives, in Vietnamese (the default, at the root) and
 * in English (under /en/). Slugs carry no diacritics. The site's pages, the public API's
 * server-rendered pages and the local servers all build links from here, so a renamed
 * path cannot leave a dead link behind.
 */
export type SiteLocale = 'vi' | 'en';
export const SITE_LOCALES: readonly SiteLocale[] = ['vi', 'en'];

const prefix = (locale: SiteLocale) => (locale === 'vi' ? '/' : '/en/');
const seg = (locale: SiteLocale, vi: string, en: string) => (locale === 'vi' ? vi : en);
const paged = (locale: SiteLocale, base: string, page: number) =>
  page <= 1 ? base : `${base}${seg(locale, 'trang', 'page')}/${page}/`;

export type ResultFilterKind = 'field' | 'agency' | 'commune' | 'session';
export const RESULT_FILTER_KINDS: readonly ResultFilterKind[] = ['field', 'agency', 'commune', 'session'];
const FILTER_SLUGS: Record<ResultFilterKind, [string, string]> = {
  field: ['linh-vuc', 'field'],
  agency: ['co-quan', 'agency'],
  commune: ['xa', 'commune'],
  session: ['ky-hop', 'session'],
};

export interface ResultFilter {
  kind: ResultFilterKind;
  id: string;
}

/** A period of the statistics pages: a calendar year, or one council session. */
export type StatisticsPeriodRef = { kind: 'year'; year: number } | { kind: 'session'; id: string };

const periodSegment = (l: SiteLocale, period: StatisticsPeriodRef | undefined) =>
  !period
    ? ''
    : period.kind === 'year'
      ? `${seg(l, 'nam', 'year')}/${period.year}/`
      : `${seg(l, 'ky-hop', 'session')}/${period.id}/`;

const schedule = (l: SiteLocale) => `${prefix(l)}${seg(l, 'lich-tiep-xuc', 'schedule')}/`;
const results = (l: SiteLocale) => `${prefix(l)}${seg(l, 'ket-qua', 'results')}/`;

export const sitePaths = {
  home: (l: SiteLocale) => prefix(l),
  schedule: (l: SiteLocale, page = 1) => paged(l, schedule(l), page),
  pastMeetings: (l: SiteLocale, page = 1) => paged(l, `${schedule(l)}${seg(l, 'da-dien-ra', 'past')}/`, page),
  communes: (l: SiteLocale) => `${schedule(l)}${seg(l, 'xa', 'communes')}/`,
  commune: (l: SiteLocale, communeId: string) => `${schedule(l)}${seg(l, 'xa', 'communes')}/${communeId}/`,
  meeting: (l: SiteLocale, meetingId: string) => `${schedule(l)}${seg(l, 'buoi', 'meetings')}/${meetingId}/`,
  submit: (l: SiteLocale) => `${prefix(l)}${seg(l, 'gui-kien-nghi', 'submit')}/`,
  /** The petition form for one meeting (the meeting chosen): a static page of its own, so no script is needed. */
  submitForMeeting: (l: SiteLocale, meetingId: string) =>
    `${prefix(l)}${seg(l, 'gui-kien-nghi', 'submit')}/${seg(l, 'buoi', 'meetings')}/${meetingId}/`,
  track: (l: SiteLocale) => `${prefix(l)}${seg(l, 'tra-cuu', 'track')}/`,
  results: (l: SiteLocale, filter?: ResultFilter, page = 1) =>
    paged(
      l,
      filter ? `${results(l)}${FILTER_SLUGS[filter.kind][l === 'vi' ? 0 : 1]}/${filter.id}/` : results(l),
      page,
    ),
  result: (l: SiteLocale, code: string) => `${results(l)}${code.toLowerCase()}/`,
  statistics: (l: SiteLocale, councilId?: string, period?: StatisticsPeriodRef) =>
    `${prefix(l)}${seg(l, 'thong-ke', 'statistics')}/${councilId ? `${councilId}/` : ''}${periodSegment(l, period)}`,
  delegates: (l: SiteLocale) => `${prefix(l)}${seg(l, 'dai-bieu', 'delegates')}/`,
  group: (l: SiteLocale, groupId: string) => `${prefix(l)}${seg(l, 'dai-bieu', 'delegates')}/${groupId}/`,
  privacy: (l: SiteLocale) => `${prefix(l)}${seg(l, 'quyen-rieng-tu', 'privacy')}/`,
  /** The search form (static); its answers come from the API at searchResults(l). */
  search: (l: SiteLocale) => `${prefix(l)}${seg(l, 'tim-kiem', 'search')}/`,
  /** Oversight (DESIGN §9): every council's activities by year, and one activity with its follow-up items. */
  oversight: (l: SiteLocale) => `${prefix(l)}${seg(l, 'giam-sat', 'oversight')}/`,
  oversightActivity: (l: SiteLocale, activityId: string) =>
    `${prefix(l)}${seg(l, 'giam-sat', 'oversight')}/${activityId}/`,
  /**
   * A numbered page of a results listing, numbered from the oldest (page 1 the oldest results,
   * an address of its own); without a page, the listing's first page (the newest).
   */
  resultsArchive: (l: SiteLocale, filter?: ResultFilter, page?: number): string =>
    page
      ? `${sitePaths.results(l, filter)}${seg(l, 'trang', 'page')}/${page}/`
      : sitePaths.results(l, filter),
};

/** Files of the open data (DESIGN §11), built with the site: feeds in a page's language, exports in one. */
const feeds = (l: SiteLocale) => `${prefix(l)}${seg(l, 'nguon-tin', 'feeds')}/`;
export type FeedFilterKind = 'council' | 'field' | 'commune';
const FEED_SLUGS: Record<FeedFilterKind, [string, string]> = {
  council: ['hoi-dong', 'council'],
  field: ['linh-vuc', 'field'],
  commune: ['xa', 'commune'],
};
export const openDataPaths = {
  /** Atom feed of new published results: every council's, or one council's, field's or commune's. */
  resultsFeed: (l: SiteLocale, filter?: { kind: FeedFilterKind; id: string }) =>
    filter
      ? `${feeds(l)}${seg(l, 'ket-qua', 'results')}/${FEED_SLUGS[filter.kind][l === 'vi' ? 0 : 1]}/${filter.id}.xml`
      : `${feeds(l)}${seg(l, 'ket-qua', 'results')}.xml`,
  /** Atom feed of a commune's published meetings, beside its iCalendar feed. */
  meetingsFeed: (l: SiteLocale, communeId: string) =>
    `${feeds(l)}${seg(l, 'lich-tiep-xuc/xa', 'schedule/communes')}/${communeId}.xml`,
  /** Published results of a council for one year (by receipt), as CSV or JSON. */
  resultsExport: (councilId: string, year: number, format: 'csv' | 'json') =>
    `/du-lieu-mo/${councilId}/${year}/ket-qua.${format}`,
  /** Statistics of those results, as CSV or JSON. */
  statisticsExport: (councilId: string, year: number, format: 'csv' | 'json') =>
    `/du-lieu-mo/${councilId}/${year}/thong-ke.${format}`,
};

/** The petition form's pages: the general one and each meeting's (the only pages that carry a script). */
export function isPetitionFormPath(path: string): boolean {
  return SITE_LOCALES.some((l) => {
    const form = sitePaths.submit(l);
    const ofMeeting = sitePaths.submitForMeeting(l, 'x').slice(0, -'x/'.length);
    return (
      path === form || (path.startsWith(ofMeeting) && /^[a-z0-9-]+\/$/.test(path.slice(ofMeeting.length)))
    );
  });
}

/**
 * Paths on the site's origin that the public API answers (CloudFront sends them to the
 * API; the Astro dev server and the local static server proxy them). The dynamic pages
 * are exact paths, so the static "/tra-cuu/" form page is not caught by "/tra-cuu".
 */
export const apiPaths = {
  /** JSON and iCalendar. */
  prefix: '/v1/',
  /** The track result page: GET ?ma=CODE. */
  trackResult: '/tra-cuu',
  /** The confirmation after a submission without JavaScript: GET ?ma=CODE. */
  confirmation: '/gui-kien-nghi/da-gui',
  /** A typed commune name → 303 to its schedule page: GET ?q=. */
  findCommune: '/tim-xa',
  /** Search of the published results without JavaScript: GET ?q=&trang=. */
  search: '/tim-kiem',
  searchEn: '/en/search',
  /** The submitter's own data, through their private link: GET ?ma=CODE&khoa=TOKEN[&buoc=rut|xoa]. */
  rights: '/du-lieu-ca-nhan',
  /** Following a petition or a commune, from the link in the message: GET ?id=&khoa= (confirm, stop). */
  followConfirm: '/theo-doi/xac-nhan',
  followStop: '/theo-doi/huy',
} as const;

/** The API's search answer page in a language. */
export const searchResultsPath = (l: SiteLocale) => (l === 'vi' ? apiPaths.search : apiPaths.searchEn);

export const API_EXACT_PATHS: readonly string[] = [
  apiPaths.trackResult,
  apiPaths.confirmation,
  apiPaths.findCommune,
  apiPaths.search,
  apiPaths.searchEn,
  apiPaths.rights,
  apiPaths.followConfirm,
  apiPaths.followStop,
];

/** True when a request path (without its query) belongs to the public API. */
export function isApiPath(pathname: string): boolean {
  return pathname.startsWith(apiPaths.prefix) || API_EXACT_PATHS.includes(pathname);
}

/**
 * A server page's link in the page's language: `?lang=` tells the API which language to
 * answer in. Vietnamese is named too, or the API would follow the browser's Accept-Language.
 */
export function withLocale(path: string, locale: SiteLocale): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
}
