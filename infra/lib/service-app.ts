/**
 * The stacks of one stage, and the checks every synthesis runs: cdk-nag's AwsSolutions
 * pack (an unacknowledged finding fails `cdk synth`). `infra/bin/app.ts` and the infra
 * tests both build the app through here.
 */
import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEFAULT_BUNDLES_DIR } from './bundles.ts';
import type { Stage } from './settings.ts';
import { EdgeStack } from './stacks/edge-stack.ts';
import { ServiceStack } from './stacks/service-stack.ts';

export interface ServiceStacks {
  readonly edge: EdgeStack;
  readonly service: ServiceStack;
}

export function addServiceStacks(
  app: App,
  stage: Stage,
  options: { bundlesDir?: string } = {},
): ServiceStacks {
  const prefix = `hdnd-${stage.name}`;
  const edge = new EdgeStack(app, `${prefix}-edge`, {
    stage,
    // CloudFront reads its certificate and web ACL from us-east-1 only.
    env: { account: stage.account, region: 'us-east-1' },
    crossRegionReferences: true,
    description: `HĐND citizen participation (${stage.name}): certificate and WAF for CloudFront`,
  });
  const service = new ServiceStack(app, `${prefix}-service`, {
    stage,
    edge,
    bundlesDir: options.bundlesDir ?? DEFAULT_BUNDLES_DIR,
    env: { account: stage.account, region: stage.region },
    crossRegionReferences: true,
    description: `HĐND citizen participation (${stage.name}): data, functions, APIs, sign-in, e-mail, site`,
  });
  Tags.of(app).add('service', 'hdnd-citizen-participation');
  Tags.of(app).add('stage', stage.name);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { edge, service };
}
