/**
 * A submission names reference data by id (commune, field, locality, meeting). The schema
 * checks their shape; this checks that they exist, and finds the council that receives the
 * petition. Every unknown id is reported at once, on the field that named it.
 *
 * A petition raised for a meeting goes to the meeting's council, so the meeting must be one
 * held where the matter and the voter are: its locality and the submitter's commune must be
 * among the meeting's communes (or inside one of them, by the unit tree). Otherwise naming
 * any open meeting would send a petition, with its contact, to a council it does not concern.
 * The public submission and the secretariat's entry both come through here.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { receivingCouncil } from '../../../shared/routing.ts';
import type { Council, Meeting, PetitionSubmission } from '../../../shared/schemas/index.ts';
import { isOneOf, OPEN_MEETING_STATUSES } from '../../../shared/vocabulary.ts';
import type { MeetingRepository } from '../data/meeting-repository.ts';

export interface Receiver {
  council: Council;
  meeting?: Meeting;
}

export interface ReferenceCheckOptions {
  /**
   * The secretariat entering the petition for its council: the meeting must be that
   * council's, and may be unpublished or already held (voters' petitions are typed in after
   * the meeting); only a cancelled one is refused.
   */
  enteredBy?: string;
}

/** Why the meeting cannot take this petition, or undefined when it can. */
function meetingProblem(
  meeting: Meeting | undefined,
  reference: ReferenceData,
  options: ReferenceCheckOptions,
) {
  if (!meeting || !reference.councils.has(meeting.councilId)) return 'field.unknownMeeting';
  if (options.enteredBy === undefined) {
    return meeting.published && isOneOf(OPEN_MEETING_STATUSES, meeting.status)
      ? undefined
      : 'field.unknownMeeting';
  }
  if (meeting.councilId !== options.enteredBy) return 'field.otherCouncil';
  if (meeting.status === 'cancelled') return 'meeting.cancelledNoPetitions';
  return undefined;
}

/** True when the unit is one of the meeting's communes or lies inside one. */
const coveredBy = (meeting: Meeting, reference: ReferenceData, unitId: string) =>
  meeting.communeIds.some((communeId) => reference.isWithin(unitId, communeId));

export async function checkReferences(
  reference: ReferenceData,
  meetings: MeetingRepository,
  submission: PetitionSubmission,
  options: ReferenceCheckOptions = {},
): Promise<Receiver> {
  const problems: Record<string, { key: MessageKey }> = {};
  const { communeId } = submission.submitter;
  if (reference.units.get(communeId)?.type !== 'commune')
    problems['submitter.communeId'] = { key: 'field.unknownCommune' };
  if (!reference.fields.has(submission.fieldId)) problems.fieldId = { key: 'field.unknownField' };
  if (!reference.units.has(submission.localityId)) problems.localityId = { key: 'field.unknownUnit' };

  let meeting: Meeting | undefined;
  if (submission.meetingId) {
    meeting = await meetings.get(submission.meetingId);
    const problem = meetingProblem(meeting, reference, options);
    if (problem) problems.meetingId = { key: problem };
    else if (
      meeting &&
      !problems.localityId &&
      !problems['submitter.communeId'] &&
      !(coveredBy(meeting, reference, submission.localityId) && coveredBy(meeting, reference, communeId))
    )
      problems.meetingId = { key: 'field.meetingElsewhere' };
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
