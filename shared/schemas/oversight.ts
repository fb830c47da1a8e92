/**
 * Oversight (DESIGN §9): the activity (giám sát chuyên đề, khảo sát, giải trình, chất vấn)
 * with its conclusion, and the follow-up items it (or an interpellation, or a resolution)
 * leaves, each followed until the council accepts it as done. Stored shapes and every input.
 */
import * as z from 'zod/mini';
import {
  AGENCY_QUEUE_KINDS,
  FOLLOW_UP_EVENT_TYPES,
  FOLLOW_UP_SOURCES,
  FOLLOW_UP_STATUSES,
  OVERSIGHT_CONDUCTORS,
  OVERSIGHT_KINDS,
  OVERSIGHT_STATUSES,
} from '../vocabulary.ts';
import {
  calendarDate,
  id,
  inputString,
  optional,
  pageCursor,
  pageLimit,
  text,
  wholeNumber,
} from './common.ts';
import { Actor } from './petition.ts';

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'field.invalidChoice' });

/** A public link (the conclusion document on the council's portal). */
const link = z.pipe(
  inputString(2000, 'field.invalid'),
  z.url({ protocol: /^https?$/, error: 'field.invalid' }),
);

export const Conclusion = z.object({
  /** Số văn bản: "45/TB-HĐND". */
  documentNumber: text(1, 60),
  documentDate: calendarDate,
  /** What the council concluded, in a few sentences (public). */
  summary: optional(text(10, 4000, { multiline: true })),
  url: optional(link),
});
export type Conclusion = z.infer<typeof Conclusion>;

export const Conductor = z.object({
  type: choice(OVERSIGHT_CONDUCTORS),
  /** The committee's or group's name as printed ("Ban Kinh tế – Xã hội"). */
  name: optional(text(1, 200)),
  /** For a delegate group: which one (its delegates see the activity's items). */
  groupId: optional(id),
});

const activityFields = {
  kind: choice(OVERSIGHT_KINDS),
  conductedBy: Conductor,
  title: text(5, 300),
  subject: text(5, 4000, { multiline: true }),
  /** The bodies supervised (agencies of the reference data). */
  agencyIds: z.array(id).check(z.maxLength(30, { error: 'field.tooMany' })),
  startsOn: calendarDate,
  endsOn: optional(calendarDate),
  status: choice(OVERSIGHT_STATUSES),
  conclusion: z.optional(Conclusion),
};

const datesInOrder = (a: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  !a.startsOn || !a.endsOn || a.endsOn >= a.startsOn;
const concludedHasConclusion = (a: { status?: string | undefined; conclusion?: unknown }) =>
  a.status !== 'concluded' || a.conclusion !== undefined;

export const OversightActivity = z.object({
  id,
  councilId: id,
  ...activityFields,
  /** Raised by every saved change: an editor's stale copy is refused. */
  sequence: z.number().check(z.int(), z.gte(0)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OversightActivity = z.infer<typeof OversightActivity>;

export const OversightActivityInput = z
  .object({
    councilId: id,
    id: optional(id),
    ...activityFields,
    agencyIds: z._default(activityFields.agencyIds, []),
    status: z._default(activityFields.status, 'planned'),
  })
  .check(
    z.refine(datesInOrder, { error: 'oversight.endsBeforeStart', path: ['endsOn'] }),
    z.refine(concludedHasConclusion, { error: 'field.required', path: ['conclusion'] }),
  );
export type OversightActivityInput = z.infer<typeof OversightActivityInput>;

/** Only the fields sent change (no defaults here, so an edit never resets one); `sequence` is the one the editor read. */
export const OversightActivityUpdate = z
  .object({
    ...Object.fromEntries(Object.entries(activityFields).map(([k, v]) => [k, z.optional(v)])),
    sequence: z.number({ error: 'field.invalidType' }).check(z.int(), z.gte(0)),
  } as { [K in keyof typeof activityFields]: z.ZodMiniOptional<(typeof activityFields)[K]> } & {
    sequence: z.ZodMiniNumber;
  })
  .check(z.refine(datesInOrder, { error: 'oversight.endsBeforeStart', path: ['endsOn'] }));
export type OversightActivityUpdate = z.infer<typeof OversightActivityUpdate>;

export const FollowUpSourceRef = z.object({
  kind: choice(FOLLOW_UP_SOURCES),
  id,
  /** Copied at creation, so a page shows it without a join. */
  title: text(3, 300),
});
export type FollowUpSourceRef = z.infer<typeof FollowUpSourceRef>;

/** One progress report of the responsible agency (public: no person is named). */
export const ProgressReport = z.object({
  at: z.string(),
  text: z.string(),
  documentNumber: z.optional(z.string()),
  documentDate: z.optional(z.string()),
  percent: z.optional(z.number()),
  milestone: z.optional(z.string()),
  done: z.boolean(),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

export const FollowUpItem = z.object({
  id,
  councilId: id,
  source: FollowUpSourceRef,
  text: z.string(),
  agencyId: id,
  /** End of the Vietnam day it is due (an instant, as a petition's deadline). */
  deadline: z.string(),
  /** The commune it concerns, if one: its electoral unit's delegates see it. */
  communeId: z.optional(id),
  /** The delegate group whose activity it came from: its delegates see it. */
  groupId: z.optional(id),
  status: choice(FOLLOW_UP_STATUSES),
  /** Public progress reports, oldest first. */
  reports: z.array(ProgressReport),
  reportedDoneAt: z.optional(z.string()),
  acceptedAt: z.optional(z.string()),
  version: z.number().check(z.int(), z.gte(1)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FollowUpItem = z.infer<typeof FollowUpItem>;

/** One entry of an item's timeline: who, when, why. `public: false` ones (notes) never leave the staff API. */
export const FollowUpEvent = z.object({
  id: z.string(),
  itemId: z.string(),
  type: choice(FOLLOW_UP_EVENT_TYPES),
  at: z.string(),
  /** The item's version after this event: orders events of the same instant. */
  version: z.number().check(z.int()),
  actor: Actor,
  reason: z.optional(z.string()),
  note: z.optional(z.string()),
  deadline: z.optional(z.string()),
});
export type FollowUpEvent = z.infer<typeof FollowUpEvent>;

export const FollowUpItemInput = z.object({
  source: FollowUpSourceRef,
  text: text(10, 4000, { multiline: true }),
  agencyId: id,
  deadline: calendarDate,
  communeId: optional(id),
});
export type FollowUpItemInput = z.infer<typeof FollowUpItemInput>;

/** The agency's report: text, the document (number and date), a percent or a milestone; `done` asks for acceptance. */
export const ProgressInput = z
  .object({
    text: text(10, 4000, { multiline: true }),
    documentNumber: optional(text(1, 60)),
    documentDate: optional(calendarDate),
    percent: optional(wholeNumber(0, 100)),
    milestone: optional(text(3, 300)),
    done: z._default(z.boolean({ error: 'field.invalidType' }), false),
  })
  .check(
    z.refine((p) => p.documentNumber === undefined || p.documentDate !== undefined, {
      error: 'field.required',
      path: ['documentDate'],
    }),
    z.refine((p) => p.percent !== undefined || p.milestone !== undefined, {
      error: 'oversight.percentOrMilestone',
      path: ['percent'],
    }),
  );
export type ProgressInput = z.infer<typeof ProgressInput>;

export const OversightListQuery = z.object({
  council: id,
  year: wholeNumber(2000, 2100, 'field.invalid', 'field.dateOutOfRange'),
});
export type OversightListQuery = z.infer<typeof OversightListQuery>;

export const FollowUpQueueQuery = z.object({
  status: z.optional(choice(FOLLOW_UP_STATUSES)),
  limit: pageLimit,
  cursor: optional(pageCursor),
});
export type FollowUpQueueQuery = z.infer<typeof FollowUpQueueQuery>;

/** The agency's combined queue: what waits for it (petitions routed or in progress, items open or in progress). */
export const AgencyWorkQuery = z.object({
  kind: z._default(choice(AGENCY_QUEUE_KINDS), 'all'),
  limit: pageLimit,
  cursor: optional(pageCursor),
});
export type AgencyWorkQuery = z.infer<typeof AgencyWorkQuery>;
