/**
 * A function reading the table's stream, as the notifier and the statistics aggregator do:
 * from the oldest record kept, only the items its filter lets through, each failing record
 * reported on its own (batch item failures) and retried a bounded number of times, then its
 * position in the stream sent to a dead-letter queue, where the alarm sees it.
 */
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, type DynamoEventSourceProps, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE } from '../../../shared/table.ts';
import { acknowledge } from '../nag.ts';

/** A Lambda event filter on the records whose item's sort key passes `sortKey` (and `also`, when given). */
export function sortKeyFilter(
  sortKey: unknown,
  also: Record<string, unknown> = {},
): ReturnType<typeof lambda.FilterCriteria.filter> {
  return lambda.FilterCriteria.filter({
    ...also,
    dynamodb: { Keys: { [TABLE.sortKey.name]: { S: sortKey } } },
  });
}

export interface TableStreamSubscriptionProps {
  readonly table: dynamodb.ITable;
  readonly consumer: lambda.IFunction;
  /** The consumer as the acknowledgements name it ("notifier", "statistics aggregator"). */
  readonly consumerName: string;
  /** How records are batched, filtered and retried: the consumer's own trade-offs. */
  readonly delivery: Pick<
    DynamoEventSourceProps,
    'batchSize' | 'maxBatchingWindow' | 'filters' | 'bisectBatchOnError' | 'retryAttempts' | 'maxRecordAge'
  >;
}

export class TableStreamSubscription extends Construct {
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: TableStreamSubscriptionProps) {
    super(scope, id);
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The stream keeps records for 24 hours; the queue keeps the pointers to them longest.
      retentionPeriod: Duration.days(14),
    });
    props.consumer.addEventSource(
      new DynamoEventSource(props.table, {
        // From the oldest record kept: a consumer deployed late still handles what is pending.
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        reportBatchItemFailures: true,
        ...props.delivery,
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
    acknowledge(
      this.deadLetters,
      ['AwsSolutions-SQS3'],
      `This queue is the dead-letter destination of the ${props.consumerName}’s stream subscription; nothing reads from it automatically.`,
    );
    if (props.consumer.role) {
      acknowledge(
        props.consumer.role,
        ['AwsSolutions-IAM5[Resource::*]'],
        'dynamodb:ListStreams cannot be limited to a resource; every other stream action is on this table’s stream.',
      );
    }
  }
}
