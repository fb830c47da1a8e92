/**
 * What anyone holding a tracking code may see of a petition (DESIGN §2 journey 6): its
 * status, subject, competent body, deadline, public timeline and answer. Never the
 * submitter's contact (it is not even read), never staff identities, internal notes,
 * notification failures, or the words of a "not satisfied" feedback.
 */

import type { Locale } from '../../../shared/messages/index.ts';
import { isReopened, publicAnswerOf } from '../../../shared/publication.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import {
  type AnswerResult,
  PUBLIC_EVENT_TYPES,
  type TimelineEventType,
} from '../../../shared/schemas/petition.ts';
import { isOverdue, type PetitionStatus } from '../../../shared/status-machine.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { type PublicAttachmentView, publicAttachmentViews } from '../attachments/public-attachments.ts';
import type { PetitionRecord } from '../data/index.ts';

export interface Named {
  id: string;
  name: string;
}

export interface PublicTimelineItem {
  type: TimelineEventType;
  at: string;
  agency?: Named;
  deadline?: string;
  /** Why it was rejected or returned: told to the citizen, written by staff for that purpose. */
  reason?: string;
  mergedInto?: string;
}

export interface PublicAnswer {
  text: string;
  documentNumber: string;
  documentDate: string;
  result: AnswerResult;
  resolveBy?: string;
  answeredAt: string;
  agency?: Named;
}

export interface PublicPetition {
  attachments?: PublicAttachmentView[];
  code: string;
  status: PetitionStatus;
  title: string;
  content: string;
  council?: Named;
  field: Named;
  commune: Named;
  locality: Named;
  receivedAt: string;
  agency?: Named;
  deadline?: string;
  overdue: boolean;
  /** The submitter was not satisfied with `answer`: it is being looked at again. */
  reopened: boolean;
  roadmap?: { text: string; expectedBy: string };
  timeline: PublicTimelineItem[];
  answer?: PublicAnswer;
  mergedInto?: string;
  /** How many voters raise it: its submitter, the petitions merged into it and its supporters ("me too"). */
  voterCount: number;
}

/** Event types whose reason is meant for the citizen; every other reason stays private. */
const PUBLIC_REASONS: ReadonlySet<TimelineEventType> = new Set(['rejected', 'returned']);

export function publicPetitionView(
  record: PetitionRecord,
  reference: ReferenceData,
  locale: Locale,
  now: Date,
): PublicPetition {
  const { petition: p } = record;
  const named = (map: ReadonlyMap<string, { id: string; name: string }>, id: string | undefined) => {
    const item = id ? map.get(id) : undefined;
    return item ? { id: item.id, name: item.name } : undefined;
  };
  const field = reference.fields.get(p.fieldId);
  const unitName = (id: string) => named(reference.units, id) ?? { id, name: id };

  const timeline = record.events
    .filter((e) => PUBLIC_EVENT_TYPES.has(e.type))
    .map((e): PublicTimelineItem => {
      const agency = named(reference.agencies, e.agencyId);
      return {
        type: e.type,
        at: e.at,
        ...(agency ? { agency } : {}),
        ...(e.deadline ? { deadline: e.deadline } : {}),
        ...(e.reason && PUBLIC_REASONS.has(e.type) ? { reason: e.reason } : {}),
        ...(e.mergedInto ? { mergedInto: formatTrackingCode(e.mergedInto) } : {}),
      };
    });

  const agency = named(reference.agencies, p.agencyId);
  const council = named(reference.councils, p.councilId);
  const answer = p.answer;
  const answerAgency = named(reference.agencies, answer?.agencyId);
  return {
    code: formatTrackingCode(p.code),
    status: p.status,
    title: p.title,
    content: p.content,
    ...(council ? { council } : {}),
    field: { id: p.fieldId, name: (locale === 'en' ? field?.nameEn : field?.name) ?? p.fieldId },
    commune: unitName(p.communeId),
    locality: unitName(p.localityId),
    receivedAt: p.receivedAt,
    ...(agency ? { agency } : {}),
    ...(p.deadline ? { deadline: p.deadline } : {}),
    overdue: isOverdue(p, now),
    reopened: isReopened(p),
    ...(p.roadmap ? { roadmap: { text: p.roadmap.text, expectedBy: p.roadmap.expectedBy } } : {}),
    timeline,
    ...(answer
      ? {
          answer: {
            ...publicAnswerOf(answer),
            answeredAt: answer.answeredAt,
            ...(answerAgency ? { agency: answerAgency } : {}),
          },
        }
      : {}),
    ...(p.mergedInto ? { mergedInto: formatTrackingCode(p.mergedInto) } : {}),
    voterCount: p.voterCount,
    ...withAttachments(record),
  };
}

/** The files the public may see (none before publication), never under a citizen's file name. */
function withAttachments(record: PetitionRecord): { attachments?: PublicAttachmentView[] } {
  const attachments = publicAttachmentViews(record);
  return attachments.length > 0 ? { attachments } : {};
}
