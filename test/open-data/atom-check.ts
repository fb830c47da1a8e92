/** An Atom (RFC 4287) check for the tests, over a real XML parser (@xmldom/xmldom). */
import { DOMParser } from '@xmldom/xmldom';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** The problems of an Atom document: what RFC 4287 requires of a feed and of each entry. */
export function atomProblems(xml: string): string[] {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  if (errors.length) return errors;
  const feed = doc.documentElement;
  if (feed?.localName !== 'feed' || feed.namespaceURI !== ATOM_NS) return ['root is not an Atom feed'];
  const children = (el: Element, name: string) =>
    Array.from(el.childNodes).filter(
      (n): n is Element =>
        n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM_NS,
    );
  const one = (el: Element, name: string, where: string) => {
    const found = children(el, name);
    if (found.length !== 1) errors.push(`${where}: ${found.length} <${name}>`);
    return found[0];
  };
  const instant = (el: Element | undefined, where: string) => {
    if (el && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(el.textContent ?? ''))
      errors.push(`${where}: updated is not an RFC 3339 instant`);
  };
  one(feed, 'id', 'feed');
  one(feed, 'title', 'feed');
  instant(one(feed, 'updated', 'feed'), 'feed');
  if (children(feed, 'author').length === 0) errors.push('feed: no author');
  if (!children(feed, 'link').some((l) => l.getAttribute('rel') === 'self'))
    errors.push('feed: no self link');
  if (!feed.getAttribute('xml:lang')) errors.push('feed: no xml:lang');
  for (const [i, entry] of children(feed, 'entry').entries()) {
    const where = `entry ${i}`;
    for (const name of ['id', 'title', 'summary']) one(entry, name, where);
    instant(one(entry, 'updated', where), where);
    if (!children(entry, 'link').some((l) => l.getAttribute('rel') === 'alternate' && l.getAttribute('href')))
      errors.push(`${where}: no alternate link`);
  }
  return errors;
}

export function atomEntries(xml: string): { id: string; title: string; link: string }[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return Array.from(doc.getElementsByTagNameNS(ATOM_NS, 'entry')).map((e) => ({
    id: e.getElementsByTagNameNS(ATOM_NS, 'id')[0]?.textContent ?? '',
    title: e.getElementsByTagNameNS(ATOM_NS, 'title')[0]?.textContent ?? '',
    link: e.getElementsByTagNameNS(ATOM_NS, 'link')[0]?.getAttribute('href') ?? '',
  }));
}
