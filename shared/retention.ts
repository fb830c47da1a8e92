/**
 * When a submitter's contact is erased (DESIGN §12): `months` calendar months after the
 * instant its retention started (the transition into answered, closed, rejected, merged or
 * withdrawn), at the same time of day; a day the month lacks falls on its last day
 * (31 January + 1 month = 28 or 29 February).
 */
export function contactRetentionEnd(startedAt: string | Date, months: number): string {
  const start = new Date(startedAt);
  const target = new Date(start.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target.toISOString();
}

/** The table's TTL value (epoch seconds) for an instant: never before it. */
export function ttlSecondsOf(instant: string): number {
  return Math.ceil(Date.parse(instant) / 1000);
}
