/**
 * `npx cdk synth` as an operator runs it on a fresh clone: the pinned CLI reads the
 * assembly aws-cdk-lib writes, with no AWS credentials and no network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLES_DIR, REPOSITORY_ROOT } from '../../infra/lib/bundles.ts';
import { SYNTH_TIMEOUT_MS, scratchDir, sharedBundlesDir } from './support/synthesize.ts';

const out = scratchDir('cli');
afterAll(() => out.remove());

/** The environment without anything that could reach an AWS account. */
function offlineEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^AWS_|^CDK_/.test(name)) env[name] = value;
  }
  return {
    ...env,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
}

describe('npx cdk synth', () => {
  it(
    'synthesizes the prod stage offline with the pinned CLI',
    () => {
      // The project's global setup ran `npm run build:functions`: the bundles are where the app looks.
      expect(sharedBundlesDir()).toBe(DEFAULT_BUNDLES_DIR);
      const cdk = join(REPOSITORY_ROOT, 'node_modules', '.bin', 'cdk');
      const run = spawnSync(cdk, ['synth', '-c', 'stage=prod', '--quiet', '--no-notices', '-o', out.dir], {
        cwd: REPOSITORY_ROOT,
        env: offlineEnvironment(),
        encoding: 'utf8',
        timeout: SYNTH_TIMEOUT_MS,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      const manifest = JSON.parse(readFileSync(join(out.dir, 'manifest.json'), 'utf8')) as {
        artifacts: Record<string, { type: string }>;
      };
      const stacks = Object.entries(manifest.artifacts)
        .filter(([, a]) => a.type === 'aws:cloudformation:stack')
        .map(([id]) => id)
        .sort();
      expect(stacks).toEqual(['hdnd-prod-edge', 'hdnd-prod-service']);
      expect(existsSync(join(out.dir, 'hdnd-prod-service.template.json'))).toBe(true);
    },
    SYNTH_TIMEOUT_MS,
  );
});
