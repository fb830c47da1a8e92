/**
 * The on-demand prices the bench turns capacity into money with. AWS halved on-demand
 * throughput prices on 1 November 2024; ap-southeast-1 (Singapore) listed $1.4269 per
 * million write request units and $0.285 per million read request units before that.
 * These are half of those, the Standard table class, as assumed on the date below: they
 * were not read from the live price page (this machine has no access to it). Change
 * them here when the price page says otherwise.
 */
export const ON_DEMAND_PRICES = {
  region: 'ap-southeast-1 (Singapore)',
  tableClass: 'Standard',
  assumedOn: '2026-11-21',
  /** US dollars per million write request units. */
  perMillionWrites: 0.71345,
  /** US dollars per million read request units. */
  perMillionReads: 0.1425,
} as const;

/** Dollars per million actions that each consume `reads` RRU and `writes` WRU. */
export function pricePerMillion(reads: number, writes: number): number {
  return reads * ON_DEMAND_PRICES.perMillionReads + writes * ON_DEMAND_PRICES.perMillionWrites;
}
