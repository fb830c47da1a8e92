/** Voter-contact meetings (tiếp xúc cử tri), dialogues and citizen receptions. */
import { z } from 'zod';
import { id, instant, text } from './common.ts';

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

export const Venue = z.object({ name: text(1, 200), address: text(1, 300) });

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
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;
