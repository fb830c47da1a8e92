/**
 * What the petitions' and the follow-up items' reminders do alike with one council's list of
 * open entries: read it page after page (100 a Query), and for each entry send every reminder
 * it is due and count how each went. Reading a page only once the last one is sent keeps the
 * run's memory to one page, whatever the council's backlog.
 */
import type { PageRequest } from '../lib/data/index.ts';
import type { Page } from '../lib/data/pagination.ts';

export type ReminderOutcome = 'sent' | 'skipped' | 'deferred';

export interface ReminderTally<K extends string> {
  /** Entries read. */
  read: number;
  sent: Record<K, number>;
  /** Reminders that could not be sent now; their claim was released for the next run. */
  deferred: number;
}

export function emptyTally<K extends string>(kinds: readonly K[]): ReminderTally<K> {
  return { read: 0, sent: Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>, deferred: 0 };
}

export async function remindPageByPage<T, K extends string>(
  tally: ReminderTally<K>,
  list: {
    page: (request: PageRequest) => Promise<Page<T>>;
    due: (entry: T) => readonly K[];
    remind: (entry: T, kind: K) => Promise<ReminderOutcome>;
  },
): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await list.page({ limit: 100, cursor });
    for (const entry of page.items) {
      tally.read++;
      for (const kind of list.due(entry)) {
        const outcome = await list.remind(entry, kind);
        if (outcome === 'sent') tally.sent[kind]++;
        if (outcome === 'deferred') tally.deferred++;
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
}
