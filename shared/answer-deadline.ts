/**
 * The one rule for an agency's answer deadline: the council's `deadlineDays`, counted as
 * the council chose (calendar or working days, DESIGN §13), from the instant it starts
 * (routing, or reopening). Every place that sets a deadline asks here.
 */
import { DEFAULT_DEADLINE_DAYS } from './council-defaults.ts';
import type { ReferenceData } from './reference-data.ts';
import { deadlineAfterDays } from './working-days.ts';

export function answerDeadline(reference: ReferenceData, councilId: string, from: string | Date): string {
  const days = reference.councils.get(councilId)?.settings.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
  return deadlineAfterDays(from, days, reference.deadlineCalendar(councilId));
}
