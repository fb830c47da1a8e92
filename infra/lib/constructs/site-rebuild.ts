/**
 * Rebuilds the static site from the live data and publishes it. A CodeBuild project runs
 * the Astro build against the public API, syncs the bucket and invalidates CloudFront.
 *
 * What starts it, and why this way (no code of our own to run or bundle):
 * - an EventBridge Pipe reads the table's stream, lets through only changes to published
 *   content (infra/lib/published-content.ts), and waits up to `batchSeconds` to gather
 *   them into one batch, so a burst of publishing starts one build, not hundreds;
 * - the batch starts a one-step Step Functions workflow that calls StartBuild. The project
 *   runs one build at a time; while one runs, StartBuild is refused and the workflow
 *   retries every two minutes, so a change made during a build still gets its own build
 *   and an older build can never overwrite a newer one;
 * - a daily schedule rebuilds regardless (overdue counts change with the date).
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as pipes from 'aws-cdk-lib/aws-pipes';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as assets from 'aws-cdk-lib/aws-s3-assets';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { IgnoreMode } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { TABLE } from '../../../shared/table.ts';
import { REPOSITORY_ROOT } from '../bundles.ts';
import { acknowledge, nagRef } from '../nag.ts';
import { PUBLISHED_CONTENT_PATTERNS } from '../published-content.ts';
import { siteBuildSpec } from '../site-build-spec.ts';
import { DailySchedule, SCHEDULED_TARGET_RETRIES } from './daily-schedule.ts';

// The build needs the repository's sources, not its outputs or installed packages.
const SOURCE_EXCLUDES = [
  '.git/',
  'node_modules/',
  'dist/',
  'cdk.out/',
  '.local/',
  '.astro/',
  '*.log',
  '/test/',
];

export interface SiteRebuildProps {
  readonly table: dynamodb.ITable;
  readonly bucket: s3.IBucket;
  readonly distribution: cloudfront.IDistribution;
  /** Handed to the build: where to read the data, and the console's PUBLIC_* settings. */
  readonly buildEnvironment: Record<string, string>;
  readonly schedule: string;
  readonly timeZone: string;
  readonly batchSeconds: number;
  readonly logRetention: logs.RetentionDays;
}

export class SiteRebuild extends Construct {
  readonly project: codebuild.Project;
  readonly workflow: sfn.StateMachine;
  readonly pipe: pipes.CfnPipe;

  constructor(scope: Construct, id: string, props: SiteRebuildProps) {
    super(scope, id);
    const source = new assets.Asset(this, 'Source', {
      path: REPOSITORY_ROOT,
      exclude: SOURCE_EXCLUDES,
      ignoreMode: IgnoreMode.GIT,
    });
    this.project = new codebuild.Project(this, 'Build', {
      description: 'Builds the public site from the live data and publishes it',
      source: codebuild.Source.s3({ bucket: source.bucket, path: source.s3ObjectKey }),
      environment: {
        buildImage: codebuild.LinuxArmBuildImage.AMAZON_LINUX_2023_STANDARD_3_0,
        computeType: codebuild.ComputeType.SMALL,
      },
      environmentVariables: Object.fromEntries(
        Object.entries({
          ...props.buildEnvironment,
          SITE_BUCKET: props.bucket.bucketName,
          DISTRIBUTION_ID: props.distribution.distributionId,
        }).map(([name, value]) => [name, { value }]),
      ),
      buildSpec: codebuild.BuildSpec.fromObject(siteBuildSpec()),
      cache: codebuild.Cache.local(codebuild.LocalCacheMode.CUSTOM),
      encryptionKey: new kms.Key(this, 'BuildKey', {
        description: 'Encrypts the site build artifacts and logs',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
      concurrentBuildLimit: 1,
      timeout: Duration.minutes(20),
      logging: {
        cloudWatch: {
          logGroup: new logs.LogGroup(this, 'BuildLogs', {
            retention: props.logRetention,
            removalPolicy: RemovalPolicy.DESTROY,
          }),
        },
      },
    });
    // `aws s3 sync --delete`: list the bucket, put and delete its objects; nothing else.
    this.project.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }),
    );
    this.project.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [props.bucket.arnForObjects('*')],
      }),
    );
    props.distribution.grantCreateInvalidation(this.project);
    this.acknowledgeBuildPermissions(props.bucket, source);

    const startBuild = tasks.CodeBuildStartBuild.jsonPath(this, 'StartBuild', {
      project: this.project,
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    startBuild.addRetry({
      errors: ['CodeBuild.AccountLimitExceededException'],
      interval: Duration.minutes(2),
      maxAttempts: 15,
      backoffRate: 1,
    });
    this.workflow = new sfn.StateMachine(this, 'Workflow', {
      comment: 'Starts one site build when published content changed',
      definitionBody: sfn.DefinitionBody.fromChainable(startBuild),
      timeout: Duration.hours(1),
      logs: {
        destination: new logs.LogGroup(this, 'WorkflowLogs', {
          retention: props.logRetention,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
        level: sfn.LogLevel.ALL,
        includeExecutionData: false,
      },
    });

    acknowledge(
      this.workflow,
      ['AwsSolutions-IAM5[Resource::*]'],
      'CloudWatch Logs delivery actions (logs:CreateLogDelivery and the like) take no resource.',
    );
    acknowledge(
      this.workflow,
      ['AwsSolutions-SF2'],
      'One task that calls StartBuild: the execution history and logs show all there is to trace.',
    );

    this.pipe = this.publishedChangesPipe(props);

    new DailySchedule(this, 'Nightly', {
      description: 'Rebuilds the public site every night',
      expression: props.schedule,
      timeZone: props.timeZone,
      target: (role) =>
        new schedulerTargets.CodeBuildStartBuild(this.project, { role, ...SCHEDULED_TARGET_RETRIES }),
    });
  }

  private acknowledgeBuildPermissions(bucket: s3.IBucket, source: assets.Asset): void {
    const role = this.project.role;
    if (!role) return;
    acknowledge(
      role,
      [`AwsSolutions-IAM5[Resource::${nagRef(bucket, 'Arn')}/*]`],
      'The build replaces the whole site: every object of the site bucket, and no other bucket.',
    );
    acknowledge(
      role,
      [
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
      ],
      `CodeBuild's S3 source: read access to the CDK asset bucket holding the sources (${source.node.id}).`,
    );
    const { region, account } = Stack.of(this);
    const project = nagRef(this.project);
    acknowledge(
      role,
      [
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:${region}:${account}:log-group:/aws/codebuild/${project}:*]`,
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:codebuild:${region}:${account}:report-group/${project}-*]`,
      ],
      "CodeBuild's own grants for its default log group and test reports, limited to this project's names.",
    );
    acknowledge(
      role,
      ['AwsSolutions-IAM5[Action::kms:ReEncrypt*]', 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]'],
      "CodeBuild's grant on the build's own encryption key (and on no other key).",
    );
  }

  private publishedChangesPipe(props: SiteRebuildProps): pipes.CfnPipe {
    const streamArn = props.table.tableStreamArn;
    if (!streamArn) throw new Error('The site rebuild needs the table stream');
    const role = new iam.Role(this, 'PipeRole', {
      assumedBy: new iam.ServicePrincipal('pipes.amazonaws.com'),
      description: 'Reads published-content changes from the table stream and starts the site build',
    });
    props.table.grantStreamRead(role);
    this.workflow.grantStartExecution(role);
    acknowledge(
      role,
      ['AwsSolutions-IAM5[Resource::*]'],
      'dynamodb:ListStreams cannot be limited to a resource; every other stream action is on this table’s stream.',
    );
    return new pipes.CfnPipe(this, 'PublishedChanges', {
      description: 'Published content changed: start one site build per batch',
      roleArn: role.roleArn,
      source: streamArn,
      sourceParameters: {
        filterCriteria: { filters: PUBLISHED_CONTENT_PATTERNS.map((p) => ({ pattern: JSON.stringify(p) })) },
        dynamoDbStreamParameters: {
          startingPosition: 'LATEST',
          batchSize: 100,
          maximumBatchingWindowInSeconds: props.batchSeconds,
          maximumRetryAttempts: 3,
        },
      },
      target: this.workflow.stateMachineArn,
      targetParameters: {
        stepFunctionStateMachineParameters: { invocationType: 'FIRE_AND_FORGET' },
        // Only which key changed: the build reads the data itself, and no image travels on.
        inputTemplate: `{"key": "<$.dynamodb.Keys.${TABLE.sortKey.name}.S>", "change": "<$.eventName>"}`,
      },
    });
  }
}
