/**
 * The public site as a citizen reaches it: a private bucket behind CloudFront, the
 * public API's pages on the same domain, security headers on every response, the WAF in
 * front of it all, and rebuilds started by published content and by the clock.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_API_PATHS } from '../../infra/lib/constructs/public-site.ts';
import type { SecurityHeaders } from '../../infra/lib/constructs/security-headers.ts';
import { PUBLISHED_CONTENT_PATTERNS } from '../../infra/lib/published-content.ts';
import { ORIGIN_SECRET_HEADER, SITE_BUILD_ORIGIN_SECRET } from '../../shared/origin.ts';
import { publishedChangeOf, publishedChangeTemplate } from '../../shared/published-changes.ts';
import { securityHeaders } from '../../shared/security-headers.ts';
import { isApiPath } from '../../shared/ui/routes.ts';
import {
  actionsOf,
  logicalIdOf,
  propertiesOf,
  resourcesOf,
  statementsOf,
  useSynthesizedStages,
} from './support/synthesize.ts';

const { dev } = useSynthesizedStages('site', 'dev');

interface Behavior {
  PathPattern?: string;
  TargetOriginId: string;
  ResponseHeadersPolicyId: unknown;
  AllowedMethods: string[];
  ViewerProtocolPolicy: string;
}
interface DistributionConfig {
  Aliases: string[];
  Origins: {
    Id: string;
    DomainName: unknown;
    OriginAccessControlId?: unknown;
    S3OriginConfig?: unknown;
    OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[];
  }[];
  DefaultCacheBehavior: Behavior;
  CacheBehaviors: Behavior[];
  WebACLId: unknown;
  ViewerCertificate: { AcmCertificateArn: unknown; MinimumProtocolVersion: string };
  Logging?: unknown;
}
const distribution = () =>
  (
    propertiesOf(dev.service, dev.stacks.service.site.distribution) as {
      DistributionConfig: DistributionConfig;
    }
  ).DistributionConfig;
const originOf = (behavior: Behavior) =>
  distribution().Origins.find((o) => o.Id === behavior.TargetOriginId)!;

describe('the site bucket and distribution', () => {
  it('keep the bucket private: public access blocked, TLS only, read through origin access control', () => {
    const bucket = propertiesOf(dev.service, dev.stacks.service.site.bucket);
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const s3Origin = originOf(distribution().DefaultCacheBehavior);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(JSON.stringify(s3Origin.DomainName)).toContain(logicalIdOf(dev.stacks.service.site.bucket));
    const policies = JSON.stringify(resourcesOf(dev.service, 'AWS::S3::BucketPolicy'));
    expect(policies).toContain('"aws:SecureTransport":"false"');
    expect(policies).toContain('cloudfront.amazonaws.com');
    // A missing page is a 404 (ListBucket), not S3's 403; nothing but CloudFront may read.
    expect(policies).toContain('s3:ListBucket');
    expect(policies).not.toContain('"Principal":"*","Action":"s3:GetObject"');
  });

  it('serve the site domain with its us-east-1 certificate over TLS 1.2 or newer, and log access', () => {
    const config = distribution();
    expect(config.Aliases).toEqual([dev.stage.siteDomain]);
    expect(config.ViewerCertificate.MinimumProtocolVersion).toBe('TLSv1.2_2021');
    expect(JSON.stringify(config.ViewerCertificate.AcmCertificateArn)).toContain('SiteCertificate');
    expect(config.Logging).toBeDefined();
  });

  it('send the public API paths to the public HTTP API and everything else to the bucket', () => {
    const config = distribution();
    expect(config.CacheBehaviors.map((b) => b.PathPattern)).toEqual([...PUBLIC_API_PATHS]);
    // CloudFront's patterns send a path to the API exactly when the site's route map says so.
    const toApi = (path: string) =>
      config.CacheBehaviors.some((b) =>
        new RegExp(`^${b.PathPattern!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(
          path,
        ),
      );
    for (const path of [
      '/v1/petitions',
      '/v1/meetings.ics',
      '/tra-cuu',
      '/tra-cuu/',
      '/gui-kien-nghi/',
      '/gui-kien-nghi/da-gui',
      '/tim-xa',
      '/ket-qua/',
      '/en/track/',
      '/',
    ]) {
      expect(toApi(path), path).toBe(isApiPath(path));
    }
    const publicApi = logicalIdOf(dev.stacks.service.publicApi.api);
    for (const behavior of config.CacheBehaviors) {
      expect(JSON.stringify(originOf(behavior).DomainName), behavior.PathPattern).toContain(publicApi);
      expect(behavior.AllowedMethods).toContain('POST');
    }
    expect(originOf(config.DefaultCacheBehavior).S3OriginConfig).toBeDefined();
    expect(config.DefaultCacheBehavior.AllowedMethods).toEqual(['GET', 'HEAD']);
  });

  it('add the origin secret the public API checks to every request for the API, and only those', () => {
    const config = distribution();
    const fnEnv = (
      propertiesOf(dev.service, dev.stacks.service.functions.publicApi.fn) as {
        Environment: { Variables: Record<string, unknown> };
      }
    ).Environment.Variables;
    for (const behavior of config.CacheBehaviors) {
      const headers = originOf(behavior).OriginCustomHeaders ?? [];
      expect(
        headers.map((h) => h.HeaderName),
        behavior.PathPattern,
      ).toEqual([ORIGIN_SECRET_HEADER]);
      // The very value the function reads: one Secrets Manager secret, resolved at deploy.
      expect(JSON.stringify(headers[0]!.HeaderValue)).toBe(JSON.stringify(fnEnv.ORIGIN_SECRET));
      expect(JSON.stringify(headers[0]!.HeaderValue)).toContain('{{resolve:secretsmanager:');
    }
    expect(originOf(config.DefaultCacheBehavior).OriginCustomHeaders).toBeUndefined();
  });

  it('forward the citizen’s address to the API but never the Host header', () => {
    const policy = Object.values(resourcesOf(dev.service, 'AWS::CloudFront::OriginRequestPolicy'))[0]!
      .Properties as {
      OriginRequestPolicyConfig: { HeadersConfig: { HeaderBehavior: string; Headers: string[] } };
    };
    const headers = policy.OriginRequestPolicyConfig.HeadersConfig;
    expect(headers.HeaderBehavior).toBe('whitelist');
    expect(headers.Headers).toContain('CloudFront-Viewer-Address');
    expect(headers.Headers.map((h) => h.toLowerCase())).not.toContain('host');
  });

  it('add CSP, HSTS, nosniff and frame denial to every response, from the bucket or the API', () => {
    const config = distribution();
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual(config.DefaultCacheBehavior.ResponseHeadersPolicyId);
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    }
    const [policy] = Object.values(resourcesOf(dev.service, 'AWS::CloudFront::ResponseHeadersPolicy'));
    const headers = (
      policy!.Properties as {
        ResponseHeadersPolicyConfig: {
          SecurityHeadersConfig: {
            ContentSecurityPolicy: { ContentSecurityPolicy: unknown };
            StrictTransportSecurity: unknown;
            ContentTypeOptions: unknown;
            FrameOptions: unknown;
          };
        };
      }
    ).ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    // The console's presigned thumbnails and the forms' uploads go to the attachments bucket.
    const bucket = Object.keys(resourcesOf(dev.service, 'AWS::S3::Bucket')).find((id) =>
      id.startsWith('Attachments'),
    );
    expect(bucket).toBeDefined();
    expect(csp).toMatch(new RegExp(`img-src 'self'[^;]*${bucket}[^;]*data:`));
    expect(csp).toMatch(new RegExp(`connect-src 'self'[^;]*${bucket}`));
    expect(headers.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 63072000,
      IncludeSubdomains: true,
    });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
  });
});

describe('the security headers', () => {
  it('CloudFront adds exactly the shared definition the apps set too, overriding the origin', () => {
    const construct = dev.stacks.service.node.findChild('SecurityHeaders') as SecurityHeaders;
    const [policy] = Object.values(resourcesOf(dev.service, 'AWS::CloudFront::ResponseHeadersPolicy'));
    interface Overridable {
      Override: boolean;
    }
    const config = (
      policy!.Properties as {
        ResponseHeadersPolicyConfig: {
          SecurityHeadersConfig: {
            ContentSecurityPolicy: Overridable & { ContentSecurityPolicy: unknown };
            StrictTransportSecurity: Overridable & {
              AccessControlMaxAgeSec: number;
              IncludeSubdomains: boolean;
            };
            ContentTypeOptions: Overridable;
            FrameOptions: Overridable & { FrameOption: string };
            ReferrerPolicy: Overridable & { ReferrerPolicy: string };
          } & Record<string, Overridable>;
          CustomHeadersConfig: { Items: (Overridable & { Header: string; Value: string })[] };
        };
      }
    ).ResponseHeadersPolicyConfig;
    const sec = config.SecurityHeadersConfig;
    // The policy read back as the headers a browser receives.
    const received = {
      'Content-Security-Policy': sec.ContentSecurityPolicy.ContentSecurityPolicy,
      'Strict-Transport-Security': `max-age=${sec.StrictTransportSecurity.AccessControlMaxAgeSec}${sec.StrictTransportSecurity.IncludeSubdomains ? '; includeSubDomains' : ''}`,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': sec.FrameOptions.FrameOption,
      'Referrer-Policy': sec.ReferrerPolicy.ReferrerPolicy,
      ...Object.fromEntries(config.CustomHeadersConfig.Items.map((h) => [h.Header, h.Value])),
    };
    expect(received).toEqual(dev.stacks.service.resolve(securityHeaders(construct.origins)));
    expect(Object.keys(sec).sort()).toEqual([
      'ContentSecurityPolicy',
      'ContentTypeOptions',
      'FrameOptions',
      'ReferrerPolicy',
      'StrictTransportSecurity',
    ]);
    for (const header of [...Object.values(sec), ...config.CustomHeadersConfig.Items])
      expect(header.Override).toBe(true);
  });
});

describe('the WAF', () => {
  it('sits in us-east-1 in front of the distribution, with rate limits per client address', () => {
    expect(dev.stacks.edge.region).toBe('us-east-1');
    const acl = propertiesOf(dev.edge, dev.stacks.edge.webAcl) as {
      Scope: string;
      Rules: {
        Name: string;
        Action?: unknown;
        Statement: { RateBasedStatement?: Record<string, unknown> };
      }[];
    };
    expect(acl.Scope).toBe('CLOUDFRONT');
    const rateRules = acl.Rules.filter((r) => r.Statement.RateBasedStatement);
    expect(rateRules.map((r) => r.Statement.RateBasedStatement!.Limit)).toEqual([
      dev.stage.waf.requestsPer5Minutes,
      dev.stage.waf.submissionsPer5Minutes,
    ]);
    for (const rule of rateRules) {
      expect(rule.Action).toEqual({ Block: {} });
      expect(rule.Statement.RateBasedStatement).toMatchObject({
        AggregateKeyType: 'IP',
        EvaluationWindowSec: 300,
      });
    }
    expect(JSON.stringify(distribution().WebACLId)).toContain('WebAclArn');
  });

  it('only counts long or markup-quoting petition bodies instead of refusing the citizen', () => {
    const acl = propertiesOf(dev.edge, dev.stacks.edge.webAcl) as {
      Rules: {
        Name: string;
        Statement: { ManagedRuleGroupStatement?: { RuleActionOverrides?: unknown[] } };
      }[];
    };
    const common = acl.Rules.find((r) => r.Name === 'AWSManagedRulesCommonRuleSet')!;
    expect(common.Statement.ManagedRuleGroupStatement?.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
      { Name: 'CrossSiteScripting_BODY', ActionToUse: { Count: {} } },
    ]);
  });
});

describe('site rebuilds', () => {
  const rebuild = () => dev.stacks.service.siteRebuild;
  const buildCommands = () =>
    (
      JSON.parse(
        (propertiesOf(dev.service, rebuild().project) as { Source: { BuildSpec: string } }).Source.BuildSpec,
      ) as { phases: { build: { commands: string[] } } }
    ).phases.build.commands;

  it('build in CodeBuild with the live API and the site settings, one build at a time', () => {
    const project = propertiesOf(dev.service, rebuild().project) as {
      ConcurrentBuildLimit: number;
      Environment: { EnvironmentVariables: { Name: string }[] };
      Source: { Type: string; BuildSpec: string };
    };
    expect(project.ConcurrentBuildLimit).toBe(1);
    expect(project.Source.Type).toBe('S3');
    expect(project.Environment.EnvironmentVariables.map((v) => v.Name)).toEqual(
      expect.arrayContaining([
        'PUBLIC_API_URL',
        'PUBLIC_SITE_URL',
        'PUBLIC_SITE_NAME',
        'PUBLIC_SITE_NAME_EN',
        'PUBLIC_STAFF_API_URL',
        'PUBLIC_COGNITO_CLIENT_ID',
        'SITE_BUCKET',
      ]),
    );
    const variable = (name: string) => project.Environment.EnvironmentVariables.find((v) => v.Name === name);
    expect(JSON.stringify(variable('PUBLIC_API_URL'))).toContain(
      logicalIdOf(dev.stacks.service.publicApi.api),
    );
    // It reads the API directly, so it needs the origin secret: fetched by CodeBuild, never in the template.
    expect(variable(SITE_BUILD_ORIGIN_SECRET)).toMatchObject({ Type: 'SECRETS_MANAGER' });
    expect(JSON.stringify(variable(SITE_BUILD_ORIGIN_SECRET))).toContain('SecretsOriginSecret');
    expect(JSON.stringify(variable(SITE_BUILD_ORIGIN_SECRET))).not.toContain('resolve:secretsmanager');
    // The site's name is the deployment's (cdk.json's siteIdentity), not the code's.
    expect(variable('PUBLIC_SITE_NAME')).toMatchObject({ Value: dev.stage.siteIdentity.name });
    // Built (incrementally, or in full), checked against the page budgets, and only then published.
    const commands = buildCommands();
    const publish = commands.findIndex((c) => c.includes('site/incremental-publish.ts'));
    expect(commands[publish]).toContain('--remote');
    expect(commands[publish + 1]).toBe('npx node site/check-built-site.ts .publication/live');
    const firstUpload = commands.findIndex((c) => c.includes('"s3://$SITE_BUCKET'));
    expect(firstUpload).toBeGreaterThan(publish + 1);
    expect(commands.find((c) => c.includes('create-invalidation'))).toBeDefined();
  });

  it('publish only what changed when the stream starts them, and everything every night', () => {
    const commands = buildCommands();
    // The stream's workflow asks for an incremental build; the project's default is full.
    const definition = JSON.stringify(propertiesOf(dev.service, rebuild().workflow).DefinitionString);
    expect(definition).toContain('SITE_PUBLISH');
    expect(definition).toContain('incremental');
    const spec = JSON.parse(
      (propertiesOf(dev.service, rebuild().project) as { Source: { BuildSpec: string } }).Source.BuildSpec,
    ) as { env: { variables: Record<string, string> } };
    expect(spec.env.variables.SITE_PUBLISH).toBe('full');
    // Full: every page drawn and the bucket synced with --delete; incremental: the digests
    // restored first, the gone entries' files deleted one by one, the digests saved last.
    expect(commands.find((c) => c.includes('incremental-publish.ts'))).toContain('--full');
    expect(commands.some((c) => c.includes('--delete --cache-control "public,max-age=300"'))).toBe(true);
    const restore = commands.findIndex((c) =>
      c.includes('"s3://$SITE_STATE_BUCKET/incremental-state" .publication/state'),
    );
    const save = commands.findIndex((c) =>
      c.includes('.publication/state "s3://$SITE_STATE_BUCKET/incremental-state"'),
    );
    expect(restore).toBe(1);
    // The state saved, then (last) the change files it covered deleted: a failed build leaves them.
    expect(save).toBe(commands.length - 2);
    expect(commands.some((c) => c.includes('aws s3 rm "s3://$SITE_BUCKET$file"'))).toBe(true);
  });

  it('keep the digests in a private bucket of their own, which only the build reads and writes', () => {
    const state = propertiesOf(dev.service, rebuild().state) as {
      PublicAccessBlockConfiguration: Record<string, boolean>;
      BucketEncryption: unknown;
    };
    expect(state.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(state.BucketEncryption).toBeDefined();
    const project = propertiesOf(dev.service, rebuild().project) as {
      Environment: { EnvironmentVariables: { Name: string; Value: unknown }[] };
    };
    expect(
      JSON.stringify(project.Environment.EnvironmentVariables.find((v) => v.Name === 'SITE_STATE_BUCKET')),
    ).toContain(logicalIdOf(rebuild().state));
    const policies = JSON.stringify(resourcesOf(dev.service, 'AWS::IAM::Policy'));
    expect(policies).toContain(logicalIdOf(rebuild().state));
    // TLS only.
    const bucketPolicies = Object.values(resourcesOf(dev.service, 'AWS::S3::BucketPolicy')).filter((p) =>
      JSON.stringify(p.Properties).includes(logicalIdOf(rebuild().state)),
    );
    expect(JSON.stringify(bucketPolicies)).toContain('aws:SecureTransport');
  });

  it('may write the site bucket and invalidate the distribution, and read no table', () => {
    const actions = actionsOf(dev.service, rebuild().project.role!);
    expect(actions).toEqual(
      expect.arrayContaining(['s3:PutObject', 's3:DeleteObject', 'cloudfront:CreateInvalidation']),
    );
    expect(actions.filter((a) => a.startsWith('dynamodb:'))).toEqual([]);
  });

  it('start from the stream, only for published content, gathered for minutes into one build', () => {
    const pipe = propertiesOf(dev.service, rebuild().pipe) as {
      Source: unknown;
      Target: unknown;
      SourceParameters: {
        FilterCriteria: { Filters: { Pattern: string }[] };
        DynamoDBStreamParameters: Record<string, unknown>;
      };
      TargetParameters: { StepFunctionStateMachineParameters: { InvocationType: string } };
    };
    expect(pipe.Source).toEqual({ 'Fn::GetAtt': [logicalIdOf(dev.stacks.service.table.table), 'StreamArn'] });
    expect(pipe.Target).toEqual({ Ref: logicalIdOf(rebuild().workflow) });
    expect(pipe.SourceParameters.FilterCriteria.Filters.map((f) => JSON.parse(f.Pattern))).toEqual(
      PUBLISHED_CONTENT_PATTERNS,
    );
    expect(pipe.SourceParameters.DynamoDBStreamParameters.MaximumBatchingWindowInSeconds).toBe(
      dev.stage.siteRebuildBatchSeconds,
    );
    expect(pipe.TargetParameters.StepFunctionStateMachineParameters.InvocationType).toBe('FIRE_AND_FORGET');
  });

  it('retry StartBuild while a build runs, so a change made during a build still gets built', () => {
    const definition = JSON.stringify(propertiesOf(dev.service, rebuild().workflow).DefinitionString);
    expect(definition).toContain('codebuild:startBuild');
    expect(definition).toContain('CodeBuild.AccountLimitExceededException');
  });

  it('hand the workflow each change’s partition and sort key, as publishedChangeOf reads them', () => {
    const pipe = propertiesOf(dev.service, rebuild().pipe) as {
      TargetParameters: { InputTemplate: string };
    };
    const template = pipe.TargetParameters.InputTemplate;
    expect(template).toBe(publishedChangeTemplate());
    // What EventBridge Pipes makes of a stream record: each <$.path> replaced by its value.
    const record = {
      eventName: 'MODIFY',
      dynamodb: { Keys: { pk: { S: 'PETITION#DEM5D2MB7PTX' }, sk: { S: 'PUB#ATTACHMENT#a1' } } },
    };
    const filled = template.replace(/<\$\.([^>]+)>/g, (_, path: string) =>
      String(path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], record)),
    );
    expect(JSON.parse(filled)).toEqual(publishedChangeOf(record));
    expect(publishedChangeOf(record)).toEqual({
      pk: 'PETITION#DEM5D2MB7PTX',
      sk: 'PUB#ATTACHMENT#a1',
      change: 'MODIFY',
    });
  });

  it('write each batch to the state bucket’s changes/ before starting the build, which reads and deletes them', () => {
    const parts = (
      propertiesOf(dev.service, rebuild().workflow).DefinitionString as { 'Fn::Join': unknown[] }
    )['Fn::Join'][1] as unknown[];
    const definition = JSON.parse(
      parts.map((p) => (typeof p === 'string' ? p : `<${JSON.stringify(p).replace(/"/g, "'")}>`)).join(''),
    ) as { StartAt: string; States: Record<string, Record<string, unknown>> };
    const first = definition.States[definition.StartAt]!;
    expect(first.Resource).toMatch(/:states:::aws-sdk:s3:putObject$/);
    expect(first.Parameters).toMatchObject({
      'Key.$': "States.Format('changes/{}.json', $$.Execution.Name)",
      'Body.$': 'States.JsonToString($)',
    });
    expect(JSON.stringify(first.Parameters)).toContain(logicalIdOf(rebuild().state));
    expect(first.ResultPath).toBeNull();
    expect(definition.States[first.Next as string]!.Resource).toContain('codebuild:startBuild');
    // The workflow may write there and nowhere else; the build may read, list and delete there.
    const written = statementsOf(dev.service, rebuild().workflow.role).filter((s) =>
      JSON.stringify(s.Action).includes('s3:'),
    );
    expect(written).toHaveLength(1);
    expect(written[0]!.Action).toBe('s3:putObject');
    expect(JSON.stringify(written[0]!.Resource)).toMatch(/State.*\/changes\/\*/);
    const build = statementsOf(dev.service, rebuild().project.role!).filter((s) =>
      JSON.stringify(s.Resource).includes(logicalIdOf(rebuild().state)),
    );
    const objects = build.find((s) => JSON.stringify(s.Resource).includes('"/*"'));
    expect(objects?.Action).toEqual(expect.arrayContaining(['s3:GetObject', 's3:DeleteObject']));
    expect(build.some((s) => s.Action === 's3:ListBucket')).toBe(true);
    const commands = buildCommands();
    const download = commands.findIndex((c) =>
      c.includes('"s3://$SITE_STATE_BUCKET/changes" .publication/state/changes'),
    );
    const publish = commands.findIndex((c) => c.includes('site/incremental-publish.ts'));
    const save = commands.findIndex((c) =>
      c.includes('.publication/state "s3://$SITE_STATE_BUCKET/incremental-state"'),
    );
    const remove = commands.findIndex((c) => c.includes('aws s3 rm "s3://$SITE_STATE_BUCKET/changes/$file"'));
    expect(download).toBeGreaterThan(0);
    expect(download).toBeLessThan(publish);
    expect(commands[save]).toContain('--exclude "changes/*"');
    expect(remove).toBeGreaterThan(save);
  });

  it('also run every night in the council’s time zone', () => {
    const schedules = Object.values(resourcesOf(dev.service, 'AWS::Scheduler::Schedule')).map(
      (s) => s.Properties!,
    );
    const nightly = schedules.find((s) => JSON.stringify(s.Target).includes(logicalIdOf(rebuild().project)));
    expect(nightly).toMatchObject({
      ScheduleExpression: dev.stage.siteRebuildSchedule,
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
    });
  });
});

describe('published content', () => {
  it('covers petitions entering or leaving the published index and published meetings', () => {
    const patterns = JSON.stringify(PUBLISHED_CONTENT_PATTERNS);
    expect(patterns).toContain('"NewImage":{"gsi5pk":{"S":[{"exists":true}]}}');
    expect(patterns).toContain('"OldImage":{"gsi5pk":{"S":[{"exists":true}]}}');
    expect(patterns).toContain('"Keys":{"sk":{"S":["MEETING"]}},"NewImage":{"published":{"BOOL":[true]}}');
    expect(patterns).not.toContain('PRIVATE#');
  });
});
