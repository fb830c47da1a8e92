/**
 * What the notifier needs for SMS and Zalo (DESIGN §10): leave to send text messages from
 * the stage's registered sender id only, through its configuration set; the one Secrets
 * Manager secret holding the Zalo OA's OAuth credentials, which it reads and writes back
 * (Zalo rotates the refresh token on every refresh); and a metric of SMS refused for good,
 * counted from the notifier's own log lines (which carry the channel, never the number).
 */
import { Stack } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import type { Stage } from '../settings.ts';
import type { ServiceFunction } from './service-function.ts';

export interface NotifierChannelsProps {
  readonly stage: Stage;
  readonly notifier: ServiceFunction;
}

export class NotifierChannels extends Construct {
  readonly zaloSecret?: secretsmanager.Secret;
  readonly smsRefusals?: cloudwatch.Metric;

  constructor(scope: Construct, id: string, props: NotifierChannelsProps) {
    super(scope, id);
    const { stage, notifier } = props;
    const fn = notifier.fn;

    if (stage.sms) {
      const configurationSet = Stack.of(this).formatArn({
        service: 'sms-voice',
        resource: 'configuration-set',
        resourceName: stage.sms.configurationSetName,
      });
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['sms-voice:SendTextMessage'],
          resources: [stage.sms.originationIdentityArn, configurationSet],
        }),
      );
      fn.addEnvironment('SMS_ORIGINATION_IDENTITY', stage.sms.originationIdentityArn);
      fn.addEnvironment('SMS_CONFIGURATION_SET', stage.sms.configurationSetName);
      const filter = new logs.MetricFilter(this, 'SmsRefusals', {
        logGroup: notifier.logGroup,
        filterPattern: logs.FilterPattern.all(
          logs.FilterPattern.stringValue('$.message', '=', 'notifier: delivery refused for good'),
          logs.FilterPattern.stringValue('$.channel', '=', 'sms'),
        ),
        metricNamespace: `Hdnd/${stage.name}`,
        metricName: 'SmsRefused',
        metricValue: '1',
      });
      this.smsRefusals = filter.metric({ statistic: 'Sum' });
    }

    if (stage.zalo?.enabled) {
      // Filled in by an operator after authorising the OA: {"appId","secretKey","refreshToken"}.
      this.zaloSecret = new secretsmanager.Secret(this, 'ZaloCredentials', {
        description: `Zalo OA OAuth credentials of the notifier (${stage.name}); the notifier rotates the tokens`,
      });
      this.zaloSecret.grantRead(fn);
      this.zaloSecret.grantWrite(fn);
      fn.addEnvironment('ZALO_SECRET_ID', this.zaloSecret.secretArn);
      acknowledge(
        this.zaloSecret,
        ['AwsSolutions-SMG4'],
        'Zalo rotates this refresh token itself on every use and the notifier writes each new one back; a Secrets Manager rotation would spend it.',
      );
    }
  }
}
