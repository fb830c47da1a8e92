/**
 * Oversight activities and follow-up items.
 *
 *   pk OVERSIGHT#<id>      sk ACTIVITY         the activity; gsi2 = its council and year, by start date
 *   pk FOLLOWUP#<id>       sk PUB#ITEM         the item; gsi1 = its agency's queue by status, by deadline;
 *                                              gsi3 = its council's running deadlines; gsi5 = its source;
 *                                              gsi4 = its delegate group; gsi6 = its commune
 *                          sk PUB#LOG#<at>#<id>  its timeline (who, when, why)
 *                          sk NOTE#<at>#<id>     staff notes (đôn đốc), never under PUB#
 *                          sk SYSTEM#REMINDER#…  reminder markers (functions/deadlines)
 *   pk OVERSIGHT_STATS#<council>  sk AGENCY#<agency>   counters kept with every write
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { completedOnTime } from '../../../shared/follow-up-status.ts';
import type { FollowUpEvent, FollowUpItem, OversightActivity } from '../../../shared/schemas/index.ts';
import { projectionOf } from '../../../shared/table.ts';
import { readItems } from './batch-read.ts';
import type { Database } from './client.ts';
import { withoutKeys } from './items.ts';
import { followUpIndexKeys, oversightKeys } from './oversight-keys.ts';
import type { Page } from './pagination.ts';
import type { PageRequest } from './petition-repository.ts';
import { queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';
import { type TransactStep, transactWrite } from './transactions.ts';
import { putAtVersion, putNew, queryIndexPage, readItem } from './versioned-entity.ts';

export interface FollowUpRecord {
  item: FollowUpItem;
  /** Oldest first; `notes` only when asked for (staff). */
  events: FollowUpEvent[];
}

/** Per agency: items created, accepted, accepted on time (the public statistic's numerators). */
export interface FollowUpCounters {
  agencyId: string;
  created: number;
  accepted: number;
  acceptedOnTime: number;
}

type Index = 'gsi1' | 'gsi2' | 'gsi3' | 'gsi4' | 'gsi5' | 'gsi6';

export class OversightRepository extends TableRepository {
  private activityItem(a: OversightActivity) {
    return {
      ...a,
      pk: oversightKeys.activityPk(a.id),
      sk: oversightKeys.activitySk,
      entity: 'oversight-activity',
      gsi2pk: oversightKeys.councilYear(a.councilId, Number(a.startsOn.slice(0, 4))),
      gsi2sk: oversightKeys.activityStartSk(a),
    };
  }

  async createActivity(a: OversightActivity): Promise<void> {
    await transactWrite(this.db, [putNew(this.db, this.activityItem(a))]);
  }

  /** Replaces an activity read at `before.sequence` (a Put: its year, and so its index key, may change). */
  async saveActivity(before: OversightActivity, after: OversightActivity): Promise<void> {
    await transactWrite(this.db, [
      putAtVersion(this.db, this.activityItem(after), { attribute: 'sequence', expected: before.sequence }),
    ]);
  }

  getActivity(id: string): Promise<OversightActivity | undefined> {
    return readItem<OversightActivity>(this.db, {
      pk: oversightKeys.activityPk(id),
      sk: oversightKeys.activitySk,
    });
  }

  /** A council's activities that start in `year`, by start date: one Query on gsi2. */
  listActivities(councilId: string, year: number, page: PageRequest = {}): Promise<Page<OversightActivity>> {
    return this.query<OversightActivity>('gsi2', oversightKeys.councilYear(councilId, year), page);
  }

  private followUpItem(item: FollowUpItem) {
    return {
      ...item,
      pk: oversightKeys.itemPk(item.id),
      sk: oversightKeys.itemSk,
      entity: 'follow-up',
      ...followUpIndexKeys(item),
    };
  }

  private eventStep(e: FollowUpEvent): TransactStep {
    const sk = e.type === 'note' ? oversightKeys.noteSk(e) : oversightKeys.eventSk(e);
    return {
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: { ...e, pk: oversightKeys.itemPk(e.itemId), sk, entity: 'follow-up-event' },
        },
      },
    };
  }

  /** Counts one more item created / accepted / accepted on time for the agency, in the same transaction. */
  private counterStep(item: FollowUpItem, add: Partial<Omit<FollowUpCounters, 'agencyId'>>): TransactStep {
    const names = Object.keys(add) as (keyof typeof add)[];
    return {
      item: {
        Update: {
          TableName: this.db.tableName,
          Key: { pk: oversightKeys.statsPk(item.councilId), sk: oversightKeys.statsSk(item.agencyId) },
          UpdateExpression: `SET entity = :entity, agencyId = :agency ADD ${names.map((n) => `${n} :${n}`).join(', ')}`,
          ExpressionAttributeValues: {
            ':entity': 'follow-up-counters',
            ':agency': item.agencyId,
            ...Object.fromEntries(names.map((n) => [`:${n}`, add[n]])),
          },
        },
      },
    };
  }

  async createItem(item: FollowUpItem, events: FollowUpEvent[]): Promise<void> {
    await transactWrite(this.db, [
      putNew(this.db, this.followUpItem(item)),
      ...events.map((e) => this.eventStep(e)),
      // An item loaded already accepted (demo data, an import) is counted as such.
      this.counterStep(item, {
        created: 1,
        ...(item.status === 'accepted' ? { accepted: 1, acceptedOnTime: completedOnTime(item) ? 1 : 0 } : {}),
      }),
    ]);
  }

  /**
   * Writes the item as changed from `before` (conditional on the version read) with its
   * events, and the agency's counters when it was accepted: one transaction.
   */
  async saveItem(
    before: FollowUpItem,
    after: FollowUpItem,
    events: FollowUpEvent[],
    counted?: Partial<Omit<FollowUpCounters, 'agencyId'>>,
  ): Promise<FollowUpItem> {
    const saved = { ...after, version: before.version + 1 };
    await transactWrite(this.db, [
      putAtVersion(this.db, this.followUpItem(saved), {
        attribute: 'version',
        expected: before.version,
        conflict: 'followUp.conflict',
      }),
      ...events.map((e) => this.eventStep(e)),
      ...(counted ? [this.counterStep(after, counted)] : []),
    ]);
    return saved;
  }

  /** Appends events without changing the item (notes, reminders). */
  async appendEvents(events: FollowUpEvent[]): Promise<void> {
    if (events.length > 0)
      await transactWrite(
        this.db,
        events.map((e) => this.eventStep(e)),
      );
  }

  getItem(id: string): Promise<FollowUpItem | undefined> {
    return readItem<FollowUpItem>(this.db, { pk: oversightKeys.itemPk(id), sk: oversightKeys.itemSk });
  }

  /** The item and its timeline in one Query; staff notes only with `notes` (never for a public read). */
  async getItemRecord(id: string, options: { notes: boolean }): Promise<FollowUpRecord | undefined> {
    const items = await queryAll(this.db, {
      KeyConditionExpression: options.notes ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :pub)',
      ExpressionAttributeValues: {
        ':pk': oversightKeys.itemPk(id),
        ...(options.notes ? {} : { ':pub': oversightKeys.publicPrefix }),
      },
    });
    const found = items.find((i) => i.sk === oversightKeys.itemSk);
    if (!found) return undefined;
    const events = items
      .filter((i) => i.entity === 'follow-up-event')
      .map((i) => withoutKeys<FollowUpEvent>(i))
      .sort((a, b) => a.at.localeCompare(b.at) || a.version - b.version || a.id.localeCompare(b.id));
    return { item: withoutKeys<FollowUpItem>(found), events };
  }

  /** The items of one source, in creation order (gsi5). */
  listBySource(kind: string, id: string, page: PageRequest = {}) {
    return this.query<FollowUpItem>('gsi5', oversightKeys.source(kind, id), page);
  }

  /** The agency's items in one status, earliest deadline (so overdue) first (gsi1). */
  listAgencyQueue(agencyId: string, status: FollowUpItem['status'], page: PageRequest = {}) {
    return this.query<FollowUpItem>('gsi1', oversightKeys.agencyQueue(agencyId, status), page);
  }

  /** A council's items whose deadline runs, due before `before` (gsi3): reminders and the overdue count. */
  listOpenDueBefore(councilId: string, before: string, page: PageRequest = {}) {
    return this.query<FollowUpItem>('gsi3', oversightKeys.councilOpen(councilId), page, before);
  }

  listByGroup(groupId: string, page: PageRequest = {}) {
    return this.query<FollowUpItem>('gsi4', oversightKeys.group(groupId), page);
  }

  listByCommune(communeId: string, page: PageRequest = {}) {
    return this.query<FollowUpItem>('gsi6', oversightKeys.commune(communeId), page);
  }

  /** The council's counters, one item per agency: one Query on its partition. */
  async counters(councilId: string): Promise<FollowUpCounters[]> {
    const { Items = [] } = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': oversightKeys.statsPk(councilId) },
      }),
    );
    return Items.map((i) => ({
      agencyId: String(i.agencyId),
      created: Number(i.created ?? 0),
      accepted: Number(i.accepted ?? 0),
      acceptedOnTime: Number(i.acceptedOnTime ?? 0),
    }));
  }

  private async query<T>(
    index: Index,
    partition: string,
    page: PageRequest,
    below?: string,
  ): Promise<Page<T>> {
    const found = await queryIndexPage(this.db, {
      index,
      partition,
      ...(below ? { sortKey: { below } } : {}),
      page,
    });
    // A narrow index (shared/table.ts, INDEX_PROJECTIONS) carries keys only: read the items back.
    const items = projectionOf(index).type === 'ALL' ? found.items : await readItems(this.db, found.items);
    return { ...found, items: items.map((i) => withoutKeys<T>(i)) };
  }
}

const repositories = new WeakMap<Database, OversightRepository>();

/** One repository per database (the apps share their Repositories; this keeps index.ts untouched). */
export function oversightRepository(db: Database): OversightRepository {
  const known = repositories.get(db);
  if (known) return known;
  const repo = new OversightRepository(db);
  repositories.set(db, repo);
  return repo;
}
