/**
 * The attachments bucket and its processor (DESIGN §10): private, TLS only, encrypted,
 * quarantine emptied after a day, CORS for the site only, the processor on quarantine's
 * object-created events with least privilege, sharp only in the processor's layer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPLOYED_FUNCTIONS, type FunctionFolder } from '../../infra/lib/constructs/service-functions.ts';
import {
  logicalIdOf,
  propertiesOf,
  resourcesOf,
  sharedBundles,
  statementsOf,
  useSynthesizedStages,
} from './support/synthesize.ts';

const { dev } = useSynthesizedStages('attachments', 'dev');

const bucketId = () => logicalIdOf(dev.stacks.service.node.findChild('Attachments').node.findChild('Files'));
const bucket = () =>
  propertiesOf(
    dev.service,
    dev.stacks.service.node.findChild('Attachments').node.findChild('Files'),
  ) as Record<string, { Rules?: unknown[]; CorsRules?: unknown[] } & Record<string, unknown>>;
const fn = (folder: FunctionFolder) => dev.stacks.service.functions.all()[folder].fn;
const s3Grants = (folder: FunctionFolder) =>
  statementsOf(dev.service, fn(folder).role!)
    .filter((s) => s.Effect === 'Allow')
    .flatMap((s) =>
      (Array.isArray(s.Action) ? s.Action : [s.Action])
        .filter((a) => a.startsWith('s3:'))
        .map(
          (a) =>
            `${a} ${JSON.stringify(s.Resource).match(/\/(quarantine|private)\/\*/)?.[1] ?? JSON.stringify(s.Resource)}`,
        ),
    )
    .sort();

describe('the attachments bucket', () => {
  it('is private, encrypted, logged, TLS only, and empties quarantine after a day', () => {
    expect(bucket().PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(JSON.stringify(bucket().BucketEncryption)).toContain('AES256');
    expect(bucket().LoggingConfiguration).toMatchObject({ LogFilePrefix: 's3-attachments/' });
    expect(bucket().LifecycleConfiguration?.Rules).toContainEqual(
      expect.objectContaining({ Prefix: 'quarantine/', ExpirationInDays: 1, Status: 'Enabled' }),
    );
    const policy = Object.values(resourcesOf(dev.service, 'AWS::S3::BucketPolicy')).find((p) =>
      JSON.stringify(p.Properties?.Bucket).includes(bucketId()),
    );
    expect(JSON.stringify(policy?.Properties?.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
  });

  it("lets browsers POST from the site's origin only", () => {
    expect(bucket().CorsConfiguration?.CorsRules).toEqual([
      expect.objectContaining({
        AllowedMethods: ['POST'],
        AllowedOrigins: [`https://${dev.stage.siteDomain}`],
      }),
    ]);
  });

  it('runs the processor on object-created events under quarantine/ only', () => {
    const [notifications] = Object.values(resourcesOf(dev.service, 'Custom::S3BucketNotifications'));
    const config = JSON.stringify(notifications?.Properties?.NotificationConfiguration);
    expect(config).toContain('"Events":["s3:ObjectCreated:*"]');
    expect(config).toContain('{"Name":"prefix","Value":"quarantine/"}');
    expect(config).toContain(logicalIdOf(fn('attachment-processor')));
  });

  it('gives each function only its part of the bucket, and none may list it', () => {
    expect(s3Grants('attachment-processor')).toEqual([
      's3:DeleteObject quarantine',
      's3:GetObject quarantine',
      's3:PutObject private',
    ]);
    expect(s3Grants('public-api')).toEqual(['s3:GetObject private', 's3:PutObject quarantine']);
    expect(s3Grants('staff-api')).toEqual(['s3:GetObject private', 's3:PutObject quarantine']);
    expect(s3Grants('deadlines')).toEqual(['s3:DeleteObject private']);
    expect(s3Grants('notifier')).toEqual([]);
    for (const folder of Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[])
      expect(s3Grants(folder).join(), folder).not.toMatch(/ListBucket|s3:\*/);
  });

  it("limits the processor's table access to upload partitions: get and update, no query, scan or delete", () => {
    const table = statementsOf(dev.service, fn('attachment-processor').role!).filter((s) =>
      JSON.stringify(s.Action).includes('dynamodb:'),
    );
    expect(table).toEqual([
      expect.objectContaining({
        Action: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['UPLOAD#*'] } },
      }),
    ]);
  });

  it('names the bucket to each function that reads it', () => {
    for (const folder of ['public-api', 'staff-api', 'attachment-processor', 'deadlines'] as const) {
      const env = (
        propertiesOf(dev.service, fn(folder)) as { Environment: { Variables: Record<string, unknown> } }
      ).Environment.Variables;
      expect(env.ATTACHMENTS_BUCKET, folder).toEqual({ Ref: bucketId() });
    }
  });
});

describe('sharp (image processing)', () => {
  it('is in no bundle; only the processor imports it, from its own layer', () => {
    for (const bundle of sharedBundles()) {
      const code = readFileSync(bundle.file, 'utf8');
      expect(code, bundle.name).not.toContain('libvips');
      const importsSharp = /from"sharp"/.test(code);
      expect(importsSharp, bundle.name).toBe(bundle.name === 'attachment-processor');
    }
    const layers = Object.values(resourcesOf(dev.service, 'AWS::Lambda::LayerVersion'));
    expect(layers.map((l) => l.Properties?.CompatibleArchitectures)).toEqual([['x86_64']]);
    expect(
      (propertiesOf(dev.service, fn('attachment-processor')) as { Layers: unknown[] }).Layers,
    ).toHaveLength(1);
    expect((propertiesOf(dev.service, fn('public-api')) as { Layers?: unknown[] }).Layers).toBeUndefined();
  });
});
