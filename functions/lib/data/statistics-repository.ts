/**
 * The statistics aggregates (shared/statistics-aggregate.ts), kept by the statistics
 * function from the table's stream (functions/statistics) and read by GET /v1/statistics:
 *
 *   pk STATISTICS#<council>  sk <period>#<breakdown>#<id>  one row's counts (received, answered,
 *                                                          answeredOnTime, reopened); one Query per period
 *   pk PETITION#<code>       sk SYSTEM#STATISTICS          what the rows hold of this petition: its
 *                                                          version, contribution and revision (never public)
 *   pk STATISTICS#<council>#OVERDUE  sk THRESHOLD          the council's overdue threshold: the rows count
 *                                                          as overdue what was overdue at `threshold`;
 *                                                          `completed`, up to where the deadlines job has
 *                                                          recounted (functions/lib/statistics/overdue.ts)
 *
 * A change is counted once: the rows move by the difference between the petition's new
 * contribution and the one recorded, in one transaction with the record, conditioned on the
 * record being the one read. A redelivered or older stream record finds a version at least
 * its own and changes nothing. Every write of a record raises its revision, and is conditioned
 * on the revision read, so the deadlines job's recount of a petition (same version, overdue
 * since) and the stream's count of it never both apply to one reading.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../../shared/errors.ts';
import type { AggregateCounts, AggregateDelta, Contribution } from '../../../shared/statistics-aggregate.ts';
import { queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';
import { statisticsKeys } from './statistics-keys.ts';
import { type TransactStep, transactWrite } from './transactions.ts';

export { statisticsKeys };

/** What the aggregates hold of one petition. */
export interface Counted {
  version: number;
  /** Raised by every write of the record (absent on records written before it was kept). */
  revision?: number;
  /** Absent once the petition is gone. */
  contribution?: Contribution;
}

export interface AggregateRow {
  row: string;
  counts: AggregateCounts;
}

const countsOf = (item: Record<string, unknown>): AggregateCounts => ({
  received: Number(item.received ?? 0),
  answered: Number(item.answered ?? 0),
  answeredOnTime: Number(item.answeredOnTime ?? 0),
  reopened: Number(item.reopened ?? 0),
  overdue: Number(item.overdue ?? 0),
});

/** A council's overdue threshold: what its rows count as overdue (ISO instants). */
export interface OverdueThreshold {
  /** The rows count a petition as overdue if it was open past its deadline at this instant. */
  threshold: string;
  /** The deadlines job has recounted every petition whose deadline is before this instant ('' for none yet). */
  completed: string;
}

const countedOf = (item: Record<string, unknown>): Counted => ({
  version: Number(item.version),
  ...(typeof item.revision === 'number' ? { revision: item.revision } : {}),
  ...(item.contribution ? { contribution: item.contribution as Contribution } : {}),
});

export class StatisticsRepository extends TableRepository {
  countedKey(code: string) {
    return { pk: statisticsKeys.countedPk(code), sk: statisticsKeys.countedSk };
  }

  async counted(code: string): Promise<Counted | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: this.countedKey(code), ConsistentRead: true }),
    );
    return Item ? countedOf(Item) : undefined;
  }

  /** The row items of a council's aggregates that add `deltas`, each row created at its first count. */
  rowSteps(deltas: readonly AggregateDelta[]): TransactStep[] {
    return deltas.map((delta) => ({
      item: {
        Update: {
          TableName: this.db.tableName,
          Key: { pk: statisticsKeys.pk(delta.councilId), sk: delta.row },
          UpdateExpression:
            'SET entity = :entity ADD received :received, answered :answered, answeredOnTime :answeredOnTime, reopened :reopened, overdue :overdue',
          ExpressionAttributeValues: {
            ':entity': 'statistics',
            ':received': delta.counts.received,
            ':answered': delta.counts.answered,
            ':answeredOnTime': delta.counts.answeredOnTime,
            ':reopened': delta.counts.reopened,
            ':overdue': delta.counts.overdue,
          },
        },
      },
    }));
  }

  /**
   * Moves the rows by `deltas` and records `next` as what they hold of the petition, if
   * what they held is still `previous` (else ConflictError: another writer counted it).
   */
  async record(
    code: string,
    previous: Counted | undefined,
    next: Counted,
    deltas: readonly AggregateDelta[],
  ) {
    const steps: TransactStep[] = [
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: {
              ...this.countedKey(code),
              entity: 'statistics-counted',
              ...next,
              revision: (previous?.revision ?? 0) + 1,
            },
            ...recordCondition(previous),
          },
        },
        onConditionFailed: () => new ConflictError('entity.conflict'),
      },
      ...this.rowSteps(deltas),
    ];
    await transactWrite(this.db, steps);
  }

  /** A council's overdue threshold, or undefined before the deadlines job or a rebuild first set one. */
  async overdueThreshold(councilId: string): Promise<OverdueThreshold | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: statisticsKeys.overduePk(councilId), sk: statisticsKeys.overdueSk },
        ConsistentRead: true,
      }),
    );
    return Item ? { threshold: String(Item.threshold), completed: String(Item.completed ?? '') } : undefined;
  }

  async setOverdueThreshold(councilId: string, value: OverdueThreshold): Promise<void> {
    await this.db.doc.send(
      new PutCommand({
        TableName: this.db.tableName,
        Item: {
          pk: statisticsKeys.overduePk(councilId),
          sk: statisticsKeys.overdueSk,
          entity: 'statistics-overdue',
          ...value,
        },
      }),
    );
  }

  /** A council's rows for one period prefix ("ALL#", "YEAR#2026#", "SESSION#<id>#"; "" for all): one Query (paged past 1 MB). */
  async rows(councilId: string, prefix: string): Promise<AggregateRow[]> {
    const items = await queryAll(this.db, {
      KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: {
        ':pk': statisticsKeys.pk(councilId),
        ...(prefix ? { ':prefix': prefix } : {}),
      },
    });
    return items.map((item) => ({ row: String(item.sk), counts: countsOf(item) }));
  }
}

/** The record's write is conditioned on the one read: its revision, or (before revisions) its version. */
function recordCondition(previous: Counted | undefined) {
  if (!previous) return { ConditionExpression: 'attribute_not_exists(pk)' };
  if (previous.revision !== undefined)
    return {
      ConditionExpression: 'revision = :seen',
      ExpressionAttributeValues: { ':seen': previous.revision },
    };
  return {
    ConditionExpression: 'version = :seen AND attribute_not_exists(revision)',
    ExpressionAttributeValues: { ':seen': previous.version },
  };
}
