/**
 * The Atom feeds built with the site (shared/open-data/atom.ts writes them): new published
 * results of every council, of one council, one field and one commune, and the published
 * meetings of a commune, each in the language of the page it follows.
 */
import { type AtomEntry, atomFeed } from '../../../shared/open-data/atom.ts';
import type { PublishedResult } from '../../../shared/schemas/publication.ts';
import { shellLabels } from '../../../shared/ui/labels.ts';
import {
  type FeedFilterKind,
  openDataPaths,
  SITE_LOCALES,
  type SiteLocale,
  sitePaths,
} from '../../../shared/ui/routes.ts';
import { dateTime } from './format.ts';
import { wordsFor } from './i18n/index.ts';
import type { PublicMeeting } from './schemas.ts';
import type { SiteData } from './site-data.ts';
import { absolute } from './site-origin.ts';

/** The newest entries a feed carries: readers poll, they do not page. */
export const FEED_ENTRIES = 50;

export interface FeedFile {
  path: string;
  body: string;
}

const summaryOf = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

/** An entry is a page of the site: its address is both its id and its link. */
const pageEntry = (page: string, entry: Omit<AtomEntry, 'id' | 'link'>): AtomEntry => ({
  id: page,
  link: page,
  ...entry,
});

function resultEntry(r: PublishedResult, l: SiteLocale): AtomEntry {
  const { m } = wordsFor(l);
  return pageEntry(absolute(sitePaths.result(l, r.code)), {
    title: r.title,
    updated: r.publishedAt,
    summary: summaryOf(`${m(`petition.status.${r.status}`)}. ${r.answer?.text ?? r.content}`),
  });
}

function meetingEntry(meeting: PublicMeeting, l: SiteLocale): AtomEntry {
  const { m } = wordsFor(l);
  return pageEntry(absolute(sitePaths.meeting(l, meeting.id)), {
    title: meeting.title,
    updated: meeting.startsAt,
    summary: `${dateTime(meeting.startsAt, l)} · ${meeting.venue.name} · ${m(`meeting.status.${meeting.status}`)}`,
  });
}

/** The feed file at `path`, following the site page `page`, written at the build's time. */
function feedFile(
  data: SiteData,
  l: SiteLocale,
  path: string,
  feed: { page: string; title: string; entries: AtomEntry[] },
): FeedFile {
  return {
    path,
    body: atomFeed({
      language: l,
      self: absolute(path),
      page: absolute(feed.page),
      title: feed.title,
      author: shellLabels[l].siteName,
      updated: data.builtAt.toISOString(),
      entries: feed.entries,
    }),
  };
}

function resultsFeed(
  data: SiteData,
  l: SiteLocale,
  results: PublishedResult[],
  feed: { filter?: { kind: FeedFilterKind; id: string }; name?: string; page: string },
): FeedFile {
  const { t } = wordsFor(l);
  return feedFile(data, l, openDataPaths.resultsFeed(l, feed.filter), {
    page: feed.page,
    title: feed.name ? t('feedResultsTitle', { name: feed.name }) : t('feedResultsAll'),
    entries: results.slice(0, FEED_ENTRIES).map((r) => resultEntry(r, l)),
  });
}

function feedsIn(data: SiteData, l: SiteLocale): FeedFile[] {
  const { t } = wordsFor(l);
  const files = [resultsFeed(data, l, data.results, { page: sitePaths.results(l) })];
  const groups: Record<
    'council' | 'field' | 'commune',
    Map<string, { name: string; results: PublishedResult[] }>
  > = {
    council: new Map(),
    field: new Map(),
    commune: new Map(),
  };
  for (const r of data.results) {
    const keys = {
      council: r.council,
      field: { id: r.field.id, name: (l === 'en' && r.field.nameEn) || r.field.name },
      commune: r.commune,
    };
    for (const kind of ['council', 'field', 'commune'] as const) {
      const key = keys[kind];
      const group = groups[kind].get(key.id) ?? { name: key.name, results: [] };
      group.results.push(r);
      groups[kind].set(key.id, group);
    }
  }
  for (const kind of ['council', 'field', 'commune'] as const) {
    for (const [id, group] of groups[kind]) {
      const page = kind === 'council' ? sitePaths.statistics(l, id) : sitePaths.results(l, { kind, id });
      files.push(resultsFeed(data, l, group.results, { filter: { kind, id }, name: group.name, page }));
    }
  }
  for (const commune of data.communes) {
    const meetings = data.meetings
      .filter((m) => m.communes.some((c) => c.id === commune.id))
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
      .slice(0, FEED_ENTRIES);
    files.push(
      feedFile(data, l, openDataPaths.meetingsFeed(l, commune.id), {
        page: sitePaths.commune(l, commune.id),
        title: t('feedMeetingsTitle', { name: commune.name }),
        entries: meetings.map((m) => meetingEntry(m, l)),
      }),
    );
  }
  return files;
}

export function siteFeeds(data: SiteData): FeedFile[] {
  return SITE_LOCALES.flatMap((l) => feedsIn(data, l));
}
