/**
 * Meetings: the meeting item, plus one small item per commune it covers so that a
 * commune's schedule is one Query on an index.
 *
 *   pk MEETING#<id>   sk MEETING              the meeting; gsi2 = its council, by start time
 *                     sk COMMUNE#<communeId>  a copy per commune; gsi4 = that commune, by start time
 */
import type { Meeting } from '../../../shared/schemas/index.ts';
import { withoutKeys } from './items.ts';
import { meetingKeys } from './meeting-keys.ts';
import type { Page, QueryScope } from './pagination.ts';
import type { PageRequest } from './petition-repository.ts';
import { TableRepository } from './repository-base.ts';
import { type TransactStep, transactWrite } from './transactions.ts';
import { putAtVersion, putNew, queryIndexPage, readItem } from './versioned-entity.ts';

/** A commune copy carries the commune it is for; the meeting itself lists them all. */
const COPY_ONLY = ['communeId'];
const strip = (item: Record<string, unknown>) => withoutKeys<Meeting>(item, COPY_ONLY);

export interface DateRange {
  /** ISO instant: meetings starting at or after. */
  from?: string;
  /** ISO instant: meetings starting before. */
  to?: string;
}

export class MeetingRepository extends TableRepository {
  private communeSteps(meeting: Meeting): TransactStep[] {
    return meeting.communeIds.map((communeId) => ({
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: {
            ...meeting,
            pk: meetingKeys.pk(meeting.id),
            sk: meetingKeys.communeSk(communeId),
            entity: 'meeting-commune',
            communeId,
            gsi4pk: meetingKeys.commune(communeId),
            gsi4sk: meetingKeys.startSk(meeting),
          },
        },
      },
    }));
  }

  private meetingItem(meeting: Meeting) {
    return {
      ...meeting,
      pk: meetingKeys.pk(meeting.id),
      sk: meetingKeys.meetingSk,
      entity: 'meeting',
      gsi2pk: meetingKeys.council(meeting.councilId),
      gsi2sk: meetingKeys.startSk(meeting),
    };
  }

  async create(meeting: Meeting): Promise<void> {
    await transactWrite(this.db, [putNew(this.db, this.meetingItem(meeting)), ...this.communeSteps(meeting)]);
  }

  /**
   * Replaces a meeting read at `before`: conditional on its sequence, so two editors
   * cannot overwrite each other; commune copies are rewritten and dropped ones deleted.
   */
  async save(before: Meeting, after: Meeting): Promise<void> {
    const dropped = before.communeIds.filter((c) => !after.communeIds.includes(c));
    await transactWrite(this.db, [
      putAtVersion(this.db, this.meetingItem(after), { attribute: 'sequence', expected: before.sequence }),
      ...this.communeSteps(after),
      ...dropped.map((communeId) => ({
        item: {
          Delete: {
            TableName: this.db.tableName,
            Key: { pk: meetingKeys.pk(before.id), sk: meetingKeys.communeSk(communeId) },
          },
        },
      })),
    ]);
  }

  get(id: string): Promise<Meeting | undefined> {
    return readItem<Meeting>(this.db, { pk: meetingKeys.pk(id), sk: meetingKeys.meetingSk }, COPY_ONLY);
  }

  /** A council's meetings by start time. */
  listByCouncil(councilId: string, range: DateRange = {}, page: PageRequest = {}) {
    return this.query('gsi2', meetingKeys.council(councilId), range, page);
  }

  /** A commune's meetings by start time, through its index (no Scan). */
  listByCommune(communeId: string, range: DateRange = {}, page: PageRequest = {}) {
    return this.query('gsi4', meetingKeys.commune(communeId), range, page);
  }

  private async query(
    index: 'gsi2' | 'gsi4',
    partition: string,
    range: DateRange,
    page: PageRequest,
  ): Promise<Page<Meeting>> {
    const sortKey: QueryScope['sortKey'] = {};
    if (range.from && range.to) Object.assign(sortKey, { atLeast: range.from, atMost: range.to });
    else if (range.from) sortKey.atLeast = range.from;
    else if (range.to) sortKey.below = range.to;
    const found = await queryIndexPage(this.db, { index, partition, sortKey, page });
    return { ...found, items: found.items.map(strip) };
  }
}
