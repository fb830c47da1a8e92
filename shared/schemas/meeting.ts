/** Voter-contact meetings (tiếp xúc cử tri), dialogues and citizen receptions. */
import * as z from 'zod/mini';
import { toUtcIso } from '../time.ts';
import {
  MEETING_KINDS,
  MEETING_STATUSES,
  type MeetingStatus,
  OPEN_MEETING_STATUSES,
  PLANNED_MEETING_STATUSES,
} from '../vocabulary.ts';
import {
  changesSomething,
  clearable,
  id,
  inputString,
  instant,
  isCalendarDate,
  listLimit,
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
  latitude: z.number({ error: 'field.invalid' }).check(z.gte(-90), z.lte(90)),
  longitude: z.number({ error: 'field.invalid' }).check(z.gte(-180), z.lte(180)),
});

export const Venue = z.object({
  name: text(1, 200),
  address: text(1, 300),
  coordinates: z.optional(Coordinates),
});

export const Meeting = z.object({
  id,
  councilId: id,
  sessionId: z.optional(id),
  kind: z.enum(MEETING_KINDS, { error: 'field.invalidChoice' }),
  title: text(1, 200),
  groupId: z.optional(id),
  delegateIds: z.array(id).check(z.maxLength(50)),
  communeIds: z.array(id).check(z.minLength(1, { error: 'field.tooFew' }), z.maxLength(50)),
  venue: Venue,
  startsAt: instant,
  endsAt: instant,
  agenda: z.optional(text(0, 4000, { multiline: true })),
  invitedBodies: z._default(z.array(text(1, 200)).check(z.maxLength(50)), []),
  status: z.enum(MEETING_STATUSES),
  statusReason: z.optional(text(1, 1000)),
  published: z.boolean(),
  /** iCalendar SEQUENCE: raised on every change a calendar should pick up. */
  sequence: z.number().check(z.int(), z.gte(0)),
  attendance: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100_000))),
  notes: z.optional(text(0, 4000, { multiline: true })),
  /** After a session: the resolutions this meeting explains (DESIGN §8.4), picked by the secretariat. */
  resolutionIds: z.optional(z.array(id).check(z.maxLength(20))),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

// ---- What the secretariat sends ----------------------------------------------------

const reason = text(1, 1000);
/** The sequence the editor read: a save against an older one is refused (409). */
const expectedSequence = z.optional(z.number({ error: 'field.invalidType' }).check(z.int(), z.gte(0)));
const meetingKind = z.enum(MEETING_KINDS, { error: 'field.invalidChoice' });
const agenda = optional(text(0, 4000, { multiline: true }));
const invitedBodies = z.array(text(1, 200)).check(z.maxLength(50, { error: 'field.tooMany' }));
const delegateIds = z.array(id).check(z.maxLength(50, { error: 'field.tooMany' }));
const communeIds = z
  .array(id)
  .check(z.minLength(1, { error: 'field.tooFew' }), z.maxLength(50, { error: 'field.tooMany' }));
const resolutionIds = z.array(id).check(z.maxLength(20, { error: 'field.tooMany' }));

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
    delegateIds: z._default(delegateIds, []),
    communeIds,
    venue: Venue,
    startsAt: instant,
    endsAt: instant,
    agenda,
    invitedBodies: z._default(invitedBodies, []),
    status: z._default(z.enum(PLANNED_MEETING_STATUSES, { error: 'field.invalidChoice' }), 'planned'),
    published: z._default(z.boolean({ error: 'field.invalidType' }), false),
    resolutionIds: z.optional(resolutionIds),
  })
  .check(z.refine(endsAfterStart, { error: 'field.endBeforeStart', path: ['endsAt'] }));
export type MeetingInput = z.infer<typeof MeetingInput>;

/**
 * Changes to a meeting: only the fields sent change. Setting `status` back to planned or
 * confirmed re-plans a postponed meeting. The council of a meeting never changes.
 */
export const MeetingEdit = z
  .object({
    sessionId: clearable(id),
    kind: z.optional(meetingKind),
    title: z.optional(text(1, 200)),
    groupId: clearable(id),
    delegateIds: z.optional(delegateIds),
    communeIds: z.optional(communeIds),
    venue: z.optional(Venue),
    startsAt: z.optional(instant),
    endsAt: z.optional(instant),
    agenda: clearable(text(0, 4000, { multiline: true })),
    invitedBodies: z.optional(invitedBodies),
    status: z.optional(z.enum(PLANNED_MEETING_STATUSES, { error: 'field.invalidChoice' })),
    resolutionIds: z.optional(resolutionIds),
    sequence: expectedSequence,
  })
  .check(
    changesSomething('sequence'),
    z.refine(endsAfterStart, { error: 'field.endBeforeStart', path: ['endsAt'] }),
  );
export type MeetingEdit = z.infer<typeof MeetingEdit>;

/** Publish: the meeting appears on the site and in the calendar feeds. */
export const MeetingPublish = z.object({ sequence: expectedSequence });

/** Postpone, with the reason voters will read; new times may be given at once. */
export const MeetingPostpone = z
  .object({ reason, startsAt: z.optional(instant), endsAt: z.optional(instant), sequence: expectedSequence })
  .check(z.refine(endsAfterStart, { error: 'field.endBeforeStart', path: ['endsAt'] }));
export type MeetingPostpone = z.infer<typeof MeetingPostpone>;

export const MeetingCancel = z.object({ reason, sequence: expectedSequence });
export type MeetingCancel = z.infer<typeof MeetingCancel>;

/** The meeting took place: how many voters came, and the secretariat's notes. */
export const MeetingHeld = z.object({
  attendance: z
    .number({ error: 'field.invalidType' })
    .check(z.int({ error: 'field.invalid' }), z.gte(0), z.lte(100_000)),
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
  return z.pipe(
    inputString(40, 'field.invalidDate'),
    z.transform((s, ctx) => {
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
    }),
  );
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
    limit: listLimit(100),
    cursor: optional(pageCursor),
  })
  .check(
    z.refine(oneScope, { error: 'meeting.scopeRequired', path: ['commune'] }),
    z.refine((q) => !q.from || !q.to || q.from < q.to, { error: 'field.endBeforeStart', path: ['to'] }),
  );
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;

export const MeetingFeedQuery = z
  .object({ ...scopeFields, from: optional(rangeBound('from')) })
  .check(z.refine(oneScope, { error: 'meeting.scopeRequired', path: ['commune'] }));
export type MeetingFeedQuery = z.infer<typeof MeetingFeedQuery>;

/** "/v1/meetings/{id}" and "/v1/meetings/{id}.ics". */
export const MeetingPath = z.object({ id });

// ---- Staff: compliance and the summary report --------------------------------------

export const ComplianceQuery = z.object({
  council: id,
  year: optional(z.coerce.number({ error: 'field.invalidType' }).check(z.int(), z.gte(2000), z.lte(2100))),
});
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

/** `meeting` may repeat or be comma-separated: a round is a list of meetings, or a session's meetings. */
export const SummaryReportQuery = z
  .object({
    meeting: z.pipe(
      z.transform((v) =>
        v === undefined
          ? undefined
          : (Array.isArray(v) ? v : [v])
              .flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))
              .map((s) => (typeof s === 'string' ? s.trim() : s))
              .filter((s) => s !== ''),
      ),
      z.optional(
        z
          .array(id)
          .check(z.minLength(1, { error: 'field.tooFew' }), z.maxLength(50, { error: 'field.tooMany' })),
      ),
    ),
    session: optional(id),
  })
  .check(
    z.refine((q) => (q.meeting === undefined) !== (q.session === undefined), {
      error: 'meeting.roundRequired',
      path: ['meeting'],
    }),
  );
export type SummaryReportQuery = z.infer<typeof SummaryReportQuery>;

/** The secretariat's list of its council's meetings, published or not. */
export const StaffMeetingQuery = z
  .object({
    council: id,
    from: optional(rangeBound('from')),
    to: optional(rangeBound('to')),
    kind: optional(meetingKind),
    limit: listLimit(200),
    cursor: optional(pageCursor),
  })
  .check(z.refine((q) => !q.from || !q.to || q.from < q.to, { error: 'field.endBeforeStart', path: ['to'] }));
export type StaffMeetingQuery = z.infer<typeof StaffMeetingQuery>;

// ---- Staff: the council's structure (the council comes from the path) ---------------

const newId = { id: optional(id) };
export const CouncilSessionInput = z.extend(
  z.omit(CouncilSession, { id: true, councilId: true, version: true }),
  newId,
);
export type CouncilSessionInput = z.infer<typeof CouncilSessionInput>;
export const ElectoralUnitInput = z.extend(z.omit(ElectoralUnit, { id: true, councilId: true }), newId);
export type ElectoralUnitInput = z.infer<typeof ElectoralUnitInput>;
export const DelegateGroupInput = z.extend(z.omit(DelegateGroup, { id: true, councilId: true }), newId);
export type DelegateGroupInput = z.infer<typeof DelegateGroupInput>;
export const DelegateInput = z.extend(z.omit(Delegate, { id: true, councilId: true }), newId);
export type DelegateInput = z.infer<typeof DelegateInput>;
