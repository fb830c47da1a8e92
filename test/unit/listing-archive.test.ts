/**
 * Listings whose pages do not move (issue #22, item 6): the first page shows the newest
 * items, the numbered pages count from the oldest, so adding an item changes the first
 * page and the newest numbered page only (and, when that one is full, adds one), never
 * the pages before it. Every item is on a numbered page exactly once, newest first there.
 */
import { describe, expect, it } from 'vitest';
import { paginateFromOldest } from '../../site/src/lib/paginate.ts';
import { archivePagers } from '../../site/src/lib/site-map.ts';

/** n items, newest first: n, n−1, …, 1 (item i was the i-th added). */
const items = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('a listing numbered from the oldest', () => {
  it('has no numbered pages while everything fits on the first', () => {
    expect(paginateFromOldest(items(0), 20)).toEqual({ latest: [], archive: [] });
    expect(paginateFromOldest(items(20), 20)).toEqual({ latest: items(20), archive: [] });
  });

  it('puts the oldest on page 1 and the newest, fewer, on the last page, newest first on each', () => {
    const { latest, archive } = paginateFromOldest(items(45), 20);
    expect(latest).toEqual(items(45).slice(0, 20));
    expect(archive.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(archive[0]!.items).toEqual(items(20));
    expect(archive[1]!.items).toEqual(items(40).slice(0, 20));
    expect(archive[2]!.items).toEqual([45, 44, 43, 42, 41]);
    expect(archive.flatMap((p) => p.items).sort((a, b) => a - b)).toEqual(items(45).reverse());
  });

  it('keeps every numbered page but the newest the same when an item is added', () => {
    for (const n of [21, 39, 40, 41, 99, 100, 1000]) {
      const before = paginateFromOldest(items(n), 20).archive;
      const after = paginateFromOldest(items(n + 1), 20).archive;
      const newest = before.length;
      for (const page of before.slice(0, newest - 1)) expect(after[page.page - 1], `${n}`).toEqual(page);
      expect(after.length - before.length).toBe(n % 20 === 0 ? 1 : 0);
      expect(after.at(-1)!.items[0]).toBe(n + 1);
    }
  });
});

describe('the links between its pages', () => {
  const pathOf = (page?: number) => (page ? `/ket-qua/trang/${page}/` : '/ket-qua/');

  it('link the first page to the older pages after it, with nothing to number', () => {
    expect(archivePagers(0, pathOf)).toEqual({ latest: { page: 0 }, archive: [] });
    // 45 items: the first page shows 45…26, page 3 (45…41) is all on it, page 2 (40…21) is next.
    const { latest, archive } = archivePagers(3, pathOf);
    expect(latest).toEqual({ page: 0, next: '/ket-qua/trang/2/' });
    expect(archive).toEqual([
      { page: 1, previous: '/ket-qua/trang/2/' },
      { page: 2, previous: '/ket-qua/trang/3/', next: '/ket-qua/trang/1/' },
      { page: 3, previous: '/ket-qua/', next: '/ket-qua/trang/2/' },
    ]);
  });

  it('never say how many pages there are (that count moves)', () => {
    const { latest, archive } = archivePagers(2, pathOf);
    for (const pager of [latest, ...archive]) expect(pager).not.toHaveProperty('pages');
  });
});
