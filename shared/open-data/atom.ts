/**
 * A pure Atom writer (RFC 4287): the feed's id, title, updated, author and its self and
 * alternate links, then one entry per item with id, title, link, updated and summary. Every
 * text is escaped for XML (petition text comes from the public) and stripped of characters
 * XML 1.0 cannot hold, so a feed always parses.
 */
import { escapeXml } from '../xml.ts';

export interface AtomEntry {
  /** A permanent IRI: the entry's page on the site. */
  id: string;
  title: string;
  /** The page a reader opens. */
  link: string;
  /** ISO instant of the entry's last change. */
  updated: string;
  summary: string;
}

export interface AtomFeed {
  /** xml:lang of the feed: the language of the page it belongs to. */
  language: string;
  /** The feed's own URL (its id and rel="self" link). */
  self: string;
  /** The page the feed follows (rel="alternate"). */
  page: string;
  title: string;
  author: string;
  /** Used when there is no entry; otherwise the newest entry's instant. */
  updated: string;
  entries: readonly AtomEntry[];
}

// Characters that XML 1.0 does not allow anywhere, even escaped (with the u flag, a
// surrogate range matches only a lone, ill-formed half).
const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;

export function atomFeed(feed: AtomFeed): string {
  // ISO instants of one format sort as text: the newest entry's, else the feed's own.
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? feed.updated;
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      element('id', e.id),
      element('title', e.title),
      link('alternate', e.link, 'text/html'),
      element('updated', e.updated),
      element('summary', e.summary),
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    element('id', feed.self),
    element('title', feed.title),
    element('updated', updated),
    `<author>${element('name', feed.author)}</author>`,
    link('self', feed.self, 'application/atom+xml'),
    link('alternate', feed.page, 'text/html'),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
