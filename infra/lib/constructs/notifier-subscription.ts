/**
 * The notifier reads the table's stream, but only new timeline events: an event item
 * (`PUB#EVENT#…` in a petition's partition) is written once per step of a petition, and
 * each is what a submitter may be told about. A failing record is retried on its own
 * (batch item failures, bisection) a bounded number of times; then its position in the
 * stream goes to a dead-letter queue, where the alarm sees it.
 */
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { petitionKeys } from '../../../functions/lib/data/petition-keys.ts';
import { sortKeyFilter, TableStreamSubscription } from './table-stream-subscription.ts';

/** The Lambda event filter: inserted items whose sort key starts with the event prefix. */
export const TIMELINE_EVENT_INSERTS = sortKeyFilter(lambda.FilterRule.beginsWith(petitionKeys.eventPrefix), {
  eventName: lambda.FilterRule.isEqual('INSERT'),
});

export interface NotifierSubscriptionProps {
  readonly table: dynamodb.ITable;
  readonly notifier: lambda.IFunction;
}

export class NotifierSubscription extends TableStreamSubscription {
  constructor(scope: Construct, id: string, props: NotifierSubscriptionProps) {
    super(scope, id, {
      table: props.table,
      consumer: props.notifier,
      consumerName: 'notifier',
      delivery: {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        filters: [TIMELINE_EVENT_INSERTS],
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
      },
    });
  }
}
