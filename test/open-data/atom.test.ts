/** Atom feeds (RFC 4287) parsed back with a real XML parser and checked for their required elements. */
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../shared/open-data/atom.ts';
import { atomEntries, atomProblems } from './atom-check.ts';

const feed = (entries: Parameters<typeof atomFeed>[0]['entries']) =>
  atomFeed({
    language: 'vi',
    self: 'https://hdnd.example.vn/nguon-tin/ket-qua.xml',
    page: 'https://hdnd.example.vn/ket-qua/',
    title: 'Kết quả kiến nghị mới công khai',
    author: 'Tiếp xúc cử tri và kiến nghị',
    updated: '2026-05-01T00:00:00.000Z',
    entries,
  });

describe('the Atom writer', () => {
  it('writes a feed with every element RFC 4287 requires, newest entry as the feed’s updated', () => {
    const xml = feed([
      {
        id: 'https://x/ket-qua/a/',
        title: 'A',
        link: 'https://x/ket-qua/a/',
        updated: '2026-03-01T00:00:00.000Z',
        summary: 'a',
      },
      {
        id: 'https://x/ket-qua/b/',
        title: 'B',
        link: 'https://x/ket-qua/b/',
        updated: '2026-04-01T00:00:00.000Z',
        summary: 'b',
      },
    ]);
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('<updated>2026-04-01T00:00:00.000Z</updated>\n<author>');
  });

  it('keeps markup, ampersands and characters XML cannot hold from breaking the feed', () => {
    const title = '<b>Đèn đường</b> & "cầu" \u0001 thôn \ud800';
    const xml = feed([
      {
        id: 'https://x/a?b=1&c=2',
        title,
        link: 'https://x/a?b=1&c=2',
        updated: '2026-03-01T00:00:00.000Z',
        summary: '</summary><x>',
      },
    ]);
    expect(atomProblems(xml)).toEqual([]);
    expect(atomEntries(xml)).toEqual([
      { id: 'https://x/a?b=1&c=2', title: '<b>Đèn đường</b> & "cầu"  thôn ', link: 'https://x/a?b=1&c=2' },
    ]);
  });

  it('keeps characters outside the BMP (an emoji, a rare Hán Nôm character) whole in a title', () => {
    const title = 'Cầu tràn 🌉 thôn 𠀧';
    const xml = feed([
      { id: 'https://x/a', title, link: 'https://x/a', updated: '2026-03-01T00:00:00.000Z', summary: 's' },
    ]);
    expect(atomProblems(xml)).toEqual([]);
    expect(atomEntries(xml)[0]?.title).toBe(title);
  });

  it('is checked by a validator that does find a missing element', () => {
    expect(atomProblems(feed([]).replace(/<id>.*?<\/id>/, ''))).toEqual(['feed: 0 <id>']);
    expect(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>').length).toBeGreaterThan(
      0,
    );
  });
});
