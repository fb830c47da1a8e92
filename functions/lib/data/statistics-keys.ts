/**
 * The statistics aggregates' keys, built here and nowhere else (the layout is in
 * statistics-repository.ts). No SDK import.
 */
import { petitionKeys } from './petition-keys.ts';

export const statisticsKeys = {
  /** A council's aggregates: one item per row ("<period>#<breakdown>#<id>", shared/statistics-aggregate.ts). */
  pk: (councilId: string) => `STATISTICS#${councilId}`,
  /** What the aggregates hold of one petition: an item in the petition's partition, never public. */
  countedPk: (code: string) => petitionKeys.pk(code),
  countedSk: 'SYSTEM#STATISTICS',
  /** A council's overdue threshold (functions/lib/statistics/overdue.ts): apart from its rows' partition. */
  overduePk: (councilId: string) => `STATISTICS#${councilId}#OVERDUE`,
  overdueSk: 'THRESHOLD',
};
