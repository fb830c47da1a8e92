/**
 * A submission names reference data by id (commune, field, locality, meeting). The schema
 * checks their shape; this checks that they exist, and finds the council that receives the
 * petition. Every unknown id is reported at once, on the field that named it.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { receivingCouncil } from '../../../shared/routing.ts';
import type { Council, Meeting, PetitionSubmission } from '../../../shared/schemas/index.ts';
import { MEETING_STATUSES_TAKING_PETITIONS } from '../../../shared/schemas/meeting.ts';
import type { MeetingRepository } from '../data/meeting-repository.ts';

export interface Receiver {
  council: Council;
  meeting?: Meeting;
}

export async function checkReferences(
  reference: ReferenceData,
  meetings: MeetingRepository,
  submission: PetitionSubmission,
): Promise<Receiver> {
  const problems: Record<string, { key: MessageKey }> = {};
  if (reference.units.get(submission.submitter.communeId)?.type !== 'commune')
    problems['submitter.communeId'] = { key: 'field.unknownCommune' };
  if (!reference.fields.has(submission.fieldId)) problems.fieldId = { key: 'field.unknownField' };
  if (!reference.units.has(submission.localityId)) problems.localityId = { key: 'field.unknownUnit' };

  let meeting: Meeting | undefined;
  if (submission.meetingId) {
    meeting = await meetings.get(submission.meetingId);
    const open =
      meeting?.published &&
      MEETING_STATUSES_TAKING_PETITIONS.has(meeting.status) &&
      reference.councils.has(meeting.councilId);
    if (!open) problems.meetingId = { key: 'field.unknownMeeting' };
  }

  const council =
    problems.localityId || problems.meetingId
      ? undefined
      : receivingCouncil(reference, submission.localityId, meeting?.councilId);
  if (!council && !problems.localityId && !problems.meetingId)
    problems.localityId = { key: 'field.noCouncil' };

  if (Object.keys(problems).length > 0 || !council) throw new ValidationError(problems);
  return meeting ? { council, meeting } : { council };
}
