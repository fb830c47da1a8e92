/**
 * The service's Lambda functions — one per folder of functions/ — with the configuration
 * each reads (functions/lib/config.ts and their own schemas) and the least each may do.
 * Every folder with a handler.ts must appear here; the infra tests hold the two lists equal.
 */

import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SHARP_LAYER_FOLDER } from '../bundles.ts';
import type { Stage } from '../settings.ts';
import {
  grantBackgroundAccess,
  grantFeedbackAccess,
  grantPublicApiAccess,
  grantSearchIndexAccess,
  grantStaffApiAccess,
  grantUploadAccess,
} from '../table-access.ts';
import type { FunctionSecrets } from './function-secrets.ts';
import type { NotificationEmail } from './notification-email.ts';
import { ServiceFunction, type ServiceFunctionProps } from './service-function.ts';
import type { StaffSignIn } from './staff-sign-in.ts';

/** functions/<folder> → what it is. */
export const DEPLOYED_FUNCTIONS = {
  'public-api': 'Public API: petitions, tracking, meetings and published results',
  'staff-api': 'Staff API: triage, routing, answers, meetings, reports',
  notifier: 'Notifies submitters of timeline events (table stream)',
  deadlines: 'Daily reminders for petitions past their deadline',
  'email-feedback': 'Suppresses addresses SES reports as bounced for good or complained (SNS)',
  'attachment-processor': 'Checks, strips and re-encodes uploaded attachments (S3 events on quarantine/)',
  statistics: 'Keeps the published statistics aggregates as petitions change (table stream)',
} as const;
export type FunctionFolder = keyof typeof DEPLOYED_FUNCTIONS;

export interface ServiceFunctionsProps {
  readonly stage: Stage;
  readonly bundlesDir: string;
  readonly table: dynamodb.ITable;
  readonly secrets: FunctionSecrets;
  readonly email: NotificationEmail;
  readonly signIn: StaffSignIn;
  readonly logRetention: logs.RetentionDays;
}

export class ServiceFunctions extends Construct {
  readonly publicApi: ServiceFunction;
  readonly staffApi: ServiceFunction;
  readonly notifier: ServiceFunction;
  readonly deadlines: ServiceFunction;
  readonly emailFeedback: ServiceFunction;
  readonly attachmentProcessor: ServiceFunction;
  readonly statistics: ServiceFunction;

  constructor(scope: Construct, id: string, props: ServiceFunctionsProps) {
    super(scope, id);
    const { stage, table, email, signIn, secrets } = props;
    const siteOrigin = `https://${stage.siteDomain}`;
    const sesSettings = {
      SES_SENDER: email.sender,
      SES_CONFIGURATION_SET: email.configurationSet.configurationSetName,
    };
    const make = (
      construct: string,
      bundle: FunctionFolder,
      environment: Record<string, string>,
      sizing: Pick<ServiceFunctionProps, 'memorySize' | 'timeout' | 'architecture' | 'layers'> = {},
    ) =>
      new ServiceFunction(this, construct, {
        bundle,
        bundlesDir: props.bundlesDir,
        description: DEPLOYED_FUNCTIONS[bundle],
        // Each function gets what its own configuration schema reads, and no other secret.
        environment: { TABLE_NAME: table.tableName, ...environment },
        logRetention: props.logRetention,
        logRemovalPolicy: stage.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        ...sizing,
      });

    // functions/lib/config.ts
    this.publicApi = make('PublicApi', 'public-api', {
      PUBLIC_SITE_URL: siteOrigin,
      RATE_LIMIT_SALT: secrets.rateLimitSalt,
      FEEDBACK_TOKEN_SECRET: secrets.feedbackTokenSecret,
      ORIGIN_SECRET: secrets.originSecret,
      SUBMIT_RATE_LIMIT: String(stage.submitRateLimit),
      SUBMIT_RATE_WINDOW_SECONDS: String(stage.submitRateWindowSeconds),
    });
    // functions/staff-api/config.ts; reports read a whole round of meetings.
    this.staffApi = make(
      'StaffApi',
      'staff-api',
      {
        STAFF_JWKS_URL: signIn.jwksUrl,
        STAFF_JWT_ISSUER: signIn.issuer,
        STAFF_JWT_AUDIENCE: signIn.consoleClient.userPoolClientId,
        STAFF_CONSOLE_ORIGIN: siteOrigin,
      },
      { timeout: Duration.seconds(29) },
    );
    // functions/notifier/config.ts; SES sends are retried with backoff inside one invocation,
    // and a claimed delivery must outlive the invocation that claimed it.
    const notifierTimeout = Duration.minutes(1);
    this.notifier = make(
      'Notifier',
      'notifier',
      {
        PUBLIC_SITE_URL: siteOrigin,
        // The console is served by the site, under /quan-ly/ (as the reminders' link assumes).
        STAFF_CONSOLE_URL: siteOrigin,
        FEEDBACK_TOKEN_SECRET: secrets.feedbackTokenSecret,
        NOTIFY_LEASE_SECONDS: String(notifierTimeout.toSeconds() * 2),
        RECIPIENT_HASH_SALT: secrets.recipientHashSalt,
        ...sesSettings,
      },
      { timeout: notifierTimeout },
    );
    // functions/deadlines/config.ts; the site and the link key of the "is it resolved?" question.
    this.deadlines = make(
      'Deadlines',
      'deadlines',
      {
        STAFF_CONSOLE_URL: siteOrigin,
        PUBLIC_SITE_URL: siteOrigin,
        FEEDBACK_TOKEN_SECRET: secrets.feedbackTokenSecret,
        ...sesSettings,
      },
      { timeout: Duration.minutes(5) },
    );

    // functions/email-feedback/config.ts; one small write per SNS message.
    this.emailFeedback = make(
      'EmailFeedback',
      'email-feedback',
      { RECIPIENT_HASH_SALT: secrets.recipientHashSalt },
      { memorySize: 256 },
    );

    // functions/attachment-processor/config.ts (ATTACHMENTS_BUCKET is added with the bucket):
    // sharp's libvips is native, loaded from a layer of the x86_64 build the project installs;
    // memory buys the CPU a 10 MB photo's re-encoding needs.
    this.attachmentProcessor = make(
      'AttachmentProcessor',
      'attachment-processor',
      {},
      {
        memorySize: 1536,
        timeout: Duration.minutes(1),
        architecture: lambda.Architecture.X86_64,
        layers: [
          new lambda.LayerVersion(this, 'SharpLayer', {
            description: 'sharp with libvips (linux x64), for the attachment processor only',
            code: lambda.Code.fromAsset(join(props.bundlesDir, SHARP_LAYER_FOLDER)),
            compatibleArchitectures: [lambda.Architecture.X86_64],
            compatibleRuntimes: [lambda.Runtime.NODEJS_24_X],
          }),
        ],
      },
    );
    grantUploadAccess(table, this.attachmentProcessor.fn);
    // functions/statistics/config.ts; a batch of petition changes, a few small transactions each.
    this.statistics = make('Statistics', 'statistics', {}, { timeout: Duration.minutes(1) });

    grantPublicApiAccess(table, this.publicApi.fn);
    grantStaffApiAccess(table, this.staffApi.fn);
    grantBackgroundAccess(table, this.notifier.fn);
    grantBackgroundAccess(table, this.deadlines.fn);
    grantFeedbackAccess(table, this.emailFeedback.fn);
    grantBackgroundAccess(table, this.statistics.fn);
    grantSearchIndexAccess(table, this.statistics.fn);
    email.grantSend(this.notifier.fn);
    email.grantSend(this.deadlines.fn);
  }

  all(): Record<FunctionFolder, ServiceFunction> {
    return {
      'public-api': this.publicApi,
      'staff-api': this.staffApi,
      notifier: this.notifier,
      deadlines: this.deadlines,
      'email-feedback': this.emailFeedback,
      'attachment-processor': this.attachmentProcessor,
      statistics: this.statistics,
    };
  }
}
