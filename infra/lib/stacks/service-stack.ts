/**
 * Everything the service runs for one council's province, in its region: the table, the
 * functions, the two HTTP APIs, staff sign-in, e-mail, schedules, the public site and
 * its rebuilds, and the alarms. Each concern is one construct; this file wires them.
 */
import { CfnOutput, Lazy, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import { SITE_BUILD_ORIGIN_SECRET } from '../../../shared/origin.ts';
import { AttachmentsBucket } from '../constructs/attachments.ts';
import { DailySchedule, SCHEDULED_TARGET_RETRIES } from '../constructs/daily-schedule.ts';
import { FunctionSecrets } from '../constructs/function-secrets.ts';
import { NotificationEmail } from '../constructs/notification-email.ts';
import { NotifierChannels } from '../constructs/notifier-channels.ts';
import { NotifierSubscription } from '../constructs/notifier-subscription.ts';
import { PublicSite } from '../constructs/public-site.ts';
import { SecurityHeaders } from '../constructs/security-headers.ts';
import { ServiceAlarms } from '../constructs/service-alarms.ts';
import { ServiceFunctions } from '../constructs/service-functions.ts';
import { ServiceHttpApi } from '../constructs/service-http-api.ts';
import { ServiceTable } from '../constructs/service-table.ts';
import { SiteRebuild } from '../constructs/site-rebuild.ts';
import { StaffSignIn } from '../constructs/staff-sign-in.ts';
import { StatisticsSubscription } from '../constructs/statistics-subscription.ts';
import { acknowledge, nagRef } from '../nag.ts';
import type { Stage } from '../settings.ts';
import type { EdgeStack } from './edge-stack.ts';

export interface ServiceStackProps extends StackProps {
  readonly stage: Stage;
  readonly edge: EdgeStack;
  /** Where `npm run build:functions` wrote the bundles (dist/functions). */
  readonly bundlesDir: string;
}

/** Headers browsers may send to the APIs (anything else fails the CORS preflight). */
const API_HEADERS = ['Content-Type', 'Accept-Language', 'Idempotency-Key'];

export class ServiceStack extends Stack {
  readonly table: ServiceTable;
  readonly functions: ServiceFunctions;
  readonly publicApi: ServiceHttpApi;
  readonly staffApi: ServiceHttpApi;
  readonly signIn: StaffSignIn;
  readonly notifications: NotifierSubscription;
  readonly statistics: StatisticsSubscription;
  readonly email: NotificationEmail;
  readonly site: PublicSite;
  readonly siteRebuild: SiteRebuild;
  readonly alarms: ServiceAlarms;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const siteOrigin = `https://${stage.siteDomain}`;
    const logRetention = stage.logRetentionDays as logs.RetentionDays;
    const logSettings = {
      logRetention,
      logRemovalPolicy: stage.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    };

    this.table = new ServiceTable(this, 'Data', { retain: stage.retainData });
    this.signIn = new StaffSignIn(this, 'StaffSignIn', {
      domainPrefix: stage.authDomainPrefix,
      callbackUrls: [`${siteOrigin}${stage.consoleSignInPath}`, ...stage.extraConsoleUrls],
      logoutUrls: [`${siteOrigin}${stage.consoleSignOutPath}`, ...stage.extraConsoleUrls],
      retain: stage.retainData,
    });
    this.email = new NotificationEmail(this, 'Email', { domain: stage.emailDomain, sender: stage.sender });
    const secrets = new FunctionSecrets(this, 'Secrets', { retain: stage.retainData });
    this.functions = new ServiceFunctions(this, 'Functions', {
      stage,
      bundlesDir: props.bundlesDir,
      table: this.table.table,
      secrets,
      email: this.email,
      signIn: this.signIn,
      logRetention,
    });

    this.publicApi = new ServiceHttpApi(this, 'PublicApi', {
      apiName: `${this.stackName}-public`,
      handler: this.functions.publicApi.fn,
      siteOrigin,
      allowHeaders: API_HEADERS,
      throttle: stage.apiThrottle,
      ...logSettings,
    });
    acknowledge(
      this.publicApi,
      ['AwsSolutions-APIG4'],
      'Citizens track and submit petitions without an account (DESIGN §2); the API limits each client ' +
        'itself, and the stage is throttled and behind the WAF of the CloudFront distribution.',
    );
    this.staffApi = new ServiceHttpApi(this, 'StaffApi', {
      apiName: `${this.stackName}-staff`,
      handler: this.functions.staffApi.fn,
      siteOrigin,
      allowHeaders: [...API_HEADERS, 'Authorization'],
      // The console saves a report under the file name the API gives it.
      exposeHeaders: ['Content-Disposition'],
      throttle: stage.apiThrottle,
      authorizer: new HttpUserPoolAuthorizer('StaffJwt', this.signIn.userPool, {
        userPoolClients: [this.signIn.consoleClient],
      }),
      ...logSettings,
    });

    this.email.deliverFeedbackTo(this.functions.emailFeedback.fn);
    this.notifications = new NotifierSubscription(this, 'NotifierSubscription', {
      table: this.table.table,
      notifier: this.functions.notifier.fn,
    });
    this.statistics = new StatisticsSubscription(this, 'StatisticsSubscription', {
      table: this.table.table,
      aggregator: this.functions.statistics.fn,
    });
    const channels = new NotifierChannels(this, 'NotifierChannels', {
      stage,
      notifier: this.functions.notifier,
    });
    const deadlines = this.functions.deadlines.fn;
    const reminders = new DailySchedule(this, 'DeadlineReminders', {
      description: 'Reminds agencies and delegates of petitions past their deadline',
      expression: stage.deadlinesSchedule,
      timeZone: stage.timeZone,
      target: (role) => new schedulerTargets.LambdaInvoke(deadlines, { role, ...SCHEDULED_TARGET_RETRIES }),
    });
    acknowledge(
      reminders.role,
      [`AwsSolutions-IAM5[Resource::${nagRef(deadlines, 'Arn')}:*]`],
      'CDK grants invoke on the function and its versions; the schedule invokes only the deadlines function.',
    );

    const publicApiOrigin = `https://${this.publicApi.domainName}`;
    const signInOrigin = `https://${stage.authDomainPrefix}.auth.${this.region}.amazoncognito.com`;
    // The attachments bucket is made below (it logs into the site's log bucket); its origin is
    // known only then. Browsers post uploads to it and the console shows its presigned
    // thumbnails, so the policy names it in connect-src and img-src.
    const bucketOrigin = Lazy.string({
      produce: () => `https://${attachments.bucket.bucketName}.s3.${this.region}.amazonaws.com`,
    });
    const headers = new SecurityHeaders(this, 'SecurityHeaders', {
      connectOrigins: [publicApiOrigin, `https://${this.staffApi.domainName}`, signInOrigin, bucketOrigin],
      formActionOrigins: [signInOrigin],
      imageOrigins: [bucketOrigin],
    });
    this.site = new PublicSite(this, 'Site', {
      domainName: stage.siteDomain,
      certificate: props.edge.certificate,
      webAclArn: props.edge.webAcl.attrArn,
      publicApiDomain: this.publicApi.domainName,
      responseHeadersPolicy: headers.policy,
      originSecret: secrets.originSecret,
    });
    // Attachments (DESIGN §10): the private bucket, its processor, each API's part of it.
    const attachments = new AttachmentsBucket(this, 'Attachments', {
      retain: stage.retainData,
      siteOrigin,
      accessLogs: this.site.logs,
    });
    const { publicApi, staffApi, attachmentProcessor, deadlines: retention } = this.functions;
    for (const fn of [publicApi, staffApi, attachmentProcessor, retention])
      fn.fn.addEnvironment('ATTACHMENTS_BUCKET', attachments.bucket.bucketName);
    attachments.grantApi(publicApi.fn);
    attachments.grantApi(staffApi.fn);
    attachments.connectProcessor(attachmentProcessor.fn);
    attachments.grantRetention(retention.fn);
    attachments.acknowledgeGrants([publicApi, staffApi, attachmentProcessor, retention]);

    this.siteRebuild = new SiteRebuild(this, 'SiteRebuild', {
      table: this.table.table,
      bucket: this.site.bucket,
      distribution: this.site.distribution,
      buildEnvironment: {
        // The build reads the live data here, directly (not through the WAF's per-address
        // rules, which a large council's build would exceed), with the origin secret.
        PUBLIC_API_URL: publicApiOrigin,
        PUBLIC_SITE_URL: siteOrigin,
        PUBLIC_STAFF_API_URL: `https://${this.staffApi.domainName}`,
        PUBLIC_COGNITO_DOMAIN: signInOrigin,
        PUBLIC_COGNITO_CLIENT_ID: this.signIn.consoleClient.userPoolClientId,
        // The site's name and emblem: settings of the deployment, not of the code.
        ...(stage.siteIdentity.name ? { PUBLIC_SITE_NAME: stage.siteIdentity.name } : {}),
        ...(stage.siteIdentity.nameEn ? { PUBLIC_SITE_NAME_EN: stage.siteIdentity.nameEn } : {}),
        ...(stage.siteIdentity.emblem ? { PUBLIC_SITE_EMBLEM: stage.siteIdentity.emblem } : {}),
      },
      buildSecrets: { [SITE_BUILD_ORIGIN_SECRET]: secrets.originSecretResource },
      schedule: stage.siteRebuildSchedule,
      timeZone: stage.timeZone,
      batchSeconds: stage.siteRebuildBatchSeconds,
      logRetention,
    });

    this.alarms = new ServiceAlarms(this, 'Alarms', { email: stage.alarmEmail });
    this.alarms.deadLetters('NotifierDeadLetters', this.notifications.deadLetters);
    this.alarms.serverErrors('PublicApi5xx', this.publicApi.stage);
    this.alarms.serverErrors('StaffApi5xx', this.staffApi.stage);
    for (const [name, fn] of Object.entries(this.functions.all())) this.alarms.functionHealth(name, fn.fn);
    this.alarms.sesBounceRate('SesBounceRate');
    if (channels.smsRefusals) this.alarms.smsRefusals('SmsRefusals', channels.smsRefusals);
    if (stage.sms) this.alarms.smsSpend('SmsMonthlySpend', stage.sms.monthlySpendLimitUsd);

    new CfnOutput(this, 'SiteUrl', { value: siteOrigin });
    new CfnOutput(this, 'DistributionDomain', { value: this.site.distribution.distributionDomainName });
    new CfnOutput(this, 'StaffApiUrl', { value: `https://${this.staffApi.domainName}` });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
  }
}
