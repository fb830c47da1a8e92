/** The secretariat schedules a meeting: checked against the council's reference data, then stored. */
import { randomUUID } from 'node:crypto';
import type { Meeting, MeetingInput } from '../../../shared/schemas/index.ts';
import { vietnamDate } from '../../../shared/time.ts';
import type { Repositories } from '../data/index.ts';
import { checkMeetingResolutions } from '../resolutions/meeting-resolutions.ts';
import { checkMeetingReferences } from './meeting-references.ts';

export interface MeetingServiceDependencies {
  repos: Pick<Repositories, 'meetings' | 'reference' | 'resolutions'>;
  now: () => Date;
}

/** "2026-12-01-3f9a1c2b": readable in a URL, unique without a counter. */
export function newMeetingId(startsAt: string): string {
  return `${vietnamDate(startsAt)}-${randomUUID().slice(0, 8)}`;
}

export async function scheduleMeeting(
  deps: MeetingServiceDependencies,
  input: MeetingInput,
): Promise<Meeting> {
  const reference = await deps.repos.reference.load();
  checkMeetingReferences(input, reference);
  await checkMeetingResolutions(deps.repos, input);
  const at = deps.now().toISOString();
  const { id, published, ...fields } = input;
  const meeting: Meeting = {
    ...fields,
    id: id ?? newMeetingId(input.startsAt),
    published,
    sequence: 0,
    createdAt: at,
    updatedAt: at,
  };
  await deps.repos.meetings.create(meeting);
  return meeting;
}
