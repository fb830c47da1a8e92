/**
 * Every change to a meeting after it was scheduled: edit, publish, postpone, cancel,
 * record as held. Each one that changes something raises `sequence` (so subscribed
 * calendars replace their copy) and is saved on the condition that nobody saved since
 * the meeting was read.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  ConflictError,
  IllegalTransitionError,
  NotFoundError,
  ValidationError,
} from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type {
  Meeting,
  MeetingCancel,
  MeetingEdit,
  MeetingHeld,
  MeetingPostpone,
  MeetingStatus,
} from '../../../shared/schemas/index.ts';
import { checkMeetingResolutions } from '../resolutions/meeting-resolutions.ts';
import { checkMeetingReferences } from './meeting-references.ts';
import type { MeetingServiceDependencies } from './schedule-meeting.ts';

/** The meeting, or 404. */
export async function loadMeeting(deps: MeetingServiceDependencies, id: string): Promise<Meeting> {
  const meeting = await deps.repos.meetings.get(id);
  if (!meeting) throw new NotFoundError('field.unknownMeeting');
  return meeting;
}

function requireStatus(meeting: Meeting, allowed: readonly MeetingStatus[], key: MessageKey): void {
  if (!allowed.includes(meeting.status)) throw new IllegalTransitionError(key, { status: meeting.status });
}

/**
 * Applies `change` to the meeting as it was read. An unchanged meeting is not written;
 * a changed one gets the next sequence.
 */
async function applyChange(
  deps: MeetingServiceDependencies,
  before: Meeting,
  expectedSequence: number | undefined,
  change: (m: Meeting) => Meeting,
): Promise<Meeting> {
  if (expectedSequence !== undefined && expectedSequence !== before.sequence)
    throw new ConflictError('entity.conflict');
  const changed = change(structuredClone(before));
  const stripUndefined = (m: Meeting) => JSON.parse(JSON.stringify(m)) as Meeting;
  if (isDeepStrictEqual(stripUndefined(changed), stripUndefined(before))) return before;
  if (changed.endsAt <= changed.startsAt)
    throw new ValidationError({ endsAt: { key: 'field.endBeforeStart' } });
  const after = { ...changed, sequence: before.sequence + 1, updatedAt: deps.now().toISOString() };
  await deps.repos.meetings.save(before, after);
  return after;
}

const withoutReason = (m: Meeting): Meeting => {
  const { statusReason: _, ...rest } = m;
  return rest;
};

export async function editMeeting(deps: MeetingServiceDependencies, before: Meeting, edit: MeetingEdit) {
  // The resolutions a meeting explains are picked after it was held, too (DESIGN §8.4).
  const onlyResolutions = Object.entries(edit).every(
    ([key, value]) => key === 'sequence' || key === 'resolutionIds' || value === undefined,
  );
  const editable = ['planned', 'confirmed', 'postponed', ...(onlyResolutions ? ['held'] : [])] as const;
  requireStatus(before, editable as readonly MeetingStatus[], 'meeting.notEditable');
  await checkMeetingResolutions(deps.repos, {
    councilId: before.councilId,
    resolutionIds: edit.resolutionIds,
  });
  const reference = await deps.repos.reference.load();
  return applyChange(deps, before, edit.sequence, (m) => {
    const { sequence: _, sessionId, groupId, agenda, status, ...fields } = edit;
    let next: Meeting = { ...m };
    for (const [key, value] of Object.entries(fields))
      if (value !== undefined) Object.assign(next, { [key]: value });
    // null removes an optional value; undefined leaves it alone.
    for (const [key, value] of Object.entries({ sessionId, groupId, agenda })) {
      if (value === null) delete (next as Record<string, unknown>)[key];
      else if (value !== undefined) Object.assign(next, { [key]: value });
    }
    if (status) next = withoutReason({ ...next, status });
    // Picking resolutions changes nothing the references check looks at.
    if (!onlyResolutions) checkMeetingReferences(next, reference);
    return next;
  });
}

export async function publishMeeting(deps: MeetingServiceDependencies, before: Meeting, sequence?: number) {
  return applyChange(deps, before, sequence, (m) => ({ ...m, published: true }));
}

export async function postponeMeeting(
  deps: MeetingServiceDependencies,
  before: Meeting,
  input: MeetingPostpone,
) {
  requireStatus(before, ['planned', 'confirmed'], 'meeting.notPostponable');
  return applyChange(deps, before, input.sequence, (m) => ({
    ...m,
    status: 'postponed',
    statusReason: input.reason,
    ...(input.startsAt ? { startsAt: input.startsAt } : {}),
    ...(input.endsAt ? { endsAt: input.endsAt } : {}),
  }));
}

export async function cancelMeeting(deps: MeetingServiceDependencies, before: Meeting, input: MeetingCancel) {
  requireStatus(before, ['planned', 'confirmed', 'postponed'], 'meeting.notCancellable');
  return applyChange(deps, before, input.sequence, (m) => ({
    ...m,
    status: 'cancelled',
    statusReason: input.reason,
  }));
}

/** Held: only once it has started; a held meeting may be recorded again to correct the figures. */
export async function markMeetingHeld(deps: MeetingServiceDependencies, before: Meeting, input: MeetingHeld) {
  requireStatus(before, ['planned', 'confirmed', 'held'], 'meeting.cannotMarkHeld');
  if (Date.parse(before.startsAt) > deps.now().getTime())
    throw new IllegalTransitionError('meeting.notStartedYet');
  return applyChange(deps, before, input.sequence, (m) => {
    const held: Meeting = { ...withoutReason(m), status: 'held', attendance: input.attendance };
    if (input.notes !== undefined) held.notes = input.notes;
    return held;
  });
}
