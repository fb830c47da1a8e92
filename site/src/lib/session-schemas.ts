/**
 * The session shapes the build reads (GET /v1/sessions?council=, /v1/sessions/{id}): the
 * agenda, its documents, the views published (anonymised: no place for a name), and the
 * session's meetings. Unknown properties are dropped.
 */

import { z } from 'zod';
import { PublishedFile } from '../../../shared/schemas/publication.ts';
import {
  AGENDA_ITEM_KINDS,
  SESSION_KINDS,
  SESSION_STATUSES,
  SESSION_VIEW_SOURCES,
} from '../../../shared/vocabulary.ts';
import { PublicMeeting } from './schemas.ts';

const Named = z.object({ id: z.string(), name: z.string() });

export const PublicSessionSummary = z.object({
  id: z.string(),
  councilId: z.string(),
  council: Named.optional(),
  name: z.string(),
  number: z.number(),
  kind: z.enum(SESSION_KINDS).optional(),
  status: z.enum(SESSION_STATUSES),
  opensOn: z.string(),
  closesOn: z.string().optional(),
  venue: z.string().optional(),
  calendarPath: z.string(),
});
export type PublicSessionSummary = z.infer<typeof PublicSessionSummary>;

export const SessionsPage = z.object({
  items: z.array(PublicSessionSummary),
  nextCursor: z.string().optional(),
});

export const PublicView = z.object({
  id: z.string(),
  commune: Named.optional(),
  text: z.string(),
  voterCount: z.number(),
  source: z.enum(SESSION_VIEW_SOURCES),
  meetingId: z.string().optional(),
});
export type PublicView = z.infer<typeof PublicView>;

export const PublicAgendaItem = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(AGENDA_ITEM_KINDS),
  presentingBody: Named.optional(),
  documents: z.array(z.object({ title: z.string(), url: z.string() })),
  viewsOpen: z.boolean(),
  viewsUntil: z.string().optional(),
  views: z.array(PublicView),
});
export type PublicAgendaItem = z.infer<typeof PublicAgendaItem>;

export const PublicSession = PublicSessionSummary.extend({
  agenda: z.array(PublicAgendaItem),
  meetings: z.array(PublicMeeting),
  communes: z.array(Named),
  /** The secretariat's documents of the session (shared/ui/public-files.ts). */
  documents: z.array(PublishedFile).optional(),
});
export type PublicSession = z.infer<typeof PublicSession>;
