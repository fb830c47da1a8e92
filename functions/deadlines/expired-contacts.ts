/**
 * The daily report of contacts whose retention ended (DESIGN §12): for each council, the
 * petitions whose `contactExpiresAt` fell in the last day, read from the retention entries
 * of the deadline index (gsi3, one Query per council, never a Scan). DynamoDB's TTL
 * deletes the contact items themselves; until it does, every read treats them as erased.
 */
import type { Repositories } from '../lib/data/index.ts';

const DAY = 86_400_000;

export interface ExpiredContactsReport {
  /** Contacts whose retention ended in (now − 1 day, now]. */
  expired: number;
  byCouncil: Record<string, number>;
}

export async function reportExpiredContacts(
  repos: Repositories,
  now: Date,
  /** What else goes with each contact (its petition's private attachments, DESIGN §12). */
  onExpired?: (code: string) => Promise<unknown>,
): Promise<ExpiredContactsReport> {
  const ref = await repos.reference.load({ fresh: true });
  const range = { from: new Date(now.getTime() - DAY).toISOString(), to: now.toISOString() };
  const report: ExpiredContactsReport = { expired: 0, byCouncil: {} };
  for (const council of ref.records.councils) {
    let count = 0;
    let cursor: string | undefined;
    do {
      const page = await repos.petitions.listRetentionEnding(council.id, range, { limit: 100, cursor });
      count += page.items.length;
      if (onExpired) for (const petition of page.items) await onExpired(petition.code);
      cursor = page.nextCursor;
    } while (cursor);
    if (count > 0) report.byCouncil[council.id] = count;
    report.expired += count;
  }
  return report;
}
