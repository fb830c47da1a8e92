/**
 * The staff side: who is signed in, and what the staff API accepts. The staff console
 * types its forms with these same schemas.
 */
import * as z from 'zod/mini';
import { parseTrackingCode } from '../tracking-code.ts';
import {
  DEADLINE_STATUSES,
  isOneOf,
  PETITION_STATUSES,
  QUEUE_ORDERS,
  STAFF_CHANNELS,
  type StaffRole,
} from '../vocabulary.ts';
import { calendarDate, id, inputString, optional, pageCursor, pageLimit, text, todayIn } from './common.ts';
import { Answer, petitionSubmissionShape } from './petition.ts';
import { Agency, CouncilSettings, RoutingRule } from './reference.ts';

const person = {
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  email: z.optional(z.string()),
};

/**
 * A signed-in member of staff, as the token's claims describe them: each role with the
 * scope it cannot work without, so a secretariat's council is known to be there.
 */
export const StaffUser = z.discriminatedUnion('role', [
  /** Secretariat: the council they work for. */
  z.object({ ...person, role: z.literal('secretariat'), councilId: id }),
  /** Agency officer: the agency they answer for. */
  z.object({ ...person, role: z.literal('agency'), agencyId: id }),
  /** Delegate: their delegate group (and so their electoral unit). */
  z.object({ ...person, role: z.literal('delegate'), groupId: id }),
  z.object({ ...person, role: z.literal('admin') }),
]);
export type StaffUser = z.infer<typeof StaffUser>;
/** The staff user of one role (`StaffUserOf<'secretariat'>` has a `councilId`). */
export type StaffUserOf<R extends StaffRole> = Extract<StaffUser, { role: R }>;

/** A tracking code as typed (any case, with or without dashes) → its canonical form. */
export const trackingCode = z.pipe(
  inputString(40, 'code.invalid'),
  z.transform((s, ctx) => {
    try {
      return parseTrackingCode(s);
    } catch {
      ctx.issues.push({ code: 'custom', message: 'code.invalid', input: s });
      return z.NEVER;
    }
  }),
);

const reason = text(3, 2000, { multiline: true });

export const RouteInput = z.object({ agencyId: id, reason: optional(reason) });
export type RouteInput = z.infer<typeof RouteInput>;

/** Merge these petitions into the one named in the path (the primary). */
export const MergeInput = z.object({
  codes: z
    .array(trackingCode)
    .check(z.minLength(1, { error: 'field.tooFew' }), z.maxLength(30, { error: 'field.tooMany' })),
});
export type MergeInput = z.infer<typeof MergeInput>;

/** Reject, return: the reason is required and kept on the timeline. */
export const ReasonInput = z.object({ reason });
export type ReasonInput = z.infer<typeof ReasonInput>;

/** Close, acknowledge: a reason or note may be given. */
export const NoteInput = z.object({ reason: optional(reason) });
export type NoteInput = z.infer<typeof NoteInput>;

export const RoadmapInput = z.object({ text: text(10, 4000, { multiline: true }), expectedBy: calendarDate });
export type RoadmapInput = z.infer<typeof RoadmapInput>;

/** An answer; "will be resolved by a date" needs that date. */
export const AnswerInput = Answer.check(
  z.refine((a) => a.result !== 'scheduled' || a.resolveBy !== undefined, {
    error: 'field.required',
    path: ['resolveBy'],
  }),
);
export type AnswerInput = z.infer<typeof AnswerInput>;

/*
 * Dates whose meaning ties them to today. Schemas stay pure: "now" is passed in (the staff
 * API gives the request's now, the console its clock), and today is the Vietnam calendar day.
 */

/** A roadmap as of `now`: its expected date is today or later (a plan is not due in the past). */
export const roadmapInputAt = (now: Date) =>
  RoadmapInput.check(
    z.refine((r) => r.expectedBy >= todayIn(now), {
      error: 'roadmap.expectedByInPast',
      path: ['expectedBy'],
    }),
  );

/** An answer as of `now`: its official document is not dated in the future; a promised date is not past. */
export const answerInputAt = (now: Date) =>
  AnswerInput.check(
    z.refine((a) => a.documentDate <= todayIn(now), {
      error: 'answer.documentDateInFuture',
      path: ['documentDate'],
    }),
    z.refine((a) => a.resolveBy === undefined || a.resolveBy >= todayIn(now), {
      error: 'answer.resolveByInPast',
      path: ['resolveBy'],
    }),
  );

/** A delegate's follow-up (đôn đốc) on a petition. */
export const FollowUpInput = z.object({ note: text(5, 4000, { multiline: true }) });
export type FollowUpInput = z.infer<typeof FollowUpInput>;

const cursor = optional(pageCursor);

/** A queue page: one status, `limit` items from `cursor`. */
export const QueueQuery = z.object({
  status: z.optional(z.enum(PETITION_STATUSES, { error: 'field.invalidChoice' })),
  limit: pageLimit,
  cursor,
});
export type QueueQuery = z.infer<typeof QueueQuery>;

/**
 * The council's queue: one status in the order asked for. Only petitions whose deadline
 * runs (routed, in progress) can be ordered by it.
 */
export const CouncilQueueQuery = z
  .extend(QueueQuery, {
    sort: z._default(z.enum(QUEUE_ORDERS, { error: 'field.invalidChoice' }), 'oldest'),
  })
  .check(
    z.refine((q) => q.sort !== 'deadline' || isOneOf(DEADLINE_STATUSES, q.status ?? 'received'), {
      error: 'field.sortNeedsDeadline',
      path: ['sort'],
    }),
  );
export type CouncilQueueQuery = z.infer<typeof CouncilQueueQuery>;

export const PageQuery = z.object({ limit: pageLimit, cursor });
export type PageQuery = z.infer<typeof PageQuery>;

export { STAFF_CHANNELS } from '../vocabulary.ts';

/** One petition received at a meeting, by post, by phone or at a citizen reception. */
export const StaffPetitionEntry = z
  .object({
    ...petitionSubmissionShape,
    channel: z.enum(STAFF_CHANNELS, {
      error: 'field.invalidChoice',
    }),
  })
  .check(
    z.refine((p) => p.channel !== 'meeting' || p.meetingId !== undefined, {
      error: 'field.required',
      path: ['meetingId'],
    }),
  );
export type StaffPetitionEntry = z.infer<typeof StaffPetitionEntry>;

const { meetingId: _meetingId, ...submissionWithoutMeeting } = petitionSubmissionShape;

/** Many petitions raised at one meeting, entered together. */
export const MeetingPetitionsEntry = z.object({
  meetingId: id,
  petitions: z
    .array(z.object(submissionWithoutMeeting))
    .check(z.minLength(1, { error: 'field.tooFew' }), z.maxLength(50, { error: 'field.tooMany' })),
});
export type MeetingPetitionsEntry = z.infer<typeof MeetingPetitionsEntry>;

export const CouncilSettingsInput = CouncilSettings;

/** A competence rule of the council in the path; the id is made when absent. */
export const RoutingRuleInput = z.extend(z.omit(RoutingRule, { councilId: true, id: true }), {
  id: z.optional(id),
});
export type RoutingRuleInput = z.infer<typeof RoutingRuleInput>;

export const AgencyInput = Agency;
export const AgencyUpdateInput = z.omit(Agency, { id: true });
