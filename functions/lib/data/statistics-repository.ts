/**
 * The statistics aggregates (shared/statistics-aggregate.ts), kept by the statistics
 * function from the table's stream (functions/statistics) and read by GET /v1/statistics:
 *
 *   pk STATISTICS#<council>  sk <period>#<breakdown>#<id>  one row's counts (received, answered,
 *                                                          answeredOnTime, reopened); one Query per period
 *   pk PETITION#<code>       sk SYSTEM#STATISTICS          what the rows hold of this petition: its
 *                                                          version and contribution (never public)
 *
 * A change is counted once: the rows move by the difference between the petition's new
 * contribution and the one recorded, in one transaction with the record, conditioned on the
 * record being the one read. A redelivered or older stream record finds a version at least
 * its own and changes nothing.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../../shared/errors.ts';
import type { AggregateCounts, AggregateDelta, Contribution } from '../../../shared/statistics-aggregate.ts';
import type { Database } from './client.ts';
import { statisticsKeys } from './statistics-keys.ts';
import { type TransactStep, transactWrite } from './transactions.ts';

export { statisticsKeys };

/** What the aggregates hold of one petition. */
export interface Counted {
  version: number;
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
});

const countedOf = (item: Record<string, unknown>): Counted => ({
  version: Number(item.version),
  ...(item.contribution ? { contribution: item.contribution as Contribution } : {}),
});

export class StatisticsRepository {
  private readonly db: Database;
  constructor(db: Database) {
    this.db = db;
  }

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
            'SET entity = :entity ADD received :received, answered :answered, answeredOnTime :answeredOnTime, reopened :reopened',
          ExpressionAttributeValues: {
            ':entity': 'statistics',
            ':received': delta.counts.received,
            ':answered': delta.counts.answered,
            ':answeredOnTime': delta.counts.answeredOnTime,
            ':reopened': delta.counts.reopened,
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
            Item: { ...this.countedKey(code), entity: 'statistics-counted', ...next },
            ConditionExpression: previous ? 'version = :seen' : 'attribute_not_exists(pk)',
            ...(previous ? { ExpressionAttributeValues: { ':seen': previous.version } } : {}),
          },
        },
        onConditionFailed: () => new ConflictError('entity.conflict'),
      },
      ...this.rowSteps(deltas),
    ];
    await transactWrite(this.db, steps);
  }

  /** A council's rows for one period prefix ("ALL#", "YEAR#2026#", "SESSION#<id>#"; "" for all): one Query (paged past 1 MB). */
  async rows(councilId: string, prefix: string): Promise<AggregateRow[]> {
    const rows: AggregateRow[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.db.doc.send(
        new QueryCommand({
          TableName: this.db.tableName,
          KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
          ExpressionAttributeValues: {
            ':pk': statisticsKeys.pk(councilId),
            ...(prefix ? { ':prefix': prefix } : {}),
          },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of result.Items ?? []) rows.push({ row: String(item.sk), counts: countsOf(item) });
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return rows;
  }
}
