/**
 * What the public API publishes for the static site: anonymised results, statistics and
 * the council directory (sessions, electoral units, delegate groups, delegates). The API
 * answers with these shapes and the site's build parses them with the same schemas, so a
 * change on one side breaks the build instead of a page. Nothing here carries a submitter's
 * name, email, phone or address: the shapes have no place for them.
 */
import * as z from 'zod/mini';
import { PETITION_STATUSES } from '../status-machine.ts';
import { id, optional, pageCursor, text } from './common.ts';
import { ANSWER_RESULTS, CHANNELS } from './petition.ts';

/** GET /v1/results */
export const ResultsQuery = z.object({
  council: id,
  cursor: optional(pageCursor),
  limit: optional(z.coerce.number({ error: 'field.invalid' }).check(z.int(), z.gte(1), z.lte(100))),
});

/**
 * GET /v1/statistics: one council, or every council when absent; over every petition, or
 * those received in one year (Vietnam time), or those reported to one council session.
 */
export const StatisticsQuery = z
  .object({
    council: optional(id),
    year: optional(z.coerce.number({ error: 'field.invalid' }).check(z.int(), z.gte(2000), z.lte(2100))),
    session: optional(id),
  })
  .check(
    z.refine((q) => q.year === undefined || q.session === undefined, {
      error: 'field.onePeriod',
      path: ['session'],
    }),
  );

/** The period statistics cover: a calendar year, or the petitions reported to one session. */
export const StatisticsPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().check(z.int()) }),
  z.object({ kind: z.literal('session'), id: z.string(), name: z.optional(z.string()) }),
]);
export type StatisticsPeriod = z.infer<typeof StatisticsPeriod>;

const Named = z.object({ id: z.string(), name: z.string() });

/** A file shown with a published record (shared/ui/public-files.ts): links to the public API, never a name. */
export const PublishedFile = z.object({
  id: z.string(),
  role: z.enum(['petition', 'answer', 'session', 'resolution']),
  kind: z.enum(['photo', 'document']),
  bytes: z.number().check(z.int(), z.gte(0)),
  width: z.optional(z.number().check(z.int())),
  height: z.optional(z.number().check(z.int())),
  url: z.string(),
  thumbnailUrl: z.optional(z.string()),
});
export type PublishedFile = z.infer<typeof PublishedFile>;

export const PublishedResult = z.object({
  code: z.string(),
  title: z.string(),
  content: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(PETITION_STATUSES),
  council: Named,
  field: z.extend(Named, { nameEn: z.optional(z.string()) }),
  /** The commune of the voter who raised it (never their address). */
  commune: Named,
  /** The locality the matter concerns. */
  locality: Named,
  agency: z.optional(Named),
  meeting: z.optional(z.extend(Named, { startsAt: z.string() })),
  session: z.optional(Named),
  receivedAt: z.string(),
  deadline: z.optional(z.string()),
  answeredAt: z.optional(z.string()),
  answeredOnTime: z.optional(z.boolean()),
  /** The submitter was not satisfied with `answer`: the petition is being looked at again. */
  reopened: z.optional(z.literal(true)),
  answer: z.optional(
    z.object({
      text: z.string(),
      documentNumber: z.string(),
      documentDate: z.string(),
      result: z.enum(ANSWER_RESULTS),
      resolveBy: z.optional(z.string()),
    }),
  ),
  voterCount: z.number().check(z.int(), z.gte(1)),
  publishedAt: z.string(),
  /** The agency's signed answer; a citizen's photos when they consented and the secretariat marked them. */
  attachments: z.optional(z.array(PublishedFile)),
});
export type PublishedResult = z.infer<typeof PublishedResult>;

export const ResultsPage = z.object({ items: z.array(PublishedResult), nextCursor: z.optional(z.string()) });
export type ResultsPage = z.infer<typeof ResultsPage>;

export const StatisticsCounts = z.object({
  received: z.number().check(z.int(), z.gte(0)),
  answered: z.number().check(z.int(), z.gte(0)),
  answeredOnTime: z.number().check(z.int(), z.gte(0)),
  overdue: z.number().check(z.int(), z.gte(0)),
  /** Open again because the submitter was not satisfied: not among `answered`. */
  reopened: z.number().check(z.int(), z.gte(0)),
});
export type StatisticsCounts = z.infer<typeof StatisticsCounts>;

export const StatisticsRow = z.extend(StatisticsCounts, {
  id: z.string(),
  name: z.string(),
  nameEn: z.optional(z.string()),
});
export type StatisticsRow = z.infer<typeof StatisticsRow>;

export const Statistics = z.object({
  generatedAt: z.string(),
  /** The council the numbers cover; absent when they cover every council. */
  councilId: z.optional(z.string()),
  /** The period the numbers cover; absent when they cover every petition recorded. */
  period: z.optional(StatisticsPeriod),
  totals: StatisticsCounts,
  byCouncil: z.array(StatisticsRow),
  byAgency: z.array(StatisticsRow),
  byField: z.array(StatisticsRow),
  byCommune: z.array(StatisticsRow),
  bySession: z.array(StatisticsRow),
});
export type Statistics = z.infer<typeof Statistics>;

const PublicDelegate = z.object({ id: z.string(), name: z.string(), title: z.optional(z.string()) });

/** GET /v1/councils: who represents whom, and the sessions meetings are held for. */
export const CouncilDirectory = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: z.string(),
      unitId: z.string(),
      sessions: z.array(
        z.object({ id: z.string(), name: z.string(), number: z.number(), opensOn: z.string() }),
      ),
      electoralUnits: z.array(
        z.object({
          id: z.string(),
          number: z.number(),
          name: z.string(),
          communeIds: z.array(z.string()),
          groups: z.array(z.object({ id: z.string(), name: z.string(), delegates: z.array(PublicDelegate) })),
        }),
      ),
    }),
  ),
});
export type CouncilDirectory = z.infer<typeof CouncilDirectory>;

/** GET /tim-xa?q=: a commune name as typed (any case, with or without diacritics). */
export const FindCommuneQuery = z.object({ q: text(1, 100) });

/** GET /tim-kiem?q=&trang= (and /en/search): words as typed, and the page of hits. */
export const SearchPageQuery = z.object({
  q: text(1, 200),
  trang: optional(z.coerce.number({ error: 'field.invalid' }).check(z.int(), z.gte(1), z.lte(1000))),
});
