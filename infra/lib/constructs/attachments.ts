/**
 * Attachments (DESIGN §10): one private bucket — public access blocked, TLS only, encrypted,
 * its quarantine prefix emptied after a day — and the processing function on its
 * object-created events under quarantine/. Each function gets only its part of the bucket:
 * the APIs sign POSTs into quarantine and GET links to checked files; the processor reads
 * and deletes quarantine and writes the private prefix; nothing can list the bucket.
 * Published files are served through short-lived presigned links answered by the public
 * API (functions/public-api/routes/attachments.ts), so the bucket never opens to anyone.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import { PRIVATE_PREFIX, QUARANTINE_PREFIX } from '../../../shared/attachments.ts';
import { acknowledge, nagRef } from '../nag.ts';
import { privateBucket } from './private-bucket.ts';

export interface AttachmentsProps {
  readonly retain: boolean;
  /** The site's origin: the only one allowed to POST uploads from a browser. */
  readonly siteOrigin: string;
  /** The bucket that keeps the site's access logs (one place for every S3 access log). */
  readonly accessLogs: s3.IBucket;
}

export class AttachmentsBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: AttachmentsProps) {
    super(scope, id);
    this.bucket = privateBucket(this, 'Files', {
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 's3-attachments/',
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      lifecycleRules: [
        // What was never processed (or was refused) leaves quarantine after a day.
        { id: 'quarantine-one-day', prefix: QUARANTINE_PREFIX, expiration: Duration.days(1) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      cors: [
        {
          allowedOrigins: [props.siteOrigin],
          allowedMethods: [s3.HttpMethods.POST],
          allowedHeaders: ['*'],
          maxAge: 300,
        },
      ],
    });
  }

  private grant(grantee: iam.IGrantable, actions: string[], prefix: string): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions, resources: [this.bucket.arnForObjects(`${prefix}*`)] }),
    );
  }

  /** An API: presigned POSTs into quarantine, presigned GETs of checked files. */
  grantApi(grantee: iam.IGrantable): void {
    this.grant(grantee, ['s3:PutObject'], QUARANTINE_PREFIX);
    this.grant(grantee, ['s3:GetObject'], PRIVATE_PREFIX);
  }

  /** The processor: reads and deletes quarantine, writes the private prefix; nothing else. */
  connectProcessor(processor: lambda.IFunction): void {
    this.grant(processor, ['s3:GetObject', 's3:DeleteObject'], QUARANTINE_PREFIX);
    this.grant(processor, ['s3:PutObject'], PRIVATE_PREFIX);
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(processor), {
      prefix: QUARANTINE_PREFIX,
    });
  }

  /** Retention (DESIGN §12): the daily job deletes a petition's private files when its contact goes. */
  grantRetention(grantee: iam.IGrantable): void {
    this.grant(grantee, ['s3:DeleteObject'], PRIVATE_PREFIX);
  }

  /** cdk-nag: the findings that the grants above and the event wiring make by design, each with its reason. */
  acknowledgeGrants(functions: readonly Construct[]): void {
    const objects = (prefix: string) =>
      `AwsSolutions-IAM5[Resource::${nagRef(this.bucket, 'Arn')}/${prefix}*]`;
    for (const fn of functions)
      acknowledge(
        fn,
        [objects(QUARANTINE_PREFIX), objects(PRIVATE_PREFIX)],
        'Uploads are keyed by a random id under one prefix (quarantine/<id>, private/<id>/…): each grant is ' +
          'on one prefix only, never the bucket, and no function may list it.',
      );
    // CDK's own handler that writes the bucket's notification configuration (once, at deploy).
    const handler = Stack.of(this).node.children.find((c) =>
      c.node.id.startsWith('BucketNotificationsHandler'),
    );
    if (handler)
      acknowledge(
        handler,
        [
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        ],
        "CDK's bucket-notifications custom resource runs only at deployment, to set the processor's trigger.",
      );
  }
}
