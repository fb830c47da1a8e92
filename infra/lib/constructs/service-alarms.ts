/**
 * The alarms someone must act on, all sent to one topic (mailed to the operators):
 * a notification that could not be delivered (dead-letter queue), server errors from
 * an API, a function failing or throttled, and an SES bounce rate that would put the
 * council's sending at risk (AWS reviews an account at 5 %, so we warn at 3 %).
 */
import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export const SES_BOUNCE_RATE_THRESHOLD = 0.03;
/** The share of the monthly SMS spend limit at which operators are warned. */
export const SMS_SPEND_WARNING = 0.8;

export interface ServiceAlarmsProps {
  readonly email: string;
}

export class ServiceAlarms extends Construct {
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Service alarms', enforceSSL: true });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
  }

  private add(id: string, alarm: cloudwatch.AlarmProps): cloudwatch.Alarm {
    const created = new cloudwatch.Alarm(this, id, {
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      ...alarm,
    });
    created.addAlarmAction(new actions.SnsAction(this.topic));
    return created;
  }

  deadLetters(id: string, queue: sqs.IQueue): void {
    this.add(id, {
      alarmDescription: `Undelivered work is waiting in ${id}: read it and replay it`,
      metric: queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
    });
  }

  serverErrors(id: string, stage: apigw.IHttpStage): void {
    this.add(id, {
      alarmDescription: `${id}: more than 1 % of requests answered 5xx`,
      metric: new cloudwatch.MathExpression({
        expression: 'IF(requests > 20, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: stage.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
          requests: stage.metricCount({ period: Duration.minutes(5), statistic: 'SampleCount' }),
        },
        period: Duration.minutes(5),
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 2,
    });
  }

  functionHealth(id: string, fn: lambda.IFunction): void {
    this.add(`${id}Errors`, {
      alarmDescription: `${id} failed`,
      metric: fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
    });
    this.add(`${id}Throttles`, {
      alarmDescription: `${id} was throttled`,
      metric: fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
    });
  }

  sesBounceRate(id: string): void {
    this.add(id, {
      alarmDescription: 'SES bounce rate is high: check the addresses being mailed',
      metric: new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName: 'Reputation.BounceRate',
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      threshold: SES_BOUNCE_RATE_THRESHOLD,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    });
  }

  /** SMS refused for good (invalid or opted-out numbers, quota) more than now and then. */
  smsRefusals(id: string, refusals: cloudwatch.IMetric): void {
    this.add(id, {
      alarmDescription: 'Text messages are being refused: check the sender id, the quota and the numbers',
      metric: refusals,
      threshold: 10,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    });
  }

  /** End User Messaging SMS's month-to-date text spend, near the account's monthly limit. */
  smsSpend(id: string, monthlyLimitUsd: number): void {
    this.add(id, {
      alarmDescription: `SMS spend this month passed ${SMS_SPEND_WARNING * 100}% of the ${monthlyLimitUsd} USD limit`,
      metric: new cloudwatch.Metric({
        namespace: 'AWS/SMSVoice',
        metricName: 'TextMessageMonthlySpend',
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      threshold: monthlyLimitUsd * SMS_SPEND_WARNING,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    });
  }
}
