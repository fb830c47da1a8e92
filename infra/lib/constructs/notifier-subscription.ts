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
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { petitionKeys } from '../../../functions/lib/data/petition-keys.ts';
import { TABLE } from '../../../shared/table.ts';
import { acknowledge } from '../nag.ts';

/** The Lambda event filter: inserted items whose sort key starts with the event prefix. */
export const TIMELINE_EVENT_INSERTS = lambda.FilterCriteria.filter({
  eventName: lambda.FilterRule.isEqual('INSERT'),
  dynamodb: { Keys: { [TABLE.sortKey.name]: { S: lambda.FilterRule.beginsWith(petitionKeys.eventPrefix) } } },
});

export interface NotifierSubscriptionProps {
  readonly table: dynamodb.ITable;
  readonly notifier: lambda.IFunction;
}

export class NotifierSubscription extends Construct {
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: NotifierSubscriptionProps) {
    super(scope, id);
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The stream keeps records for 24 hours; the queue keeps the pointers to them longest.
      retentionPeriod: Duration.days(14),
    });
    props.notifier.addEventSource(
      new DynamoEventSource(props.table, {
        // From the oldest record kept: a notifier deployed late still sends what is pending.
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        filters: [TIMELINE_EVENT_INSERTS],
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
    acknowledge(
      this.deadLetters,
      ['AwsSolutions-SQS3'],
      'This queue is the dead-letter destination of the notifier’s stream subscription; nothing reads from it automatically.',
    );
    if (props.notifier.role) {
      acknowledge(
        props.notifier.role,
        ['AwsSolutions-IAM5[Resource::*]'],
        'dynamodb:ListStreams cannot be limited to a resource; every other stream action is on this table’s stream.',
      );
    }
  }
}
