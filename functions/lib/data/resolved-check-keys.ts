/**
 * "Is it resolved?": the counters of the citizens' replies, one item per council and year.
 * The markers in the petition's partition and the gsi10 keys are the petition's (petition-keys.ts).
 */
export const resolvedCheckStatsKeys = {
  pk: (councilId: string) => `STATS#${councilId}#CITIZEN_RESOLUTIONS`,
  sk: (year: string) => year,
};
