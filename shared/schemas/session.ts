/**
 * A council session (kỳ họp), its agenda (nội dung kỳ họp) and voters' views on the agenda
 * (DESIGN §8). The session's compact record stays in the reference data (`CouncilSession`,
 * read by meetings, reports and statistics); its agenda and the views on it live in the
 * session's own partition (functions/lib/data/session-repository.ts).
 */
import * as z from 'zod/mini';
import {
  AGENDA_ITEM_KINDS,
  SESSION_KINDS,
  SESSION_STATUSES,
  SESSION_VIEW_SOURCES,
  SESSION_VIEW_STATUSES,
} from '../vocabulary.ts';
import {
  calendarDate,
  changesSomething,
  checkbox,
  id,
  inputString,
  listLimit,
  optional,
  pageCursor,
  text,
  wholeNumber,
} from './common.ts';

export {
  AGENDA_ITEM_KINDS,
  type AgendaItemKind,
  SESSION_KINDS,
  SESSION_STATUSES,
  SESSION_VIEW_SOURCES,
  SESSION_VIEW_STATUSES,
  type SessionKind,
  type SessionStatus,
  type SessionViewSource,
  type SessionViewStatus,
} from '../vocabulary.ts';

/** A link to a document (http or https): the agenda's documents until attachments land. */
export const documentUrl = z
  .pipe(
    inputString(2000, 'field.invalidUrl'),
    z.transform((s) => s.trim()),
  )
  .check(
    z.refine(
      (s) => {
        if (!/^https?:\/\//i.test(s)) return false;
        try {
          return Boolean(new URL(s).host);
        } catch {
          return false;
        }
      },
      { error: 'field.invalidUrl' },
    ),
  );

export const AgendaDocument = z.object({ title: text(1, 200), url: documentUrl });
export type AgendaDocument = z.infer<typeof AgendaDocument>;

const version = z.number({ error: 'field.required' }).check(z.int({ error: 'field.invalid' }), z.gte(0));

export const AgendaItem = z.object({
  id,
  title: text(1, 300),
  kind: z.enum(AGENDA_ITEM_KINDS, { error: 'field.invalidChoice' }),
  /** The agency (reference data) that presents the item. */
  presentingBodyId: z.optional(id),
  documents: z.array(AgendaDocument).check(z.maxLength(20, { error: 'field.tooMany' })),
  /** Whether voters may give views on the item now, and until which day (inclusive, Vietnam time). */
  viewsOpen: z.boolean({ error: 'field.invalidType' }),
  viewsUntil: z.optional(calendarDate),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** The stored agenda of a session: its items in order, versioned as one. */
export const SessionAgenda = z.object({
  sessionId: id,
  councilId: id,
  items: z.array(AgendaItem),
  version: z.number().check(z.int(), z.gte(0)),
  updatedAt: z.string(),
});
export type SessionAgenda = z.infer<typeof SessionAgenda>;

/** One view on one agenda item. The author's name (online, optional) is stored apart, never here. */
export const SessionView = z.object({
  id: z.string(),
  sessionId: id,
  councilId: id,
  agendaItemId: id,
  source: z.enum(SESSION_VIEW_SOURCES),
  status: z.enum(SESSION_VIEW_STATUSES),
  communeId: z.optional(id),
  text: z.string(),
  /** How many voters said it (1 online; counted at the meeting otherwise). */
  voterCount: z.number().check(z.int(), z.gte(1)),
  meetingId: z.optional(id),
  consentToPublish: z.boolean(),
  rejectionReason: z.optional(z.string()),
  version: z.number().check(z.int(), z.gte(0)),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.optional(z.string()),
});
export type SessionView = z.infer<typeof SessionView>;

// ---- What the secretariat sends ----------------------------------------------------

const sessionFields = {
  name: text(1, 200),
  number: z.coerce
    .number({ error: 'field.invalidType' })
    .check(z.int({ error: 'field.invalid' }), z.gte(1), z.lte(999)),
  kind: z.enum(SESSION_KINDS, { error: 'field.invalidChoice' }),
  opensOn: calendarDate,
  closesOn: calendarDate,
  venue: text(1, 300),
  status: z.enum(SESSION_STATUSES, { error: 'field.invalidChoice' }),
};

const closesAfterOpening = (s: { opensOn?: string; closesOn?: string }) =>
  s.opensOn === undefined || s.closesOn === undefined || s.closesOn >= s.opensOn;

/** Plan a session; its id is made from its number ("huu-lung-kh13") when absent. */
export const SessionPlan = z
  .object({
    id: optional(id),
    councilId: id,
    ...sessionFields,
    status: z._default(sessionFields.status, 'planned'),
  })
  .check(z.refine(closesAfterOpening, { error: 'field.endBeforeStart', path: ['closesOn'] }));
export type SessionPlan = z.infer<typeof SessionPlan>;

/** Change a session: only the fields sent change; `version` is the one the editor read. */
export const SessionEdit = z
  .object({
    name: z.optional(sessionFields.name),
    number: z.optional(sessionFields.number),
    kind: z.optional(sessionFields.kind),
    opensOn: z.optional(calendarDate),
    closesOn: z.optional(calendarDate),
    venue: z.optional(sessionFields.venue),
    status: z.optional(sessionFields.status),
    version,
  })
  .check(
    changesSomething('version'),
    z.refine(closesAfterOpening, { error: 'field.endBeforeStart', path: ['closesOn'] }),
  );
export type SessionEdit = z.infer<typeof SessionEdit>;

export const AgendaItemInput = z.object({
  /** Absent for a new item: one is made from the session's id and the item's place. */
  id: optional(id),
  title: text(1, 300),
  kind: z.enum(AGENDA_ITEM_KINDS, { error: 'field.invalidChoice' }),
  presentingBodyId: optional(id),
  documents: z._default(z.array(AgendaDocument).check(z.maxLength(20, { error: 'field.tooMany' })), []),
  viewsOpen: z._default(z.boolean({ error: 'field.invalidType' }), false),
  viewsUntil: optional(calendarDate),
});
export type AgendaItemInput = z.infer<typeof AgendaItemInput>;

/** The whole agenda, in order: items added, changed, removed, opened or closed for views at once. */
export const AgendaEdit = z.object({
  items: z.array(AgendaItemInput).check(z.maxLength(60, { error: 'field.tooMany' })),
  version,
});
export type AgendaEdit = z.infer<typeof AgendaEdit>;

/** Views raised at a before-session meeting, entered by the secretariat. */
export const MeetingViewInput = z.object({
  agendaItemId: id,
  meetingId: id,
  communeId: optional(id),
  text: text(5, 4000, { multiline: true }),
  voterCount: wholeNumber(1, 100_000),
});
export type MeetingViewInput = z.infer<typeof MeetingViewInput>;

export const ViewPublish = z.object({ version });
export const ViewReject = z.object({ reason: text(1, 1000), version });
export type ViewReject = z.infer<typeof ViewReject>;

export const StaffViewQuery = z.object({
  item: optional(id),
  status: optional(z.enum(SESSION_VIEW_STATUSES, { error: 'field.invalidChoice' })),
});
export type StaffViewQuery = z.infer<typeof StaffViewQuery>;

// ---- What a citizen sends, and what the public (and the site's build) asks ---------

/** POST /v1/sessions/{id}/views: a citizen's view on one open agenda item. */
export const SessionViewSubmission = z.object({
  agendaItemId: id,
  communeId: id,
  name: optional(text(1, 120)),
  text: text(10, 4000, { multiline: true }),
  consentToPublish: checkbox,
});
export type SessionViewSubmission = z.infer<typeof SessionViewSubmission>;

export const SessionListQuery = z.object({
  council: id,
  limit: listLimit(100),
  cursor: optional(pageCursor),
});
export type SessionListQuery = z.infer<typeof SessionListQuery>;

export const SessionFeedQuery = z.object({ council: id });
export const SessionPath = z.object({ id });
