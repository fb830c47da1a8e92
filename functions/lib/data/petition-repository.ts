/**
 * Petitions: the petition item, its timeline events and its submitter's contact live in
 * one partition. Public items sort under "PUB#", so the public read is one Query that
 * cannot return the contact (kept under "PRIVATE#").
 *
 *   pk PETITION#<code>   sk PUB#PETITION                 the petition (no personal data), without its long texts
 *                        sk PUB#PETITION#TEXT            the citizen's text, written once with the petition
 *                                                        (petition-texts.ts: the answer's texts ride in its event)
 *                        sk PUB#EVENT#<at>#<id>          one timeline event each; a "merged" one carries the
 *                                                        link to its primary: gsi1 MERGED#<primary> / <its code>
 *                        sk PRIVATE#CONTACT              the submitter's name, email, phone, address (TTL and the
 *                                                        retention entry of gsi3 once its retention starts, kept in
 *                                                        step from the stream; a tombstone once erased on request)
 *                        sk PRIVATE#CONSENT              what the submitter consented to, when, under which notice
 *                        sk SYSTEM#MERGED#<merged code>  one per petition merged into this one before
 *                                                        issue #22 (no longer written; still read)
 *                        sk SYSTEM#NOTIFIED#<event>#<to> the notifier's delivery record (functions/notifier),
 *                                                        read by staff through petition-deliveries.ts
 *                        sk SYSTEM#REMINDER#<kind>#<deadline>  a deadline reminder sent (functions/deadlines)
 *
 * The keys are built in petition-keys.ts; the index keys are derived from the petition's
 * state on every write (indexKeysOf).
 */
import { GetCommand, QueryCommand, type QueryCommandInput, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, DuplicateError } from '../../../shared/errors.ts';
import type { PetitionDelivery } from '../../../shared/notify-channels.ts';
import { ttlSecondsOf } from '../../../shared/retention.ts';
import type {
  ConsentRecord,
  Petition,
  PublicAttachment,
  SubmitterContact,
  TimelineEvent,
} from '../../../shared/schemas/index.ts';
import { type PetitionStatus, RETENTION_STATUSES } from '../../../shared/status-machine.ts';
import { type IndexName, projectionOf } from '../../../shared/table.ts';
import { attachmentKeys } from './attachment-keys.ts';
import { readItems } from './batch-read.ts';
import { withoutKeys as strip } from './items.ts';
import { decodeCursor, encodeCursor, type Page } from './pagination.ts';
import { deliveriesOf } from './petition-deliveries.ts';
import { contactRetentionOf, indexKeysOf, petitionKeys } from './petition-keys.ts';
import {
  ANSWER_TEXT_FIELDS,
  answerTextsOf,
  joinTexts,
  petitionItemOf,
  type StoredAnswerTexts,
  textItemOf,
  withTexts,
} from './petition-texts.ts';
import { type QueryAllInput, queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';
import { type TransactStep, transactWrite } from './transactions.ts';
import { countIndexPartition, readItem } from './versioned-entity.ts';

export interface PetitionChange {
  /** The petition as it was read; its version is the write's condition. */
  before: Petition;
  /** The petition as it should be (its version is set here to before.version + 1). */
  after: Petition;
  events: TimelineEvent[];
}

export interface PetitionRecord {
  petition: Petition;
  events: TimelineEvent[];
  /** Public copies of files the public may see once the petition is published (attachment-keys.ts). */
  publicAttachments?: PublicAttachment[];
}

export class PetitionRepository extends TableRepository {
  petitionPut(
    petition: Petition,
    condition?: { expression: string; values?: Record<string, unknown> },
  ): TransactStep['item'] {
    return {
      Put: {
        TableName: this.db.tableName,
        Item: {
          pk: petitionKeys.pk(petition.code),
          sk: petitionKeys.petitionSk,
          entity: 'petition',
          ...petitionItemOf(petition),
          ...indexKeysOf(petition),
        },
        ...(condition
          ? {
              ConditionExpression: condition.expression,
              ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
            }
          : {}),
      },
    };
  }

  /**
   * The petition's text item as of `petition` (title, text, and its answer's texts): what a bulk
   * load or a test that writes items directly puts beside `petitionPut`, which carries none of them.
   */
  textPut(petition: Petition): TransactStep['item'] {
    return { Put: { TableName: this.db.tableName, Item: textItemOf(petition) } };
  }

  /** A timeline event; an "answered" one carries its answer's texts (petition-texts.ts). */
  eventStep(event: TimelineEvent, answer?: StoredAnswerTexts): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: {
            pk: petitionKeys.pk(event.code),
            sk: petitionKeys.eventSk(event),
            entity: 'event',
            ...event,
            ...(answer ? { answer } : {}),
            ...mergeLinkOf(event),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new DuplicateError('entity.duplicate'),
    };
  }

  /**
   * A new petition: the petition, its contact and its first event in one transaction
   * (plus any `extra` steps, such as the idempotency record). A taken code is a DuplicateError.
   */
  async create(
    input: {
      petition: Petition;
      contact: SubmitterContact;
      consent?: ConsentRecord;
      events: TimelineEvent[];
    },
    extra: TransactStep[] = [],
  ): Promise<void> {
    const { petition, contact, consent } = input;
    await transactWrite(this.db, [
      {
        item: this.petitionPut(petition, { expression: 'attribute_not_exists(pk)' }),
        onConditionFailed: () => new DuplicateError('entity.duplicate'),
      },
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: textItemOf(petition),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DuplicateError('entity.duplicate'),
      },
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: {
              pk: petitionKeys.pk(petition.code),
              sk: petitionKeys.contactSk,
              entity: 'contact',
              ...contact,
              ...contactRetentionItem(petition),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DuplicateError('entity.duplicate'),
      },
      ...(consent
        ? [
            {
              item: {
                Put: {
                  TableName: this.db.tableName,
                  Item: {
                    pk: petitionKeys.pk(petition.code),
                    sk: petitionKeys.consentSk,
                    entity: 'consent',
                    ...consent,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              onConditionFailed: () => new DuplicateError('entity.duplicate'),
            },
          ]
        : []),
      ...input.events.map((e) => this.eventStep(e)),
      ...extra,
    ]);
  }

  /**
   * Applies changes to one or more petitions atomically. Each write is conditional on the
   * version that was read: if anyone changed a petition meanwhile, nothing is written and
   * a ConflictError says so.
   */
  async save(changes: PetitionChange[], extra: TransactStep[] = []): Promise<Petition[]> {
    for (const c of changes) assertRetentionDecided(c.after);
    const saved = changes.map((c) => ({ ...c.after, version: c.before.version + 1 }));
    await transactWrite(this.db, [
      ...changes.map((c, i) => ({
        item: this.petitionPut(saved[i]!, {
          expression: 'version = :version',
          values: { ':version': c.before.version },
        }),
        onConditionFailed: () => new ConflictError('status.conflict'),
      })),
      ...changes.flatMap((c) => this.contactSteps(c)),
      ...changes.flatMap((c) => this.textSteps(c)),
      ...changes.flatMap((c) => {
        const answer = newAnswerTexts(c);
        const carrier = answer ? answerEventOf(c, answer.answeredAt) : undefined;
        return c.events.map((e) => this.eventStep(e, e === carrier ? answer : undefined));
      }),
      ...extra,
    ]);
    return saved;
  }

  /**
   * An erasure on request replaces the contact, in the petition's transaction, with a tombstone
   * that holds no personal data, no TTL and no retention entry (a Put: the public API, which
   * erases, has no DeleteItem). The retention's TTL and entry are not written here: the stream
   * keeps them in step (applyContactRetention), and every read refuses the contact from the
   * petition's own `contactExpiresAt` meanwhile.
   */
  private contactSteps(change: PetitionChange): TransactStep[] {
    const { before, after } = change;
    if (!after.contactErasedAt || before.contactErasedAt) return [];
    const Key = { pk: petitionKeys.pk(after.code), sk: petitionKeys.contactSk };
    const tombstone = { ...Key, entity: 'contact', code: after.code, erasedAt: after.contactErasedAt };
    return [{ item: { Put: { TableName: this.db.tableName, Item: tombstone } } }];
  }

  /** A change of the citizen's title or text rewrites them in the text item (nothing does today: written once). */
  private textSteps(change: PetitionChange): TransactStep[] {
    const { before, after } = change;
    if (after.content === before.content && after.title === before.title) return [];
    return [
      {
        item: {
          Update: {
            TableName: this.db.tableName,
            Key: { pk: petitionKeys.pk(after.code), sk: petitionKeys.textSk },
            UpdateExpression: 'SET title = :title, content = :content, code = :code, entity = :entity',
            ExpressionAttributeValues: {
              ':title': after.title,
              ':content': after.content,
              ':code': after.code,
              ':entity': 'petition-text',
            },
          },
        },
      },
    ];
  }

  /**
   * Brings the contact item's TTL and retention entry in step with the petition as of its
   * `version` (from the stream: functions/statistics/contact-retention.ts). Idempotent and
   * order-proof: the contact records the version it follows and takes only a later one, never
   * touches a tombstone, and does nothing for a contact that is gone. False when it changed nothing.
   */
  async applyContactRetention(petition: Petition): Promise<boolean> {
    const { expiresAt, gsi3pk, gsi3sk } = contactRetentionOf(petition);
    const set = ['retentionVersion = :version'];
    const remove: string[] = [];
    const values: Record<string, unknown> = { ':version': petition.version };
    if (expiresAt) {
      set.push('expiresAt = :ttl');
      values[':ttl'] = ttlSecondsOf(expiresAt);
    } else remove.push('expiresAt');
    if (gsi3pk && gsi3sk) {
      set.push('gsi3pk = :gsi3pk', 'gsi3sk = :gsi3sk');
      Object.assign(values, { ':gsi3pk': gsi3pk, ':gsi3sk': gsi3sk });
    } else remove.push('gsi3pk', 'gsi3sk');
    try {
      await this.db.doc.send(
        new UpdateCommand({
          TableName: this.db.tableName,
          Key: { pk: petitionKeys.pk(petition.code), sk: petitionKeys.contactSk },
          UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(erasedAt) AND ' +
            '(attribute_not_exists(retentionVersion) OR retentionVersion < :version)',
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** Appends events without changing the petition (notes, notification failures). */
  async appendEvents(events: TimelineEvent[]): Promise<void> {
    if (events.length === 0) return;
    await transactWrite(
      this.db,
      events.map((e) => this.eventStep(e)),
    );
  }

  /**
   * The codes of the petitions merged into `primaryCode`: a Query of the "merged" events' gsi1
   * entries (keys only: the sort key is the merged code), and one of the primary's partition for
   * the links written before issue #22 (`SYSTEM#MERGED#`), in parallel; each code once. The index
   * is eventually consistent: a merge of a second ago may be missing (merge.ts and the notifier
   * say why that is harmless). A code may belong to a petition merged again elsewhere since:
   * the caller checks its `mergedInto`.
   */
  async listMergedCodes(primaryCode: string): Promise<string[]> {
    const [linked, legacy] = await Promise.all([
      this.queryStrings(
        {
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': petitionKeys.mergedInto(primaryCode) },
        },
        (item) => item.gsi1sk,
      ),
      this.queryStrings(
        {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :merged)',
          ExpressionAttributeValues: {
            ':pk': petitionKeys.pk(primaryCode),
            ':merged': petitionKeys.mergedPetitionPrefix,
          },
          ProjectionExpression: 'mergedCode',
        },
        (item) => item.mergedCode,
      ),
    ]);
    return [...new Set([...linked, ...legacy])];
  }

  /** Every page of a Query, each item's string `pick` (others skipped). */
  private async queryStrings(
    input: QueryAllInput,
    pick: (item: Record<string, unknown>) => unknown,
  ): Promise<string[]> {
    const items = await queryAll(this.db, input);
    return items.map(pick).filter((value): value is string => typeof value === 'string');
  }

  /**
   * The petition with its texts: one Query of `PUB#PETITION*` (the petition item and its text
   * item), and for an answer whose texts are in its event, one Query of that answer's instant.
   */
  async get(code: string): Promise<Petition | undefined> {
    const { Items = [] } = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :petition)',
        ExpressionAttributeValues: { ':pk': petitionKeys.pk(code), ':petition': petitionKeys.petitionPrefix },
      }),
    );
    const item = Items.find((i) => i.sk === petitionKeys.petitionSk);
    if (!item) return undefined;
    const text = Items.filter((i) => i.sk === petitionKeys.textSk);
    const [joined] = await withTexts(this.db, [item], text);
    return strip<Petition>(joined!);
  }

  /**
   * The petition item alone, one GetItem: its state without its texts (no title, text or
   * answer's texts: petition-texts.ts), for a reader that needs only where it stands.
   */
  getState(code: string): Promise<PetitionState | undefined> {
    return readItem<PetitionState>(this.db, { pk: petitionKeys.pk(code), sk: petitionKeys.petitionSk });
  }

  /** The public record: one Query that reads only the items under "PUB#". */
  async getPublic(code: string): Promise<PetitionRecord | undefined> {
    const { Items = [] } = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :pub)',
        ExpressionAttributeValues: { ':pk': petitionKeys.pk(code), ':pub': petitionKeys.publicPrefix },
      }),
    );
    return toRecord(Items);
  }

  /**
   * Everything staff may see, contact and the notifier's delivery records included: one
   * Query over the partition (the caller decides, by the policy, what of it to show).
   */
  async getWithContact(
    code: string,
    now: Date = new Date(),
  ): Promise<(PetitionRecord & { contact?: SubmitterContact; deliveries: PetitionDelivery[] }) | undefined> {
    const items = await queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': petitionKeys.pk(code) },
    });
    const record = toRecord(items);
    if (!record) return undefined;
    const contact = liveContact(
      items.find((i) => i.sk === petitionKeys.contactSk),
      now,
      record.petition,
    );
    const eventAt = new Map(record.events.map((e) => [e.id, e.at]));
    return {
      ...record,
      ...(contact ? { contact } : {}),
      deliveries: deliveriesOf(items, (id) => eventAt.get(id)),
    };
  }

  /**
   * The submitter's contact, or undefined once it is erased: a tombstone, or an item whose
   * TTL has passed (DynamoDB deletes expired items lazily, so an expired one may still be read),
   * or once the petition's own retention end has passed (the petition as the caller read it:
   * the contact's TTL follows from the stream and may not be there yet).
   */
  async getContact(
    petition: Pick<Petition, 'code' | 'contactExpiresAt' | 'contactErasedAt'>,
    now: Date = new Date(),
  ): Promise<SubmitterContact | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: petitionKeys.pk(petition.code), sk: petitionKeys.contactSk },
      }),
    );
    return liveContact(Item, now, petition);
  }

  getConsent(code: string): Promise<ConsentRecord | undefined> {
    return readItem<ConsentRecord>(this.db, { pk: petitionKeys.pk(code), sk: petitionKeys.consentSk });
  }

  /**
   * The codes of a council's petitions whose contact's retention ends within [from, to) (ISO
   * instants), earliest first: the retention entries of the deadline index (gsi3), carried by
   * the contact items (and, written before they were, by petition items), one Query; nothing is
   * read back (a contact is no petition).
   */
  async listRetentionEnding(
    councilId: string,
    range: { from: string; to: string },
    page: PageRequest = {},
  ): Promise<Page<{ code: string }>> {
    const partition = petitionKeys.councilRetention(councilId);
    const result = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :below',
        ExpressionAttributeValues: { ':pk': partition, ':from': range.from, ':below': range.to },
        ProjectionExpression: 'pk, sk, gsi3pk, gsi3sk',
        Limit: Math.min(Math.max(page.limit ?? 25, 1), 100),
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi3', partition }),
      }),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    const codes = new Set((result.Items ?? []).map((i) => String(i.pk).slice(petitionKeys.pk('').length)));
    return { items: [...codes].map((code) => ({ code })), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** An agency's queue in one status, earliest deadline (so overdue) first. */
  listAgencyQueue(agencyId: string, status: PetitionStatus, page: PageRequest = {}) {
    return this.queryIndex('gsi1', petitionKeys.agencyQueue(agencyId, status), page);
  }

  /** The agency's petitions reopened or followed up since it last acted, nearest deadline first (agency-needs-action.ts). */
  listAgencyNeedsAction(agencyId: string, page: PageRequest = {}) {
    return this.queryIndex('gsi1', petitionKeys.agencyNeedsAction(agencyId), page);
  }

  /** A council's petitions in one status, oldest first (the triage queue for "received"), or newest first. */
  listCouncilQueue(
    councilId: string,
    status: PetitionStatus,
    page: PageRequest = {},
    options: { newestFirst?: boolean } = {},
  ) {
    return this.queryIndex('gsi2', petitionKeys.councilQueue(councilId, status), page, options);
  }

  /**
   * A council's open petitions in one status, nearest deadline first: its open-by-deadline
   * index, filtered on the status. DynamoDB filters after reading `limit` items, so a page
   * may hold fewer (even none) and still have a next one.
   */
  listCouncilByDeadline(councilId: string, status: PetitionStatus, page: PageRequest = {}) {
    return this.queryIndex('gsi3', petitionKeys.councilOpen(councilId), page, { status });
  }

  /**
   * How many of a council's petitions are in `status`: a COUNT Query on the council's index
   * (no item comes back; each read page of up to 1 MB is paid for as read). O(petitions in
   * that status) in read capacity, until aggregate counters kept with every write replace it.
   */
  countCouncilQueue(councilId: string, status: PetitionStatus): Promise<number> {
    return countIndexPartition(this.db, 'gsi2', petitionKeys.councilQueue(councilId, status));
  }

  /**
   * A council's petitions in one status received within [from, to) (ISO instants; either
   * end open), oldest first: the same index as the triage queue, its sort key starting
   * with the receipt time.
   */
  listCouncilReceived(
    councilId: string,
    status: PetitionStatus,
    range: { from?: string; to?: string },
    page: PageRequest = {},
  ) {
    return this.queryIndex('gsi2', petitionKeys.councilQueue(councilId, status), page, range);
  }

  /** Open petitions whose deadline falls before `until` (reminders), earliest first. */
  listOpenByDeadline(councilId: string, until: string, page: PageRequest = {}) {
    return this.queryIndex('gsi3', petitionKeys.councilOpen(councilId), page, { below: `${until}#~` });
  }

  /**
   * A council's open petitions past their deadline at `now`, as the open-by-deadline index
   * carries them (what the statistics count each under: shared/table.ts, petitionRows), every
   * page; no item is read back from the table. With `from` (an ISO instant), only those whose
   * deadline is at or after it: the statistics read those past the council's overdue threshold.
   */
  listOverdue(councilId: string, now: Date, from?: string): Promise<OverduePetition[]> {
    return this.listDeadlinesBetween(councilId, from, now.toISOString());
  }

  /**
   * A council's open petitions whose deadline is in [from, until) (ISO instants; no `from`:
   * every one before `until`), as the open-by-deadline index carries them, every page.
   */
  async listDeadlinesBetween(
    councilId: string,
    from: string | undefined,
    until: string,
  ): Promise<OverduePetition[]> {
    if (from !== undefined && from >= until) return [];
    const items = await queryAll(this.db, {
      IndexName: 'gsi3',
      KeyConditionExpression: from
        ? 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :until'
        : 'gsi3pk = :pk AND gsi3sk < :until',
      ExpressionAttributeValues: {
        ':pk': petitionKeys.councilOpen(councilId),
        ':until': `${until}~`,
        ...(from ? { ':from': from } : {}),
      },
    });
    const found: OverduePetition[] = [];
    for (const item of items) {
      // "<deadline>#<code>": overdue once the deadline has passed (isOverdue), to the millisecond.
      const deadline = String(item.gsi3sk).split('#')[0] ?? '';
      if (Date.parse(deadline) < Date.parse(until))
        found.push({
          ...strip<OverduePetition>(item),
          code: String(item.pk).slice(petitionKeys.pk('').length),
        });
    }
    return found;
  }

  listByMeeting(meetingId: string, page: PageRequest = {}) {
    return this.queryIndex('gsi4', petitionKeys.meeting(meetingId), page);
  }

  /** Published results, newest first. */
  listPublished(councilId: string, page: PageRequest = {}) {
    return this.queryIndex('gsi5', petitionKeys.published(councilId), page, { newestFirst: true });
  }

  /** Results published at or after `from` (an ISO instant), newest first (Open311's GET requests). */
  listPublishedSince(councilId: string, from: string, page: PageRequest = {}) {
    return this.queryIndex('gsi5', petitionKeys.published(councilId), page, { from, newestFirst: true });
  }

  /** Petitions whose submitter lives in a commune, newest first. */
  listByCommune(communeId: string, page: PageRequest = {}) {
    return this.queryIndex('gsi6', petitionKeys.commune(communeId), page, { newestFirst: true });
  }

  private async queryIndex(
    index: IndexName,
    partition: string,
    page: PageRequest,
    options: {
      below?: string;
      from?: string;
      to?: string;
      newestFirst?: boolean;
      status?: PetitionStatus;
    } = {},
  ): Promise<Page<Petition>> {
    // Sort keys are "<instant>#<code>": "<to>" sorts before every key received at `to`, and
    // "<from>" before every key received at or after `from`.
    const below = options.below ?? options.to;
    const conditions = [`${index}pk = :pk`];
    const values: Record<string, string> = { ':pk': partition };
    if (options.from !== undefined && below !== undefined) {
      conditions.push(`${index}sk BETWEEN :from AND :below`);
      Object.assign(values, { ':from': options.from, ':below': below });
    } else if (options.from !== undefined) {
      conditions.push(`${index}sk >= :from`);
      values[':from'] = options.from;
    } else if (below !== undefined) {
      conditions.push(`${index}sk < :below`);
      values[':below'] = below;
    }
    const input: QueryCommandInput = {
      TableName: this.db.tableName,
      IndexName: index,
      KeyConditionExpression: conditions.join(' AND '),
      ExpressionAttributeValues: values,
      Limit: Math.min(Math.max(page.limit ?? 25, 1), 100),
      ScanIndexForward: !options.newestFirst,
      ExclusiveStartKey: decodeCursor(page.cursor, {
        index,
        partition,
        ...(options.below ? { sortKey: { below: options.below } } : {}),
      }),
    };
    const result = await this.db.doc.send(new QueryCommand(input));
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    // A narrow index carries the keys only: the petitions are read back from the table.
    const found = result.Items ?? [];
    const read = projectionOf(index).type === 'ALL' ? found : await readItems(this.db, found);
    const items = await withTexts(this.db, read);
    // Filtered after reading `limit` entries, as a FilterExpression would: a page may hold fewer.
    const petitions = items.map((i) => strip<Petition>(i));
    return {
      items: options.status ? petitions.filter((p) => p.status === options.status) : petitions,
      ...(nextCursor ? { nextCursor } : {}),
    };
  }
}

/** A petition as its item holds it, without the texts kept apart (petition-texts.ts). */
export type PetitionState = Omit<Petition, 'title' | 'content' | 'answer'> & {
  answer?: Pick<NonNullable<Petition['answer']>, 'result' | 'resolveBy'>;
};

/** What the open-by-deadline index carries of a petition (shared/table.ts, LISTED_ATTRIBUTES.petitionRows). */
export type OverduePetition = Pick<
  Petition,
  'code' | 'councilId' | 'agencyId' | 'fieldId' | 'communeId' | 'receivedAt' | 'meetingId'
>;

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

/**
 * An erased contact (a tombstone, an expired TTL, a stub without a name, a petition erased or
 * past its retention end) is no contact.
 */
function liveContact(
  item: Record<string, unknown> | undefined,
  now: Date,
  petition: Pick<Petition, 'contactExpiresAt' | 'contactErasedAt'>,
): SubmitterContact | undefined {
  if (!item || typeof item.name !== 'string' || item.erasedAt !== undefined) return undefined;
  if (typeof item.expiresAt === 'number' && item.expiresAt * 1000 <= now.getTime()) return undefined;
  if (petition.contactErasedAt) return undefined;
  if (petition.contactExpiresAt && Date.parse(petition.contactExpiresAt) <= now.getTime()) return undefined;
  const { expiresAt: _ttl, retentionVersion: _version, ...contact } = item;
  return strip<SubmitterContact>(contact);
}

/** The contact item's retention at its creation (the stream keeps it in step afterwards). */
function contactRetentionItem(petition: Petition): Record<string, unknown> {
  const { expiresAt, ...entry } = contactRetentionOf(petition);
  return expiresAt
    ? { expiresAt: ttlSecondsOf(expiresAt), ...entry, retentionVersion: petition.version }
    : { retentionVersion: petition.version };
}

/**
 * A petition entering a retention status must say when its contact's retention ends
 * (functions/lib/petitions/retention.ts decides): a write that forgot would keep the
 * contact for ever, so it is refused before anything is written.
 */
/** The answer's texts when the change records a new answer (or edits one), else undefined. */
function newAnswerTexts(change: PetitionChange): StoredAnswerTexts | undefined {
  const after = answerTextsOf(change.after.answer);
  const before = answerTextsOf(change.before.answer);
  if (!after) return undefined;
  const same =
    before !== undefined &&
    ANSWER_TEXT_FIELDS.every((f) => before[f] === after[f]) &&
    before.answeredAt === after.answeredAt;
  return same ? undefined : after;
}

/**
 * The event that carries a new answer's texts: the change's "answered" event at the answer's
 * instant (the only place they are kept). A change that records an answer without one would
 * lose them, so it is refused before anything is written.
 */
function answerEventOf(change: PetitionChange, answeredAt: string): TimelineEvent {
  const event = change.events.find((e) => e.type === 'answered' && e.at === answeredAt);
  if (!event)
    throw new Error(`Petition ${change.after.code}: an answer is saved without its "answered" event`);
  return event;
}

/**
 * A "merged" event is its own link to the primary: an entry on gsi1 (keys only: 1 WRU, where a
 * link item of its own cost 2 in the transaction), read by listMergedCodes. No other event has one.
 */
function mergeLinkOf(event: TimelineEvent): { gsi1pk?: string; gsi1sk?: string } {
  if (event.type !== 'merged' || !event.mergedInto) return {};
  return { gsi1pk: petitionKeys.mergedInto(event.mergedInto), gsi1sk: event.code };
}

function assertRetentionDecided(p: Petition): void {
  if (RETENTION_STATUSES.has(p.status) && !p.contactExpiresAt && !p.contactErasedAt)
    throw new Error(`Petition ${p.code} enters ${p.status} without its contact's retention`);
}

function toRecord(items: Record<string, unknown>[]): PetitionRecord | undefined {
  const petitionItem = items.find((i) => i.sk === petitionKeys.petitionSk);
  if (!petitionItem) return undefined;
  const eventItems = items.filter(
    (i) => typeof i.sk === 'string' && i.sk.startsWith(petitionKeys.eventPrefix),
  );
  // An "answered" event's answer texts belong to the petition, not to the timeline.
  const events = eventItems.map((i) => strip<TimelineEvent>(i, ['answer']));
  const textItem = items.find((i) => i.sk === petitionKeys.textSk);
  const publicAttachments = items
    .filter((i) => typeof i.sk === 'string' && i.sk.startsWith(attachmentKeys.publicPrefix) && !i.expired)
    .map((i) => strip<PublicAttachment>(i));
  return {
    petition: strip<Petition>(joinTexts(petitionItem, textItem, eventItems)),
    events,
    ...(publicAttachments.length > 0 ? { publicAttachments } : {}),
  };
}
