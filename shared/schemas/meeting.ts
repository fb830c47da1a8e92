/** Voter-contact meetings (tiếp xúc cử tri), dialogues and citizen receptions. */
import * as z from 'zod';
import { toUtcIso } from '../time.ts';
import {
  MEETING_KINDS,
  MEETING_STATUSES,
  type MeetingStatus,
  OPEN_MEETING_STATUSES,
  PLANNED_MEETING_STATUSES,
} from '../vocabulary.ts';
import {
  id,
  inputString,
  instant,
  isCalendarDate,
  optional,
  pageCursor,
  text,
  withinDateWindow,
} from './common.ts';
import { CouncilSession, Delegate, DelegateGroup, ElectoralUnit } from './reference.ts';

export {
  MEETING_KINDS,
  MEETING_STATUSES,
  type MeetingKind,
  type MeetingStatus,
} from '../vocabulary.ts';

/** Meetings a citizen can still send a petition for: not cancelled, not already held. */
export const MEETING_STATUSES_TAKING_PETITIONS: ReadonlySet<MeetingStatus> = new Set(OPEN_MEETING_STATUSES);

/** Where a venue is on the map (WGS 84), when the secretariat knows it. */
export const Coordinates = z.object({
  latitude: z.number({ error: 'field.invalid' }).min(-90).max(90),
  longitude: z.number({ error: 'field.invalid' }).min(-180).max(180),
});

export const Venue = z.object({
  name: text(1, 200),
  address: text(1, 300),
  coordinates: Coordinates.optional(),
});

export const Meeting = z.object({
  id,
  councilId: id,
  sessionId: id.optional(),
  kind: z.enum(MEETING_KINDS, { error: 'field.invalidChoice' }),
  title: text(1, 200),
  groupId: id.optional(),
  delegateIds: z.array(id).max(50),
  communeIds: z.array(id).min(1, { error: 'field.tooFew' }).max(50),
  venue: Venue,
  startsAt: instant,
  endsAt: instant,
  agenda: text(0, 4000, { multiline: true }).optional(),
  invitedBodies: z.array(text(1, 200)).max(50).default([]),
  status: z.enum(MEETING_STATUSES),
  statusReason: text(1, 1000).optional(),
  published: z.boolean(),
  /** iCalendar SEQUENCE: raised on every change a calendar should pick up. */
  sequence: z.number().int().min(0),
  attendance: z.number().int().min(0).max(100_000).optional(),
  notes: text(0, 4000, { multiline: true }).optional(),
  /** After a session: the resolutions this meeting explains (DESIGN §8.4), picked by the secretariat. */
  resolutionIds: z.array(id).max(20).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

// ---- What the secretariat sends ----------------------------------------------------

const reason = text(1, 1000);
/** The sequence the editor read: a save against an older one is refused (409). */
const expectedSequence = z.number({ error: 'field.invalidType' }).int().min(0).optional();
const meetingKind = z.enum(MEETING_KINDS, { error: 'field.invalidChoice' });
const agenda = optional(text(0, 4000, { multiline: true }));
const invitedBodies = z.array(text(1, 200)).max(50, { error: 'field.tooMany' });
const delegateIds = z.array(id).max(50, { error: 'field.tooMany' });
const communeIds = z.array(id).min(1, { error: 'field.tooFew' }).max(50, { error: 'field.tooMany' });
const resolutionIds = z.array(id).max(20, { error: 'field.tooMany' });

/** In an edit, null (or "") removes an optional value; absent leaves it as it is. */
const clearable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? null : v), schema.nullable().optional());

const endsAfterStart = (m: { startsAt?: string; endsAt?: string }) =>
  m.startsAt === undefined || m.endsAt === undefined || m.endsAt > m.startsAt;

/** A new meeting; its id is made from its date when absent. */
export const MeetingInput = z
  .object({
    id: optional(id),
    councilId: id,
    sessionId: optional(id),
    kind: meetingKind,
    title: text(1, 200),
    groupId: optional(id),
    delegateIds: delegateIds.default([]),
    communeIds,
    venue: Venue,
    startsAt: instant,
    endsAt: instant,
    agenda,
    invitedBodies: invitedBodies.default([]),
    status: z.enum(PLANNED_MEETING_STATUSES, { error: 'field.invalidChoice' }).default('planned'),
    published: z.boolean({ error: 'field.invalidType' }).default(false),
    resolutionIds: resolutionIds.optional(),
  })
  .refine(endsAfterStart, { error: 'field.endBeforeStart', path: ['endsAt'] });
export type MeetingInput = z.infer<typeof MeetingInput>;

/**
 * Changes to a meeting: only the fields sent change. Setting `status` back to planned or
 * confirmed re-plans a postponed meeting. The council of a meeting never changes.
 */
export const MeetingEdit = z
  .object({
    sessionId: clearable(id),
    kind: meetingKind.optional(),
    title: text(1, 200).optional(),
    groupId: clearable(id),
    delegateIds: delegateIds.optional(),
    communeIds: communeIds.optional(),
    venue: Venue.optional(),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    agenda: clearable(text(0, 4000, { multiline: true })),
    invitedBodies: invitedBodies.optional(),
    status: z.enum(PLANNED_MEETING_STATUSES, { error: 'field.invalidChoice' }).optional(),
    resolutionIds: resolutionIds.optional(),
    sequence: expectedSequence,
  })
  .refine((e) => Object.entries(e).some(([k, v]) => k !== 'sequence' && v !== undefined), {
    error: 'request.emptyBody',
    path: ['_'],
  })
  .refine(endsAfterStart, { error: 'field.endBeforeStart', path: ['endsAt'] });
export type MeetingEdit = z.infer<typeof MeetingEdit>;

/** Publish: the meeting appears on the site and in the calendar feeds. */
export const MeetingPublish = z.object({ sequence: expectedSequence });

/** Postpone, with the reason voters will read; new times may be given at once. */
export const MeetingPostpone = z
  .object({ reason, startsAt: instant.optional(), endsAt: instant.optional(), sequence: expectedSequence })
  .refine(endsAfterStart, { error: 'field.endBeforeStart', path: ['endsAt'] });
export type MeetingPostpone = z.infer<typeof MeetingPostpone>;

export const MeetingCancel = z.object({ reason, sequence: expectedSequence });
export type MeetingCancel = z.infer<typeof MeetingCancel>;

/** The meeting took place: how many voters came, and the secretariat's notes. */
export const MeetingHeld = z.object({
  attendance: z.number({ error: 'field.invalidType' }).int({ error: 'field.invalid' }).min(0).max(100_000),
  notes: optional(text(0, 4000, { multiline: true })),
  sequence: expectedSequence,
});
export type MeetingHeld = z.infer<typeof MeetingHeld>;

// ---- What the public (and the static site) asks ------------------------------------

/**
 * A day (YYYY-MM-DD, a Vietnam calendar day) or an instant. A day as `from` means its
 * first moment; as `to`, the whole day is included.
 */
function rangeBound(edge: 'from' | 'to') {
  return inputString(40, 'field.invalidDate').transform((s, ctx) => {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(s.trim());
    const iso = toUtcIso(s);
    if (!iso || (day && !isCalendarDate(s.trim()))) {
      ctx.issues.push({ code: 'custom', message: 'field.invalidDate', input: s });
      return z.NEVER;
    }
    if (!withinDateWindow(iso)) {
      ctx.issues.push({ code: 'custom', message: 'field.dateOutOfRange', input: s });
      return z.NEVER;
    }
    return day && edge === 'to' ? new Date(Date.parse(iso) + 86_400_000).toISOString() : iso;
  });
}

const scopeFields = {
  /** A commune's id ("van-nham") or name as typed ("van nham", "Vân Nham"). */
  commune: optional(text(1, 120)),
  council: optional(id),
  group: optional(id),
};
const oneScope = (q: { commune?: string; council?: string; group?: string }) =>
  [q.commune, q.council, q.group].filter((v) => v !== undefined).length === 1;

export const MeetingListQuery = z
  .object({
    ...scopeFields,
    from: optional(rangeBound('from')),
    to: optional(rangeBound('to')),
    kind: optional(meetingKind),
    limit: optional(
      z.coerce.number({ error: 'field.invalidType' }).int({ error: 'field.invalid' }).min(1).max(100),
    ),
    cursor: optional(pageCursor),
  })
  .refine(oneScope, { error: 'meeting.scopeRequired', path: ['commune'] })
  .refine((q) => !q.from || !q.to || q.from < q.to, { error: 'field.endBeforeStart', path: ['to'] });
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;

export const MeetingFeedQuery = z
  .object({ ...scopeFields, from: optional(rangeBound('from')) })
  .refine(oneScope, { error: 'meeting.scopeRequired', path: ['commune'] });
export type MeetingFeedQuery = z.infer<typeof MeetingFeedQuery>;

/** "/v1/meetings/{id}" and "/v1/meetings/{id}.ics". */
export const MeetingPath = z.object({ id });

// ---- Staff: compliance and the summary report --------------------------------------

export const ComplianceQuery = z.object({
  council: id,
  year: optional(z.coerce.number({ error: 'field.invalidType' }).int().min(2000).max(2100)),
});
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

/** `meeting` may repeat or be comma-separated: a round is a list of meetings, or a session's meetings. */
export const SummaryReportQuery = z
  .object({
    meeting: z.preprocess(
      (v) =>
        v === undefined
          ? undefined
          : (Array.isArray(v) ? v : [v])
              .flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))
              .map((s) => (typeof s === 'string' ? s.trim() : s))
              .filter((s) => s !== ''),
      z.array(id).min(1, { error: 'field.tooFew' }).max(50, { error: 'field.tooMany' }).optional(),
    ),
    session: optional(id),
  })
  .refine((q) => (q.meeting === undefined) !== (q.session === undefined), {
    error: 'meeting.roundRequired',
    path: ['meeting'],
  });
export type SummaryReportQuery = z.infer<typeof SummaryReportQuery>;

/** The secretariat's list of its council's meetings, published or not. */
export const StaffMeetingQuery = z
  .object({
    council: id,
    from: optional(rangeBound('from')),
    to: optional(rangeBound('to')),
    kind: optional(meetingKind),
    limit: optional(
      z.coerce.number({ error: 'field.invalidType' }).int({ error: 'field.invalid' }).min(1).max(200),
    ),
    cursor: optional(pageCursor),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { error: 'field.endBeforeStart', path: ['to'] });
export type StaffMeetingQuery = z.infer<typeof StaffMeetingQuery>;

// ---- Staff: the council's structure (the council comes from the path) ---------------

const newId = { id: optional(id) };
export const CouncilSessionInput = CouncilSession.omit({ id: true, councilId: true, version: true }).extend(
  newId,
);
export type CouncilSessionInput = z.infer<typeof CouncilSessionInput>;
export const ElectoralUnitInput = ElectoralUnit.omit({ id: true, councilId: true }).extend(newId);
export type ElectoralUnitInput = z.infer<typeof ElectoralUnitInput>;
export const DelegateGroupInput = DelegateGroup.omit({ id: true, councilId: true }).extend(newId);
export type DelegateGroupInput = z.infer<typeof DelegateGroupInput>;
export const DelegateInput = Delegate.omit({ id: true, councilId: true }).extend(newId);
export type DelegateInput = z.infer<typeof DelegateInput>;
