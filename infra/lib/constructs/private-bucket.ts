/**
 * Every bucket of the service starts the same way: public access blocked, S3-managed
 * encryption and TLS only. Each caller adds what its bucket is for (ownership, logging,
 * lifecycle, removal).
 */
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export function privateBucket(scope: Construct, id: string, props: s3.BucketProps): s3.Bucket {
  return new s3.Bucket(scope, id, {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    ...props,
  });
}
