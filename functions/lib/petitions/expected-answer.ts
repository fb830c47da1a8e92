/**
 * When a submitter may expect the answer, for the confirmation page: the petition's own
 * deadline once it has one (routed), else the council's setting (`deadlineDays`, in calendar or
 * working days) counted from the day it was received. A code that is not stored (the honeypot's, or a petition
 * not readable yet) gets the default setting from today, so that page looks like any other.
 */

import { answerDeadline } from '../../../shared/answer-deadline.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Petition } from '../../../shared/schemas/petition.ts';
import { DEFAULT_DEADLINE_DAYS } from '../../../shared/schemas/reference.ts';
import { deadlineAfter } from '../../../shared/time.ts';

export interface ExpectedAnswer {
  /** An instant (UTC ISO): the end of the deadline's Vietnam day. */
  by: string;
  days: number;
}

export function expectedAnswer(
  petition: Pick<Petition, 'councilId' | 'receivedAt' | 'deadline'> | undefined,
  reference: ReferenceData,
  now: Date,
): ExpectedAnswer {
  if (!petition) return { by: deadlineAfter(now, DEFAULT_DEADLINE_DAYS), days: DEFAULT_DEADLINE_DAYS };
  const days = reference.councils.get(petition.councilId)?.settings.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
  return {
    by: petition.deadline ?? answerDeadline(reference, petition.councilId, petition.receivedAt),
    days,
  };
}
