/**
 * The staff side: who is signed in, and what the staff API accepts. The staff console
 * types its forms with these same schemas.
 */
import { z } from 'zod';
import { PETITION_STATUSES } from '../status-machine.ts';
import { parseTrackingCode } from '../tracking-code.ts';
import { calendarDate, id, optional, text } from './common.ts';
import { Answer, CHANNELS, PetitionSubmission, STAFF_ROLES } from './petition.ts';
import { Agency, CouncilSettings, RoutingRule } from './reference.ts';

/** A signed-in member of staff, as the token's claims describe them. */
export const StaffUser = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(STAFF_ROLES),
  email: z.string().optional(),
  /** Secretariat: the council they work for. */
  councilId: id.optional(),
  /** Agency officer: the agency they answer for. */
  agencyId: id.optional(),
  /** Delegate: their delegate group (and so their electoral unit). */
  groupId: id.optional(),
});
export type StaffUser = z.infer<typeof StaffUser>;

/** A tracking code as typed (any case, with or without dashes) → its canonical form. */
export const trackingCode = z
  .string({ error: 'field.invalidType' })
  .max(40, { error: 'code.invalid' })
  .transform((s, ctx) => {
    try {
      return parseTrackingCode(s);
    } catch {
      ctx.issues.push({ code: 'custom', message: 'code.invalid', input: s });
      return z.NEVER;
    }
  });

const reason = text(3, 2000, { multiline: true });

export const RouteInput = z.object({ agencyId: id, reason: optional(reason) });
export type RouteInput = z.infer<typeof RouteInput>;

/** Merge these petitions into the one named in the path (the primary). */
export const MergeInput = z.object({
  codes: z.array(trackingCode).min(1, { error: 'field.tooFew' }).max(30, { error: 'field.tooMany' }),
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
export const AnswerInput = Answer.refine((a) => a.result !== 'scheduled' || a.resolveBy !== undefined, {
  error: 'field.required',
  path: ['resolveBy'],
});
export type AnswerInput = z.infer<typeof AnswerInput>;

/** A delegate's follow-up (đôn đốc) on a petition. */
export const FollowUpInput = z.object({ note: text(5, 4000, { multiline: true }) });
export type FollowUpInput = z.infer<typeof FollowUpInput>;

const limit = z.coerce
  .number({ error: 'field.invalidType' })
  .int({ error: 'field.invalid' })
  .min(1, { error: 'field.invalid' })
  .max(100, { error: 'field.invalid' })
  .default(25);
const cursor = optional(z.string().max(2000, { error: 'field.invalid' }));

/** A queue page: one status, `limit` items from `cursor`. */
export const QueueQuery = z.object({
  status: z.enum(PETITION_STATUSES, { error: 'field.invalidChoice' }).optional(),
  limit,
  cursor,
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const PageQuery = z.object({ limit, cursor });
export type PageQuery = z.infer<typeof PageQuery>;

/** Channels by which staff enter a petition for a citizen (online and open311 are the citizen's own). */
export const STAFF_CHANNELS = CHANNELS.filter((c) => c !== 'online' && c !== 'open311');

/** One petition received at a meeting, by post, by phone or at a citizen reception. */
export const StaffPetitionEntry = PetitionSubmission.extend({
  channel: z.enum(STAFF_CHANNELS as ['meeting', 'post', 'reception', 'phone'], {
    error: 'field.invalidChoice',
  }),
}).refine((p) => p.channel !== 'meeting' || p.meetingId !== undefined, {
  error: 'field.required',
  path: ['meetingId'],
});
export type StaffPetitionEntry = z.infer<typeof StaffPetitionEntry>;

/** Many petitions raised at one meeting, entered together. */
export const MeetingPetitionsEntry = z.object({
  meetingId: id,
  petitions: z
    .array(PetitionSubmission.omit({ meetingId: true }))
    .min(1, { error: 'field.tooFew' })
    .max(50, { error: 'field.tooMany' }),
});
export type MeetingPetitionsEntry = z.infer<typeof MeetingPetitionsEntry>;

export const CouncilSettingsInput = CouncilSettings;

/** A competence rule of the council in the path; the id is made when absent. */
export const RoutingRuleInput = RoutingRule.omit({ councilId: true, id: true }).extend({ id: id.optional() });
export type RoutingRuleInput = z.infer<typeof RoutingRuleInput>;

export const AgencyInput = Agency;
export const AgencyUpdateInput = Agency.omit({ id: true });
