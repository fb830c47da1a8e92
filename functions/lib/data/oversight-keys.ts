/**
 * Oversight's keys, built here and nowhere else (the layout is in oversight-repository.ts).
 * No SDK import, so the deadlines function and the bench can read a prefix without the repository.
 */

import { FOLLOW_UP_OPEN_STATUSES } from '../../../shared/follow-up-status.ts';
import type { FollowUpEvent, FollowUpItem, OversightActivity } from '../../../shared/schemas/index.ts';
import type { KeyAttributeName } from '../../../shared/table.ts';
import type { FollowUpStatus } from '../../../shared/vocabulary.ts';

export const oversightKeys = {
  activityPk: (id: string) => `OVERSIGHT#${id}`,
  activitySk: 'ACTIVITY',
  /** gsi2: a council's activities of one year, by start date. */
  councilYear: (councilId: string, year: number) => `COUNCIL#${councilId}#OVERSIGHT#${year}`,
  activityStartSk: (a: Pick<OversightActivity, 'startsOn' | 'id'>) => `${a.startsOn}#${a.id}`,

  itemPk: (id: string) => `FOLLOWUP#${id}`,
  itemSk: 'PUB#ITEM',
  publicPrefix: 'PUB#',
  /**
   * An event of the item's timeline (public pages show only what happened and when). Not
   * "PUB#EVENT#": the notifier reads that prefix as a petition's timeline (stream-event.ts).
   */
  eventSk: (e: Pick<FollowUpEvent, 'at' | 'id'>) => `PUB#LOG#${e.at}#${e.id}`,
  /** A staff note (đôn đốc): never under "PUB#", so no public read returns it. */
  noteSk: (e: Pick<FollowUpEvent, 'at' | 'id'>) => `NOTE#${e.at}#${e.id}`,

  /** gsi1: the agency's queue of follow-up items in one status, by deadline (beside its petitions). */
  agencyQueue: (agencyId: string, status: FollowUpStatus) => `AGENCY#${agencyId}#FOLLOWUP#${status}`,
  /** gsi3: a council's items whose deadline runs, by deadline (reminders, the overdue count). */
  councilOpen: (councilId: string) => `COUNCIL#${councilId}#FOLLOWUPS#OPEN`,
  /** gsi5: the items of one source (an activity, an interpellation, a resolution), in creation order. */
  source: (kind: string, id: string) => `SOURCE#${kind}#${id}#FOLLOWUPS`,
  /** gsi4: the items of a delegate group's activities; gsi6: the items about one commune. */
  group: (groupId: string) => `GROUP#${groupId}#FOLLOWUPS`,
  commune: (communeId: string) => `UNIT#${communeId}#FOLLOWUPS`,

  /** Kept as items change: per council and agency, how many items were accepted, and on time. */
  statsPk: (councilId: string) => `OVERSIGHT_STATS#${councilId}`,
  statsSk: (agencyId: string) => `AGENCY#${agencyId}`,
};

const deadlineSk = (i: Pick<FollowUpItem, 'deadline' | 'id'>) => `${i.deadline}#${i.id}`;

/** The index entries an item belongs to, given its current state. */
export function followUpIndexKeys(i: FollowUpItem): Partial<Record<KeyAttributeName, string>> {
  const keys: Partial<Record<KeyAttributeName, string>> = {
    gsi1pk: oversightKeys.agencyQueue(i.agencyId, i.status),
    gsi1sk: deadlineSk(i),
    gsi5pk: oversightKeys.source(i.source.kind, i.source.id),
    gsi5sk: `${i.createdAt}#${i.id}`,
  };
  if (FOLLOW_UP_OPEN_STATUSES.has(i.status)) {
    keys.gsi3pk = oversightKeys.councilOpen(i.councilId);
    keys.gsi3sk = deadlineSk(i);
  }
  if (i.groupId) {
    keys.gsi4pk = oversightKeys.group(i.groupId);
    keys.gsi4sk = deadlineSk(i);
  }
  if (i.communeId) {
    keys.gsi6pk = oversightKeys.commune(i.communeId);
    keys.gsi6sk = deadlineSk(i);
  }
  return keys;
}
