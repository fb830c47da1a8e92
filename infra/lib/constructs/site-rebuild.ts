/**
 * Rebuilds the static site from the live data and publishes it (SiteBuildProject runs the
 * build).
 *
 * What starts it, and why this way (no code of our own to run or bundle):
 * - an EventBridge Pipe reads the table's stream, lets through only changes to published
 *   content (infra/lib/published-content.ts), and waits up to `batchSeconds` to gather
 *   them into one batch, so a burst of publishing starts one build, not hundreds;
 * - the batch starts a Step Functions workflow that first writes the batch (each change's keys,
 *   shared/published-changes.ts) to the state bucket's `changes/` folder, so the build reads
 *   only the results the changes name (site/src/lib/result-snapshot.ts), then calls StartBuild with
 *   SITE_PUBLISH=incremental: the build draws and uploads only the pages the changes touched
 *   (site/incremental-publish.ts, its digests in the build's state bucket). The project
 *   runs one build at a time; while one runs, StartBuild is refused and the workflow
 *   retries every two minutes, so a change made during a build still gets its own build
 *   and an older build can never overwrite a newer one;
 * - a daily schedule rebuilds regardless, in full (the project's default): every page drawn
 *   and the bucket synced with --delete, the safety net (overdue counts change with the date).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as pipes from 'aws-cdk-lib/aws-pipes';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { CHANGES_FOLDER, publishedChangeTemplate } from '../../../shared/published-changes.ts';
import { acknowledge, nagRef } from '../nag.ts';
import { PUBLISHED_CONTENT_PATTERNS } from '../published-content.ts';
import { SITE_PUBLISH_VARIABLE } from '../site-build-spec.ts';
import { DailySchedule, SCHEDULED_TARGET_RETRIES } from './daily-schedule.ts';
import { SiteBuildProject } from './site-build-project.ts';

export interface SiteRebuildProps {
  readonly table: dynamodb.ITable;
  readonly bucket: s3.IBucket;
  readonly distribution: cloudfront.IDistribution;
  /** Handed to the build: where to read the data, and the console's PUBLIC_* settings. */
  readonly buildEnvironment: Record<string, string>;
  readonly buildSecrets?: Record<string, secretsmanager.ISecret>;
  readonly schedule: string;
  readonly timeZone: string;
  readonly batchSeconds: number;
  readonly logRetention: logs.RetentionDays;
}

export class SiteRebuild extends Construct {
  readonly project: codebuild.Project;
  /** The incremental publication's digests (SiteBuildProject). */
  readonly state: s3.IBucket;
  readonly workflow: sfn.StateMachine;
  readonly pipe: pipes.CfnPipe;

  constructor(scope: Construct, id: string, props: SiteRebuildProps) {
    super(scope, id);
    const build = new SiteBuildProject(this, 'Build', props);
    this.project = build.project;
    this.state = build.state;

    const startBuild = tasks.CodeBuildStartBuild.jsonPath(this, 'StartBuild', {
      project: this.project,
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      // From the stream: only the pages the changes touched (infra/lib/site-build-spec.ts).
      environmentVariablesOverride: {
        [SITE_PUBLISH_VARIABLE]: {
          type: codebuild.BuildEnvironmentVariableType.PLAINTEXT,
          value: 'incremental',
        },
      },
    });
    startBuild.addRetry({
      errors: ['CodeBuild.AccountLimitExceededException'],
      interval: Duration.minutes(2),
      maxAttempts: 15,
      backoffRate: 1,
    });
    // The batch first, so the build it starts (or the one after, if one runs) reads it.
    const recordChanges = tasks.CallAwsService.jsonPath(this, 'RecordChanges', {
      service: 's3',
      action: 'putObject',
      parameters: {
        Bucket: this.state.bucketName,
        Key: sfn.JsonPath.format(`${CHANGES_FOLDER}/{}.json`, sfn.JsonPath.executionName),
        Body: sfn.JsonPath.jsonToString(sfn.JsonPath.entirePayload),
        ContentType: 'application/json',
      },
      iamResources: [this.state.arnForObjects(`${CHANGES_FOLDER}/*`)],
      resultPath: sfn.JsonPath.DISCARD,
    });
    this.workflow = new sfn.StateMachine(this, 'Workflow', {
      comment: 'Records the changes, then starts one site build, when published content changed',
      definitionBody: sfn.DefinitionBody.fromChainable(recordChanges.next(startBuild)),
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
      [`AwsSolutions-IAM5[Resource::${nagRef(this.state, 'Arn')}/${CHANGES_FOLDER}/*]`],
      'The workflow writes each batch of changes as its own file under changes/ in the state bucket, and nothing else.',
    );
    acknowledge(
      this.workflow,
      ['AwsSolutions-IAM5[Resource::*]'],
      'CloudWatch Logs delivery actions (logs:CreateLogDelivery and the like) take no resource.',
    );
    acknowledge(
      this.workflow,
      ['AwsSolutions-SF2'],
      'Two tasks (write the batch, call StartBuild): the execution history and logs show all there is to trace.',
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
        // Only which keys changed: the build reads the data itself, and no image travels on.
        inputTemplate: publishedChangeTemplate(),
      },
    });
  }
}
