/**
 * E-mail and what watches the service: the SES identity and its events, the notifier's
 * stream subscription, the daily reminders, and the alarms.
 */
import { describe, expect, it } from 'vitest';
import { TIMELINE_EVENT_INSERTS } from '../../infra/lib/constructs/notifier-subscription.ts';
import { SES_BOUNCE_RATE_THRESHOLD, SMS_SPEND_WARNING } from '../../infra/lib/constructs/service-alarms.ts';
import type { FunctionFolder } from '../../infra/lib/constructs/service-functions.ts';
import { PETITION_CHANGES } from '../../infra/lib/constructs/statistics-subscription.ts';
import {
  logicalIdOf,
  propertiesOf,
  resourcesOf,
  statementsOf,
  useSynthesizedStages,
} from './support/synthesize.ts';

const { dev } = useSynthesizedStages('notify', 'dev');

const fnId = (folder: FunctionFolder) => logicalIdOf(dev.stacks.service.functions.all()[folder].fn);
const alarms = () =>
  Object.values(resourcesOf(dev.service, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties!);

describe('e-mail', () => {
  it('signs mail for the configured domain with DKIM', () => {
    expect(propertiesOf(dev.service, dev.stacks.service.email.identity)).toMatchObject({
      EmailIdentity: dev.stage.emailDomain,
      DkimAttributes: { SigningEnabled: true },
    });
  });

  it('reports bounces and complaints of the configuration set to a topic', () => {
    const [destination] = Object.values(
      resourcesOf(dev.service, 'AWS::SES::ConfigurationSetEventDestination'),
    );
    expect(destination!.Properties).toMatchObject({
      ConfigurationSetName: { Ref: logicalIdOf(dev.stacks.service.email.configurationSet) },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: logicalIdOf(dev.stacks.service.email.deliveryProblems) } },
      },
    });
  });
});

describe('email feedback', () => {
  it('hands every bounce and complaint on the topic to the email-feedback function', () => {
    const subscriptions = Object.values(resourcesOf(dev.service, 'AWS::SNS::Subscription')).map(
      (r) => r.Properties!,
    );
    expect(subscriptions).toContainEqual(
      expect.objectContaining({
        Protocol: 'lambda',
        TopicArn: { Ref: logicalIdOf(dev.stacks.service.email.deliveryProblems) },
        Endpoint: { 'Fn::GetAtt': [fnId('email-feedback'), 'Arn'] },
      }),
    );
    const invokers = Object.values(resourcesOf(dev.service, 'AWS::Lambda::Permission')).map(
      (r) => r.Properties!,
    );
    expect(invokers).toContainEqual(
      expect.objectContaining({
        Principal: 'sns.amazonaws.com',
        FunctionName: { 'Fn::GetAtt': [fnId('email-feedback'), 'Arn'] },
        SourceArn: { Ref: logicalIdOf(dev.stacks.service.email.deliveryProblems) },
      }),
    );
  });
});

describe('the notifier subscription', () => {
  // Two functions read the stream: the notifier, and the statistics aggregator (below).
  const mappingOf = (folder: string) => {
    const mappings = Object.values(resourcesOf(dev.service, 'AWS::Lambda::EventSourceMapping')).filter(
      (m) =>
        JSON.stringify(m.Properties!.FunctionName) ===
        JSON.stringify({ Ref: fnId(folder as FunctionFolder) }),
    );
    expect(mappings).toHaveLength(1);
    return mappings[0]!.Properties!;
  };
  const mapping = () => mappingOf('notifier');

  it('reads the table stream into the notifier, only for inserted timeline events', () => {
    expect(mapping()).toMatchObject({
      FunctionName: { Ref: fnId('notifier') },
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(dev.stacks.service.table.table), 'StreamArn'] },
    });
    const [filter] = (mapping().FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(JSON.parse(filter!.Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { Keys: { sk: { S: [{ prefix: 'PUB#EVENT#' }] } } },
    });
    expect(TIMELINE_EVENT_INSERTS.pattern).toBe(filter!.Pattern);
  });

  it('retries failed records on their own a bounded number of times, then parks them in a queue', () => {
    expect(mapping()).toMatchObject({
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      DestinationConfig: {
        OnFailure: {
          Destination: { 'Fn::GetAtt': [logicalIdOf(dev.stacks.service.notifications.deadLetters), 'Arn'] },
        },
      },
    });
    expect(mapping().MaximumRetryAttempts).toBeGreaterThan(0);
    expect(mapping().MaximumRetryAttempts).toBeLessThanOrEqual(10);
  });
});

describe('the statistics subscription', () => {
  const mapping = () => {
    const mappings = Object.values(resourcesOf(dev.service, 'AWS::Lambda::EventSourceMapping')).filter(
      (m) => JSON.stringify(m.Properties!.FunctionName) === JSON.stringify({ Ref: fnId('statistics') }),
    );
    expect(mappings).toHaveLength(1);
    return mappings[0]!.Properties!;
  };

  it('reads the table stream into the aggregator, only for changes of petition items, in order', () => {
    expect(mapping()).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(dev.stacks.service.table.table), 'StreamArn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: {
        OnFailure: {
          Destination: { 'Fn::GetAtt': [logicalIdOf(dev.stacks.service.statistics.deadLetters), 'Arn'] },
        },
      },
    });
    const [filter] = (mapping().FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(JSON.parse(filter!.Pattern)).toEqual({ dynamodb: { Keys: { sk: { S: ['PUB#PETITION'] } } } });
    expect(PETITION_CHANGES.pattern).toBe(filter!.Pattern);
    // Bisection would count a later change before an earlier one failed: records stay in order.
    expect(mapping().BisectBatchOnFunctionError).toBeUndefined();
  });
});

describe('the deadline reminders', () => {
  it('invoke the deadlines function daily in the council’s time zone, with bounded retries', () => {
    const schedule = Object.values(resourcesOf(dev.service, 'AWS::Scheduler::Schedule'))
      .map((s) => s.Properties!)
      .find((s) => JSON.stringify(s.Target).includes(fnId('deadlines')));
    expect(schedule).toMatchObject({
      ScheduleExpression: dev.stage.deadlinesSchedule,
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      State: 'ENABLED',
      Target: { RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 } },
    });
    expect(dev.stage.deadlinesSchedule).toMatch(/^cron\(\d+ \d+ \* \* \? \*\)$/);
  });
});

describe('alarms', () => {
  const alarmOn = (metricName: string, dimension: string) =>
    alarms().filter((a) => a.MetricName === metricName && JSON.stringify(a.Dimensions).includes(dimension));

  it('fire as soon as a message waits in the dead-letter queue', () => {
    const queue = logicalIdOf(dev.stacks.service.notifications.deadLetters);
    expect(alarmOn('ApproximateNumberOfMessagesVisible', queue)).toEqual([
      expect.objectContaining({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' }),
    ]);
  });

  it('watch the 5xx rate of both APIs', () => {
    for (const api of [dev.stacks.service.publicApi, dev.stacks.service.staffApi]) {
      const rate = alarms().filter(
        (a) =>
          JSON.stringify(a.Metrics ?? []).includes(`"MetricName":"5xx"`) &&
          JSON.stringify(a.Metrics).includes(logicalIdOf(api.api)),
      );
      expect(rate).toHaveLength(1);
    }
  });

  it('watch every function for errors and throttles', () => {
    for (const folder of Object.keys(dev.stacks.service.functions.all()) as FunctionFolder[]) {
      expect(alarmOn('Errors', fnId(folder)), folder).toHaveLength(1);
      expect(alarmOn('Throttles', fnId(folder)), folder).toHaveLength(1);
    }
  });

  it('watch the SES bounce rate below the level where AWS reviews the account', () => {
    const bounce = alarms().filter(
      (a) => a.Namespace === 'AWS/SES' && a.MetricName === 'Reputation.BounceRate',
    );
    expect(bounce).toEqual([expect.objectContaining({ Threshold: SES_BOUNCE_RATE_THRESHOLD })]);
    expect(SES_BOUNCE_RATE_THRESHOLD).toBeLessThan(0.05);
  });

  it('all notify the operators’ topic', () => {
    const topic = { Ref: logicalIdOf(dev.stacks.service.alarms.topic) };
    for (const alarm of alarms()) expect(alarm.AlarmActions).toEqual([topic]);
    dev.service.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: dev.stage.alarmEmail,
    });
  });
});

describe('SMS and Zalo', () => {
  const notifier = () => dev.stacks.service.functions.notifier.fn;
  const statements = () => statementsOf(dev.service, notifier().role!);

  it('let the notifier send text messages from the stage’s sender id and configuration set only', () => {
    const sms = statements().filter((s) => JSON.stringify(s.Action).includes('sms-voice'));
    expect(sms).toHaveLength(1);
    expect(sms[0]!.Action).toBe('sms-voice:SendTextMessage');
    const resources = JSON.stringify(sms[0]!.Resource);
    expect(resources).toContain(dev.stage.sms!.originationIdentityArn);
    expect(resources).toContain(`configuration-set/${dev.stage.sms!.configurationSetName}`);
    expect(resources).not.toContain('"*"');
  });

  it('let the notifier read and write the one Zalo secret', () => {
    const secrets = resourcesOf(dev.service, 'AWS::SecretsManager::Secret');
    const zalo = Object.entries(secrets).filter(([, s]) =>
      String(s.Properties?.Description ?? '').startsWith('Zalo OA'),
    );
    expect(zalo).toHaveLength(1);
    const [zaloId] = zalo[0]!;
    const onSecrets = statements().filter((s) => JSON.stringify(s.Action).includes('secretsmanager:'));
    const actions = onSecrets.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining(['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue']),
    );
    for (const s of onSecrets.filter((x) => JSON.stringify(x.Action).includes('PutSecretValue')))
      expect(JSON.stringify(s.Resource)).toContain(zaloId);
  });

  it('watch SMS refusals and the month’s SMS spend against its limit', () => {
    const spend = alarms().filter(
      (a) => a.Namespace === 'AWS/SMSVoice' && a.MetricName === 'TextMessageMonthlySpend',
    );
    expect(spend).toEqual([
      expect.objectContaining({ Threshold: dev.stage.sms!.monthlySpendLimitUsd * SMS_SPEND_WARNING }),
    ]);
    expect(alarms().filter((a) => a.MetricName === 'SmsRefused')).toHaveLength(1);
  });
});
