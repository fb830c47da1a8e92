/**
 * "Is it resolved?" (the citizen's check of an answer promised by a date):
 *   pk PETITION#<code>                  sk SYSTEM#RESOLUTION#ASKED#<answer>   the question was sent (once per answer)
 *                                       sk SYSTEM#RESOLUTION#REPLY#<answer>   the submitter's reply (once per answer)
 *   pk STATS#<council>#CITIZEN_RESOLUTIONS  sk <year>                       { confirmed, notResolved } counters
 *   gsi10 COUNCIL#<council>#RESOLVE_BY / <resolve by>#<code>                the petitions to ask about, by date
 * Its own counters, apart from the statistics' aggregates, so that they merge cleanly.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { GoneError } from '../../../shared/errors.ts';
import { claimOnce } from './claim-once.ts';
import { petitionKeys } from './petition-keys.ts';
import { queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';
import { resolvedCheckStatsKeys } from './resolved-check-keys.ts';
import type { TransactStep } from './transactions.ts';

export interface CitizenResolutionCounts {
  confirmed: number;
  notResolved: number;
}

export class ResolvedCheckRepository extends TableRepository {
  /** Codes of the council's petitions promised "resolved by" a date in [from, to] (calendar dates). */
  async promisedBetween(councilId: string, from: string, to: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      IndexName: 'gsi10',
      KeyConditionExpression: 'gsi10pk = :pk AND gsi10sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': petitionKeys.councilResolveBy(councilId),
        ':from': from,
        ':to': `${to}~`,
      },
      ProjectionExpression: 'gsi10sk',
    });
    // The code from the index's own sort key: whatever the index projects, its keys are there.
    return items.map((item) => String(item.gsi10sk).split('#')[1]!);
  }

  /** True once per answer: the question may be sent now. */
  async claimAsked(code: string, answeredAt: string, now: Date): Promise<boolean> {
    return claimOnce(this.db, {
      pk: petitionKeys.pk(code),
      sk: petitionKeys.resolutionAskedSk(answeredAt),
      entity: 'resolved-asked',
      at: now.toISOString(),
    });
  }

  /** A question that could not be sent: the next run asks again (marked, not deleted). */
  async releaseAsked(code: string, answeredAt: string): Promise<void> {
    await this.db.doc.send(
      new PutCommand({
        TableName: this.db.tableName,
        Item: {
          pk: petitionKeys.pk(code),
          sk: petitionKeys.resolutionAskedSk(answeredAt),
          entity: 'resolved-asked',
          released: true,
        },
      }),
    );
  }

  /** The reply and its count, for a transaction: a second reply for the same answer is 410. */
  replySteps(
    code: string,
    councilId: string,
    answeredAt: string,
    resolved: boolean,
    now: Date,
  ): TransactStep[] {
    const year = String(now.getUTCFullYear());
    return [
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: {
              pk: petitionKeys.pk(code),
              sk: petitionKeys.resolutionReplySk(answeredAt),
              entity: 'resolved-reply',
              resolved,
              at: now.toISOString(),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new GoneError('resolvedCheck.answered'),
      },
      {
        item: {
          Update: {
            TableName: this.db.tableName,
            Key: { pk: resolvedCheckStatsKeys.pk(councilId), sk: resolvedCheckStatsKeys.sk(year) },
            UpdateExpression: 'ADD #counter :one SET entity = :entity',
            ExpressionAttributeNames: { '#counter': resolved ? 'confirmed' : 'notResolved' },
            ExpressionAttributeValues: { ':one': 1, ':entity': 'citizen-resolutions' },
          },
        },
      },
    ];
  }

  async reply(code: string, answeredAt: string): Promise<{ resolved: boolean } | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: petitionKeys.pk(code), sk: petitionKeys.resolutionReplySk(answeredAt) },
      }),
    );
    return Item ? { resolved: Boolean(Item.resolved) } : undefined;
  }

  async counts(councilId: string, year: string): Promise<CitizenResolutionCounts> {
    const { Item } = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: { pk: resolvedCheckStatsKeys.pk(councilId), sk: resolvedCheckStatsKeys.sk(year) },
      }),
    );
    return { confirmed: Number(Item?.confirmed ?? 0), notResolved: Number(Item?.notResolved ?? 0) };
  }
}
