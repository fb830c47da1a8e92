/**
 * The service's lists of choices, in one zod-free module: the schemas in shared/schemas
 * build their enums from these (`z.enum(ANSWER_RESULTS)`), and the staff console, which
 * must not bundle zod, imports the same lists. A word added here reaches the API, the
 * site and the console together. Words are shown through the message catalogues
 * (`petition.status.<status>`, `meeting.kind.<kind>`…), never as they are spelled here.
 */

/** A petition's life (DESIGN §3); the transitions between them are in status-machine.ts. */
export const PETITION_STATUSES = [
  'received',
  'routed',
  'in_progress',
  'answered',
  'closed',
  'rejected',
  'merged',
  'withdrawn',
] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** The statuses an agency's queue holds: routed to it, and what it did with them. */
export const AGENCY_QUEUE_STATUSES = [
  'routed',
  'in_progress',
  'answered',
  'closed',
] as const satisfies readonly PetitionStatus[];

/** Statuses in which a routed petition's deadline runs (received ones have none yet). */
export const DEADLINE_STATUSES = ['routed', 'in_progress'] as const satisfies readonly PetitionStatus[];

/** Orders of the council's queue: by receipt (oldest or newest first), or nearest deadline first. */
export const QUEUE_ORDERS = ['oldest', 'newest', 'deadline'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

/** How a petition reached the council (`open311`: an integrator's application, through Open311 GeoReport v2). */
export const CHANNELS = ['online', 'meeting', 'post', 'reception', 'phone', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels by which staff enter a petition for a citizen (online and open311 are the citizen's own). */
export const STAFF_CHANNELS = ['meeting', 'post', 'reception', 'phone'] as const satisfies readonly Channel[];

/** What an agency's answer settles. */
export const ANSWER_RESULTS = ['resolved', 'scheduled', 'explained', 'not_competent'] as const;
export type AnswerResult = (typeof ANSWER_RESULTS)[number];

/**
 * Timeline events a member of the public may see (no staff identities, no internal notes),
 * in a petition's life order; the rest are staff business. A new event type goes in one of
 * the two lists, so whether the public sees it is decided where it is added.
 */
export const PUBLIC_TIMELINE_EVENT_TYPES = [
  'received',
  'routed',
  'acknowledged',
  'roadmap',
  'answered',
  'returned',
  'rejected',
  'merged',
  'closed',
  'reopened',
  'withdrawn',
] as const;
const STAFF_TIMELINE_EVENT_TYPES = [
  'proposed',
  'follow_up',
  'notify_failed',
  'reminder',
  'contact_erased',
] as const;
export const TIMELINE_EVENT_TYPES = [...PUBLIC_TIMELINE_EVENT_TYPES, ...STAFF_TIMELINE_EVENT_TYPES] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

/** Staff roles: the user-pool groups of the sign-in (functions/lib/auth/claims.ts). */
export const STAFF_ROLES = ['secretariat', 'agency', 'delegate', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const UNIT_TYPES = ['province', 'district', 'commune'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const MEETING_KINDS = [
  'before_session',
  'after_session',
  'thematic',
  'chair_dialogue',
  'citizen_reception',
  'ad_hoc',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['planned', 'confirmed', 'postponed', 'cancelled', 'held'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The statuses a meeting is planned or edited into (postponing and cancelling are actions). */
export const PLANNED_MEETING_STATUSES = ['planned', 'confirmed'] as const satisfies readonly MeetingStatus[];

/** Meetings still to come: editable, and open to petitions registered for them. */
export const OPEN_MEETING_STATUSES = [
  'planned',
  'confirmed',
  'postponed',
] as const satisfies readonly MeetingStatus[];

/** `value` is one of `list` (narrows a string read from a form or a URL). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** A resolution's standing (nghị quyết): derived from the later resolutions that amend or repeal it. */
export const RESOLUTION_STATUSES = ['in_force', 'amended', 'repealed'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];
// ---- Sessions, their agenda and voters' views on it (issue #15, DESIGN §8) ----------

export const SESSION_KINDS = ['regular', 'thematic', 'special'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = ['planned', 'in_session', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const AGENDA_ITEM_KINDS = [
  'report',
  'draft_resolution',
  'interpellation_topic',
  'election',
  'other',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** Where a view on the agenda came from: a citizen online, or a before-session meeting. */
export const SESSION_VIEW_SOURCES = ['online', 'meeting'] as const;
export type SessionViewSource = (typeof SESSION_VIEW_SOURCES)[number];

/** Online views wait for the secretariat; views entered from a meeting are published as entered. */
export const SESSION_VIEW_STATUSES = ['pending', 'published', 'rejected'] as const;
export type SessionViewStatus = (typeof SESSION_VIEW_STATUSES)[number];
/*
 * Oversight (DESIGN §9): activities of the council and its bodies, and the follow-up items
 * (conclusions, recommendations, commitments) they, interpellations and resolutions leave.
 */

/** Giám sát chuyên đề, khảo sát, phiên giải trình, chất vấn. */
export const OVERSIGHT_KINDS = ['thematic', 'survey', 'explanation', 'interpellation'] as const;
export type OversightKind = (typeof OVERSIGHT_KINDS)[number];

/** Who conducts an activity: the council, its standing committee, a committee (Ban), a delegate group. */
export const OVERSIGHT_CONDUCTORS = ['council', 'standing_committee', 'committee', 'delegate_group'] as const;
export type OversightConductor = (typeof OVERSIGHT_CONDUCTORS)[number];

export const OVERSIGHT_STATUSES = ['planned', 'under_way', 'concluded'] as const;
export type OversightStatus = (typeof OVERSIGHT_STATUSES)[number];

/** A follow-up item's life; the transitions are in shared/follow-up-status.ts. */
export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'reported_done', 'accepted'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Where a follow-up item comes from. */
export const FOLLOW_UP_SOURCES = ['activity', 'interpellation', 'resolution'] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

export const FOLLOW_UP_EVENT_TYPES = [
  'created',
  'progress',
  'reported_done',
  'accepted',
  'resupervised',
  'note',
  'reminder',
] as const;
export type FollowUpEventType = (typeof FOLLOW_UP_EVENT_TYPES)[number];

/** What an agency's queue shows: its petitions, its follow-up items, or both by deadline. */
export const AGENCY_QUEUE_KINDS = ['petitions', 'follow_ups', 'all'] as const;
export type AgencyQueueKind = (typeof AGENCY_QUEUE_KINDS)[number];
/** How a council counts its answer deadline (DESIGN §13): every day, or working days only. */
export const DEADLINE_COUNTINGS = ['calendar', 'working'] as const;
export type DeadlineCounting = (typeof DEADLINE_COUNTINGS)[number];

/** A day of a year's holiday calendar: a public holiday (or a day off by a swap), or a weekend day worked instead. */
export const HOLIDAY_KINDS = ['off', 'working'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** The actions an officer may apply to several petitions of a queue at once. */
export const BULK_ACTIONS = ['route', 'acknowledge', 'answer'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The statuses of a petition still waiting for its answer: the secretariat's "all open petitions" view. */
export const OPEN_PETITION_STATUSES = [
  'received',
  'routed',
  'in_progress',
] as const satisfies readonly PetitionStatus[];

/** The views of an agency's queue: what needs its action first (reopened, followed up, then newly routed), then each status. */
export const AGENCY_VIEWS = ['needs_action', ...AGENCY_QUEUE_STATUSES] as const;
export type AgencyView = (typeof AGENCY_VIEWS)[number];
