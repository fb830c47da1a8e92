import { describe, expect, it } from 'vitest';
import { CursorTrail, pagesOf } from '../../site/src/console/ui/cursor-trail.ts';

describe('paging over the API’s cursors', () => {
  it('goes forward with the cursor each page gave, and back to where the page before began', () => {
    const trail = new CursorTrail();
    expect([trail.current, trail.pageNumber, trail.hasPrevious, trail.hasNext]).toEqual([
      undefined,
      1,
      false,
      false,
    ]);
    trail.loaded({ items: [1], nextCursor: 'c2' });
    expect(trail.hasNext).toBe(true);
    trail.forward();
    expect([trail.current, trail.pageNumber, trail.hasPrevious]).toEqual(['c2', 2, true]);
    trail.loaded({ items: [2], nextCursor: 'c3' });
    trail.forward();
    trail.loaded({ items: [3] });
    expect([trail.current, trail.pageNumber, trail.hasNext]).toEqual(['c3', 3, false]);
    trail.back();
    expect([trail.current, trail.pageNumber]).toEqual(['c2', 2]);
    trail.reset();
    expect([trail.current, trail.pageNumber, trail.hasPrevious]).toEqual([undefined, 1, false]);
  });

  it('does not go past the last page or before the first', () => {
    const trail = new CursorTrail();
    trail.loaded({ items: [] });
    trail.forward();
    trail.back();
    expect([trail.current, trail.pageNumber]).toEqual([undefined, 1]);
  });

  it('pages a whole list by offset, every item once', async () => {
    const items = Array.from({ length: 53 }, (_, i) => i);
    const load = pagesOf(items, 25);
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await load(cursor);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(items);
  });
});
