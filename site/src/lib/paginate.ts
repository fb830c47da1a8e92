/** Listing pages stay small (the 14 KB budget) however many items there are. */
export interface Paged<T> {
  items: T[];
  page: number;
  pages: number;
}

export function paginate<T>(items: readonly T[], size: number): Paged<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: i + 1,
    pages,
  }));
}

/**
 * A listing whose pages do not move when an item is added (issue #22: publishing one new
 * result redraws a few pages, not every page of every listing). The listing's first page
 * shows the newest `size` items; the numbered archive pages count from the oldest, so page
 * k always holds the same items (the oldest k·size, less the first (k−1)·size), newest first
 * on the page. Only the newest archive page gains an item, and a new one is added when it
 * is full. A listing that fits on its first page has no archive.
 */
export interface Archived<T> {
  /** The first page: the newest items. */
  latest: T[];
  /** Page 1 the oldest; each page's items newest first. */
  archive: { page: number; items: T[] }[];
}

export function paginateFromOldest<T>(newestFirst: readonly T[], size: number): Archived<T> {
  const n = newestFirst.length;
  const latest = newestFirst.slice(0, size);
  if (n <= size) return { latest, archive: [] };
  const pages = Math.ceil(n / size);
  return {
    latest,
    archive: Array.from({ length: pages }, (_, i) => ({
      page: i + 1,
      items: newestFirst.slice(Math.max(0, n - (i + 1) * size), n - i * size),
    })),
  };
}

/** Items grouped by a key, in first-seen order (meetings by day). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }));
}
