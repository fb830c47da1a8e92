/**
 * The CodeBuild project that builds the public site from the repository's sources and the
 * live data (infra/lib/site-build-spec.ts), and publishes it: it may replace the site
 * bucket's objects and invalidate the distribution, and nothing else of ours.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as assets from 'aws-cdk-lib/aws-s3-assets';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { IgnoreMode } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { REPOSITORY_ROOT } from '../bundles.ts';
import { acknowledge, nagRef } from '../nag.ts';
import { SITE_STATE_BUCKET_VARIABLE, siteBuildSpec } from '../site-build-spec.ts';
import { privateBucket } from './private-bucket.ts';

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

export interface SiteBuildProjectProps {
  readonly bucket: s3.IBucket;
  readonly distribution: cloudfront.IDistribution;
  /** Handed to the build: where to read the data, and the console's PUBLIC_* settings. */
  readonly buildEnvironment: Record<string, string>;
  /** Variable name → Secrets Manager secret, read by CodeBuild when a build starts. */
  readonly buildSecrets?: Record<string, secretsmanager.ISecret>;
  readonly logRetention: logs.RetentionDays;
}

export class SiteBuildProject extends Construct {
  readonly project: codebuild.Project;
  /** The incremental publication's digests of what is live (site/incremental-publish.ts): the build's alone. */
  readonly state: s3.Bucket;

  constructor(scope: Construct, id: string, props: SiteBuildProjectProps) {
    super(scope, id);
    this.state = privateBucket(this, 'State', {
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Digests only: lost, the next build draws every page (as the nightly one does anyway).
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.state,
      ['AwsSolutions-S1'],
      'Holds only the site build’s page digests (no personal data), read and written by that build alone.',
    );
    const source = new assets.Asset(this, 'Source', {
      path: REPOSITORY_ROOT,
      exclude: SOURCE_EXCLUDES,
      ignoreMode: IgnoreMode.GIT,
    });
    this.project = new codebuild.Project(this, 'Project', {
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
          [SITE_STATE_BUCKET_VARIABLE]: this.state.bucketName,
        })
          .map(([name, value]): [string, codebuild.BuildEnvironmentVariable] => [name, { value }])
          .concat(
            Object.entries(props.buildSecrets ?? {}).map(([name, secret]) => [
              name,
              { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: secret.secretArn },
            ]),
          ),
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
    // The site, replaced by `aws s3 sync --delete`; and the digests, restored before an
    // incremental build and saved after it the same way.
    this.grantSync(props.bucket);
    this.grantSync(this.state);
    props.distribution.grantCreateInvalidation(this.project);
    this.acknowledgeBuildPermissions(props.bucket, source);
  }

  /** What `aws s3 sync --delete` needs of one bucket: list it, get, put and delete its objects; nothing else. */
  private grantSync(bucket: s3.IBucket): void {
    this.project.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
    );
    this.project.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [bucket.arnForObjects('*')],
      }),
    );
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
      [`AwsSolutions-IAM5[Resource::${nagRef(this.state, 'Arn')}/*]`],
      'The incremental publication keeps one digest file per route in its own state bucket, and replaces them all.',
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
}
