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
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { petitionKeys } from '../../../functions/lib/data/petition-keys.ts';
import { TABLE } from '../../../shared/table.ts';
import { acknowledge } from '../nag.ts';

/** The Lambda event filter: any change of an item whose sort key is the petition's. */
export const PETITION_CHANGES = lambda.FilterCriteria.filter({
  dynamodb: { Keys: { [TABLE.sortKey.name]: { S: lambda.FilterRule.isEqual(petitionKeys.petitionSk) } } },
});

export interface StatisticsSubscriptionProps {
  readonly table: dynamodb.ITable;
  readonly aggregator: lambda.IFunction;
}

export class StatisticsSubscription extends Construct {
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: StatisticsSubscriptionProps) {
    super(scope, id);
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    props.aggregator.addEventSource(
      new DynamoEventSource(props.table, {
        // From the oldest record kept: an aggregator deployed after a rebuild counts what came since.
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        filters: [PETITION_CHANGES],
        reportBatchItemFailures: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(12),
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
    acknowledge(
      this.deadLetters,
      ['AwsSolutions-SQS3'],
      'This queue is the dead-letter destination of the statistics aggregator’s stream subscription; nothing reads from it automatically.',
    );
    if (props.aggregator.role) {
      acknowledge(
        props.aggregator.role,
        ['AwsSolutions-IAM5[Resource::*]'],
        'dynamodb:ListStreams cannot be limited to a resource; every other stream action is on this table’s stream.',
      );
    }
  }
}
