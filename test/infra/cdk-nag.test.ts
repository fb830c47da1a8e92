/**
 * cdk-nag's AwsSolutions pack runs on every synthesis of the app. Both stages pass it,
 * each acknowledged finding is acknowledged on the resource it concerns and says why,
 * and a non-compliant resource added to the stack does fail synthesis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type App, Stack, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGES } from '../../infra/lib/settings.ts';
import {
  createStageApp,
  type Scratch,
  SYNTH_TIMEOUT_MS,
  scratchDir,
  sharedBundlesDir,
} from './support/synthesize.ts';

let scratch: Scratch;
let bundles: string;

beforeAll(() => {
  scratch = scratchDir('nag');
  bundles = sharedBundlesDir();
}, SYNTH_TIMEOUT_MS);
afterAll(() => scratch.remove());

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

const reportIn = (outdir: string) =>
  JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as ValidationReport;

/** Every acknowledgement of an AwsSolutions rule in the app: where, which rule, and why. */
function acknowledgements(app: App) {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .filter(([rule]) => rule.includes('AwsSolutions-'))
      .map(([rule, reason]) => ({ construct, rule, reason })),
  );
}

describe('cdk-nag AwsSolutions', () => {
  for (const stage of STAGES) {
    it(
      `passes for ${stage} with every acknowledgement on a resource, giving its reason`,
      () => {
        const outdir = join(scratch.dir, `cdk.out-${stage}`);
        const app = createStageApp(stage, bundles, outdir);
        expect(() => app.synth()).not.toThrow();
        for (const plugin of reportIn(outdir).pluginReports) {
          expect(plugin.violations, plugin.pluginName).toEqual([]);
        }

        const acknowledged = acknowledgements(app);
        expect(acknowledged.length).toBeGreaterThan(0);
        for (const { construct, rule, reason } of acknowledged) {
          // Never a blanket acknowledgement for a whole stack or app.
          expect(Stack.isStack(construct) || construct === app, `${rule} on ${construct.node.path}`).toBe(
            false,
          );
          expect(reason.length, `${rule} on ${construct.node.path}`).toBeGreaterThanOrEqual(40);
        }
      },
      SYNTH_TIMEOUT_MS,
    );
  }

  it(
    'fails synthesis when a non-compliant resource is added',
    () => {
      const outdir = join(scratch.dir, 'cdk.out-bad');
      const app = createStageApp('dev', bundles, outdir);
      new sqs.Queue(app.stacks.service, 'Unencrypted', { encryption: sqs.QueueEncryption.UNENCRYPTED });
      expect(() => app.synth()).toThrow(/AwsSolutions-SQS2/);
      const report = JSON.stringify(reportIn(outdir));
      expect(report).toContain('AwsSolutions-SQS2');
      expect(report).toContain('hdnd-dev-service/Unencrypted/Resource');
    },
    SYNTH_TIMEOUT_MS,
  );
});
