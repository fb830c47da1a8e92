/**
 * Oversight as the site shows it (DESIGN §9), read from the public API at build time: each
 * council's activities of this year and last, each activity with its items and their
 * progress, and per body the share of items done on time and the number overdue. The API
 * publishes no staff note, actor or reason, and these schemas drop anything unknown.
 */
import { z } from 'zod';
import {
  FOLLOW_UP_SOURCES,
  FOLLOW_UP_STATUSES,
  OVERSIGHT_CONDUCTORS,
  OVERSIGHT_KINDS,
  OVERSIGHT_STATUSES,
} from '../../../shared/vocabulary.ts';
import { getJson } from './api.ts';

export const SiteActivity = z.object({
  id: z.string(),
  councilId: z.string(),
  kind: z.enum(OVERSIGHT_KINDS),
  conductedBy: z.object({ type: z.enum(OVERSIGHT_CONDUCTORS), name: z.string().optional() }),
  title: z.string(),
  subject: z.string(),
  agencyIds: z.array(z.string()),
  startsOn: z.string(),
  endsOn: z.string().optional(),
  status: z.enum(OVERSIGHT_STATUSES),
  conclusion: z
    .object({
      documentNumber: z.string(),
      documentDate: z.string(),
      summary: z.string().optional(),
      url: z.string().optional(),
    })
    .optional(),
});
export type SiteActivity = z.infer<typeof SiteActivity>;

export const SiteFollowUp = z.object({
  id: z.string(),
  source: z.object({ kind: z.enum(FOLLOW_UP_SOURCES), id: z.string(), title: z.string() }),
  text: z.string(),
  agencyId: z.string(),
  deadline: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  overdue: z.boolean(),
  reports: z.array(
    z.object({
      at: z.string(),
      text: z.string(),
      done: z.boolean(),
      documentNumber: z.string().optional(),
      documentDate: z.string().optional(),
      percent: z.number().optional(),
      milestone: z.string().optional(),
    }),
  ),
  acceptedAt: z.string().optional(),
  onTime: z.boolean().optional(),
});
export type SiteFollowUp = z.infer<typeof SiteFollowUp>;

const ActivityList = z.object({ items: z.array(SiteActivity) });
const ActivityRecord = z.object({ activity: SiteActivity, items: z.array(SiteFollowUp) });

export const SiteOversightStatistics = z.object({
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      created: z.number(),
      accepted: z.number(),
      acceptedOnTime: z.number(),
      onTimeShare: z.number().nullable(),
      overdue: z.number(),
    }),
  ),
});
export type SiteOversightStatistics = z.infer<typeof SiteOversightStatistics>;

export interface OversightData {
  /** Per council: its activities of each year read (newest year first, by start date), its statistics. */
  councils: {
    councilId: string;
    years: { year: number; activities: SiteActivity[] }[];
    statistics: SiteOversightStatistics;
  }[];
  /** Every activity read, with its items. */
  records: { activity: SiteActivity; items: SiteFollowUp[] }[];
}

export async function readOversight(councilIds: string[], years: number[]): Promise<OversightData> {
  const councils = await Promise.all(
    councilIds.map(async (councilId) => {
      const c = encodeURIComponent(councilId);
      const [lists, statistics] = await Promise.all([
        Promise.all(years.map((year) => getJson(`/v1/oversight?council=${c}&year=${year}`, ActivityList))),
        getJson(`/v1/oversight/statistics?council=${c}`, SiteOversightStatistics),
      ]);
      return {
        councilId,
        years: years
          .map((year, i) => ({ year, activities: lists[i]!.items }))
          .filter((y) => y.activities.length > 0),
        statistics,
      };
    }),
  );
  const activities = councils.flatMap((c) => c.years.flatMap((y) => y.activities));
  const records = await Promise.all(
    activities.map((a) => getJson(`/v1/oversight/${encodeURIComponent(a.id)}`, ActivityRecord)),
  );
  return { councils, records };
}
