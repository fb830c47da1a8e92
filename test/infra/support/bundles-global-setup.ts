/**
 * `npm run build:functions` once for the whole infra project, before its test files start:
 * each file used to build every function itself, which took seconds each and minutes on a
 * busy machine. The bundles go where the CDK app looks for them (dist/functions), so the
 * synthesis tests and `npx cdk synth` read the same files; the tests never change them.
 */
import type { TestProject } from 'vitest/node';
import { buildFunctions, type FunctionBundle } from '../../../infra/build-functions.ts';
import { DEFAULT_BUNDLES_DIR } from '../../../infra/lib/bundles.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding every function's bundle (dist/functions). */
    functionBundlesDir: string;
    /** What the build reported for each bundle in it. */
    functionBundles: FunctionBundle[];
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const bundles = await buildFunctions({ outDir: DEFAULT_BUNDLES_DIR });
  project.provide('functionBundlesDir', DEFAULT_BUNDLES_DIR);
  project.provide('functionBundles', bundles);
}
