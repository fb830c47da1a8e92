/**
 * The meeting's keys, built here and nowhere else (the layout is in meeting-repository.ts).
 * No SDK import, so infra can read a key without loading the repository.
 */
import type { Meeting } from '../../../shared/schemas/index.ts';

export const meetingKeys = {
  pk: (id: string) => `MEETING#${id}`,
  meetingSk: 'MEETING',
  communeSk: (communeId: string) => `COMMUNE#${communeId}`,
  council: (councilId: string) => `COUNCIL#${councilId}#MEETINGS`,
  commune: (communeId: string) => `COMMUNE#${communeId}#MEETINGS`,
  startSk: (m: Pick<Meeting, 'startsAt' | 'id'>) => `${m.startsAt}#${m.id}`,
};
