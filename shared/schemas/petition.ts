/** Petitions (kiến nghị, phản ánh), their submitters, answers and timeline events. */
import * as z from 'zod/mini';
import {
  ANSWER_RESULTS,
  CHANNELS,
  PETITION_STATUSES,
  PUBLIC_TIMELINE_EVENT_TYPES,
  STAFF_ROLES,
  TIMELINE_EVENT_TYPES,
  type TimelineEventType,
} from '../vocabulary.ts';
import { calendarDate, id, inputString, optional, text } from './common.ts';

export {
  ANSWER_RESULTS,
  type AnswerResult,
  CHANNELS,
  type Channel,
  STAFF_ROLES,
  type StaffRole,
  TIMELINE_EVENT_TYPES,
  type TimelineEventType,
} from '../vocabulary.ts';

export {
  PetitionSubmission,
  petitionSubmissionShape,
  SubmitterInput,
} from './petition-submission.ts';

export const Answer = z.object({
  text: text(10, 20_000, { multiline: true }),
  documentNumber: text(1, 60),
  documentDate: calendarDate,
  result: z.enum(ANSWER_RESULTS, { error: 'field.invalidChoice' }),
  /** For "will be resolved by": the promised date. */
  resolveBy: z.optional(calendarDate),
});
export type Answer = z.infer<typeof Answer>;

/** The stored petition (without personal data). */
export const Petition = z.object({
  code: z.string(),
  councilId: id,
  channel: z.enum(CHANNELS),
  status: z.enum(PETITION_STATUSES),
  fieldId: id,
  /** The locality the matter concerns. */
  localityId: id,
  /** The submitter's commune: public, used for statistics and delegates' lists. */
  communeId: id,
  title: z.string(),
  content: z.string(),
  consentToPublish: z.boolean(),
  /** The language of the page it was sent from, for what the submitter is sent later (absent before it was kept). */
  locale: z.optional(z.enum(['vi', 'en'])),
  meetingId: z.optional(id),
  proposedAgencyId: z.optional(id),
  agencyId: z.optional(id),
  receivedAt: z.string(),
  routedAt: z.optional(z.string()),
  deadline: z.optional(z.string()),
  roadmap: z.optional(z.object({ text: z.string(), expectedBy: z.string() })),
  answer: z.optional(z.extend(Answer, { answeredAt: z.string(), agencyId: id })),
  answeredAt: z.optional(z.string()),
  mergedInto: z.optional(z.string()),
  /** How many voters raised this (itself plus the petitions merged into it). */
  voterCount: z.number().check(z.int(), z.gte(1)),
  unsatisfied: z.optional(z.boolean()),
  publishedAt: z.optional(z.string()),
  /**
   * When the submitter's contact is erased (its retention ended or will end): set by the
   * transition that starts the council's retention period, cleared by a reopen. Not public.
   */
  contactExpiresAt: z.optional(z.string()),
  /** When the contact was erased at the submitter's request (through their private link). Not public. */
  contactErasedAt: z.optional(z.string()),
  /**
   * Why the agency holding the petition must act on it first (its queue's "needs action"
   * view): the submitter reopened it, or a delegate (or the secretariat) followed it up.
   * Set by the reopen or the follow-up, cleared by the agency's next step (acknowledge,
   * roadmap, answer, return) or a new routing. Not public.
   */
  attention: z.optional(
    z.object({
      reopenedAt: z.optional(z.string()),
      followUp: z.optional(z.object({ at: z.string(), role: z.enum(STAFF_ROLES) })),
    }),
  ),
  /** Optimistic lock: raised by every change. */
  version: z.number().check(z.int(), z.gte(1)),
  updatedAt: z.string(),
});
export type Petition = z.infer<typeof Petition>;

export const SubmitterContact = z.object({
  code: z.string(),
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  address: z.string(),
  communeId: id,
});
export type SubmitterContact = z.infer<typeof SubmitterContact>;

/**
 * What the submitter consented to, when, and under which privacy notice (DESIGN §12).
 * Kept beside the contact (never public) and holding no personal data, so it outlives
 * the contact's erasure as the record that consent was given.
 */
export const ConsentRecord = z.object({
  code: z.string(),
  /** Publication of the petition and its answer, anonymised. */
  publication: z.boolean(),
  /** Each channel the submitter gave and may be contacted by. */
  channels: z.object({ email: z.boolean(), phone: z.boolean() }),
  consentedAt: z.string(),
  noticeVersion: z.string(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/**
 * "The answer does not satisfy me", sent through the link only the submitter received.
 * The token is checked before this schema: a wrong or missing one is a 403, not a field error.
 */
export const SatisfactionFeedback = z.object({
  token: inputString(200, 'field.invalid'),
  reason: optional(text(1, 2000, { multiline: true })),
});
export type SatisfactionFeedback = z.infer<typeof SatisfactionFeedback>;

export const Actor = z.object({
  id: z.string(),
  role: z.union([z.enum(STAFF_ROLES), z.literal('citizen'), z.literal('system')]),
  name: z.optional(z.string()),
});
export type Actor = z.infer<typeof Actor>;

/** One entry of a petition's append-only timeline. */
export const TimelineEvent = z.object({
  id: z.string(),
  code: z.string(),
  type: z.enum(TIMELINE_EVENT_TYPES),
  at: z.string(),
  actor: Actor,
  reason: z.optional(z.string()),
  agencyId: z.optional(id),
  deadline: z.optional(z.string()),
  mergedInto: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Timeline events a member of the public may see (shared/vocabulary.ts). */
export const PUBLIC_EVENT_TYPES: ReadonlySet<TimelineEventType> = new Set(PUBLIC_TIMELINE_EVENT_TYPES);

/**
 * A withdrawal or an erasure asked through the submitter's private link (a POST form after
 * a confirmation page). The token is checked before this schema: a wrong one is a 403.
 */
export const SubmitterRightsRequest = z.object({
  token: inputString(200, 'field.invalid'),
  confirm: z.literal('yes', { error: 'field.confirmRequired' }),
});
export type SubmitterRightsRequest = z.infer<typeof SubmitterRightsRequest>;
