/**
 * Synthesizes a stage's stacks from cdk.json's settings, the way `cdk synth` does (cdk-nag
 * included), on the real function bundles the infra project's global setup built once
 * (bundles-global-setup.ts). Synthesis takes seconds: each test file synthesizes a stage
 * once and shares it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, inject } from 'vitest';
import type { FunctionBundle } from '../../../infra/build-functions.ts';
import { REPOSITORY_ROOT } from '../../../infra/lib/bundles.ts';
import { addServiceStacks, type ServiceStacks } from '../../../infra/lib/service-app.ts';
import { readStage, type Stage, type StageName } from '../../../infra/lib/settings.ts';

/** Synthesizing takes seconds alone, and minutes on a machine busy with other suites. */
export const SYNTH_TIMEOUT_MS = 300_000;

export const CDK_CONTEXT = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'cdk.json'), 'utf8'))
  .context as Record<string, unknown>;

export function stageSettings(name: StageName): Stage {
  return readStage(new App({ context: { ...CDK_CONTEXT, stage: name } }).node);
}

export interface Scratch {
  readonly dir: string;
  remove(): void;
}

export function scratchDir(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `hdnd-infra-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** dist/functions, as the infra project's global setup built it: read it, never change it. */
export function sharedBundlesDir(): string {
  const dir = inject('functionBundlesDir');
  if (!dir)
    throw new Error(
      'No function bundles: run this file in the infra project (npx vitest run --project infra)',
    );
  return dir;
}

/** What the build reported for each bundle in sharedBundlesDir(). */
export function sharedBundles(): FunctionBundle[] {
  sharedBundlesDir();
  return inject('functionBundles');
}

export interface SynthesizedStage {
  readonly stage: Stage;
  readonly app: App;
  readonly stacks: ServiceStacks;
  readonly service: Template;
  readonly edge: Template;
}

/** Creates the stage's app without synthesizing it (to add to it, or to expect a failure). */
export function createStageApp(
  name: StageName,
  bundlesDir: string,
  outdir: string,
): App & { stacks: ServiceStacks } {
  const app = new App({ context: { ...CDK_CONTEXT, stage: name }, outdir });
  const stacks = addServiceStacks(app, readStage(app.node), { bundlesDir });
  return Object.assign(app, { stacks });
}

export function synthesizeStage(name: StageName, bundlesDir: string, scratch: Scratch): SynthesizedStage {
  const app = createStageApp(name, bundlesDir, join(scratch.dir, `cdk.out-${name}`));
  return {
    stage: readStage(app.node),
    app,
    stacks: app.stacks,
    service: Template.fromStack(app.stacks.service),
    edge: Template.fromStack(app.stacks.edge),
  };
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/** The resources of one CloudFormation type, by logical id. */
export function resourcesOf(template: Template, type: string): Resources {
  return template.findResources(type) as Resources;
}

/** The CloudFormation logical id of a construct's resource, as it appears in the template. */
export function logicalIdOf(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).resolve(element.logicalId) as string;
}

/** The properties of the resource a construct made. */
export function propertiesOf(template: Template, construct: IConstruct): Record<string, unknown> {
  const resource = (template.toJSON().Resources as Resources)[logicalIdOf(construct)];
  if (!resource) throw new Error(`No resource ${logicalIdOf(construct)} in the template`);
  return resource.Properties ?? {};
}

export interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, unknown>;
}

/** Every statement of every IAM policy attached to a role. */
export function statementsOf(template: Template, role: IConstruct): PolicyStatement[] {
  const roleId = logicalIdOf(role);
  return Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties?.Roles).includes(`"${roleId}"`))
    .flatMap((policy) => (policy.Properties!.PolicyDocument as { Statement: PolicyStatement[] }).Statement);
}

/** The actions a role is allowed, flattened. */
export function actionsOf(template: Template, role: IConstruct): string[] {
  return statementsOf(template, role)
    .filter((s) => s.Effect === 'Allow')
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}

/**
 * The named stages, synthesized once for one test file (in its own scratch folder, removed
 * after its tests) from the shared bundles. Filled in by the beforeAll hook: use them in
 * tests and hooks only.
 */
export function useSynthesizedStages<N extends StageName>(
  prefix: string,
  ...names: N[]
): Record<N, SynthesizedStage> {
  const stages = Object.fromEntries(names.map((name) => [name, {}])) as Record<N, SynthesizedStage>;
  let scratch: Scratch | undefined;
  beforeAll(() => {
    scratch = scratchDir(prefix);
    const bundles = sharedBundlesDir();
    for (const name of names) Object.assign(stages[name], synthesizeStage(name, bundles, scratch));
  }, SYNTH_TIMEOUT_MS);
  afterAll(() => scratch?.remove());
  return stages;
}
