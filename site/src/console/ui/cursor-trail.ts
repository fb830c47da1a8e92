/**
 * Paging over the API's opaque cursors (`{ items, nextCursor }`): the API can only go
 * forward, so the trail remembers the cursor each page started from to go back.
 */

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export class CursorTrail {
  /** The cursor each visited page started from; the first page starts from none. */
  private readonly starts: (string | undefined)[] = [undefined];
  private next: string | undefined;

  /** The cursor to load the current page with. */
  get current(): string | undefined {
    return this.starts[this.starts.length - 1];
  }

  /** 1 for the first page. */
  get pageNumber(): number {
    return this.starts.length;
  }

  get hasPrevious(): boolean {
    return this.starts.length > 1;
  }

  get hasNext(): boolean {
    return this.next !== undefined;
  }

  /** Records what the current page said about the one after it. */
  loaded(page: Page<unknown>): void {
    this.next = page.nextCursor;
  }

  forward(): void {
    if (this.next === undefined) return;
    this.starts.push(this.next);
    this.next = undefined;
  }

  back(): void {
    if (this.starts.length > 1) this.starts.pop();
    this.next = undefined;
  }

  /** Back to the first page (a filter changed). */
  reset(): void {
    this.starts.splice(1);
    this.next = undefined;
  }
}

/** Pages over a list the API sends whole (agencies, rules): the cursor is an offset. */
export function pagesOf<T>(items: readonly T[], size = 25): (cursor: string | undefined) => Promise<Page<T>> {
  return async (cursor) => {
    const offset = cursor ? Number(cursor) : 0;
    const next = offset + size;
    return { items: items.slice(offset, next), ...(next < items.length ? { nextCursor: String(next) } : {}) };
  };
}
