/**
 * The statistics aggregator reads the table's stream, but only petition items (`PUB#PETITION`
 * in a petition's partition): each change of one moves its council's aggregates
 * (functions/statistics). Records are handled in order; a failing one is retried with those
 * after it, a bounded number of times, then its position goes to a dead-letter queue, and the
 * aggregates are repaired by `npm run stats:rebuild`.
 */
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { petitionKeys } from '../../../functions/lib/data/petition-keys.ts';
import { sortKeyFilter, TableStreamSubscription } from './table-stream-subscription.ts';

/** The Lambda event filter: any change of an item whose sort key is the petition's. */
export const PETITION_CHANGES = sortKeyFilter(lambda.FilterRule.isEqual(petitionKeys.petitionSk));

export interface StatisticsSubscriptionProps {
  readonly table: dynamodb.ITable;
  readonly aggregator: lambda.IFunction;
}

export class StatisticsSubscription extends TableStreamSubscription {
  constructor(scope: Construct, id: string, props: StatisticsSubscriptionProps) {
    super(scope, id, {
      table: props.table,
      consumer: props.aggregator,
      consumerName: 'statistics aggregator',
      delivery: {
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        filters: [PETITION_CHANGES],
        retryAttempts: 10,
        maxRecordAge: Duration.hours(12),
      },
    });
  }
}
