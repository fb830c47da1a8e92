/**
 * The rates beside the statistics' counts: answered, overdue and reopened out of those
 * received; answered on time out of those answered (a reopened petition is in neither
 * term, shared/statistics.ts). No denominator, no rate: a dash, never "0 %".
 */
import type { StatisticsCounts } from '../../../shared/schemas/publication.ts';
import type { SiteLocale } from '../../../shared/ui/routes.ts';

export type RatedCount = 'answered' | 'answeredOnTime' | 'overdue' | 'reopened';

const OUT_OF: Record<RatedCount, keyof StatisticsCounts> = {
  answered: 'received',
  answeredOnTime: 'answered',
  overdue: 'received',
  reopened: 'received',
};

export function rate(counts: StatisticsCounts, key: RatedCount): number | undefined {
  const whole = counts[OUT_OF[key]];
  return whole > 0 ? counts[key] / whole : undefined;
}

export function percent(value: number | undefined, locale: SiteLocale): string {
  if (value === undefined) return '–';
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}
