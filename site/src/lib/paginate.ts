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
