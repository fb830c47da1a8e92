/**
 * Where the prebuilt Lambda bundles are (infra/build-functions.ts writes them). The stack
 * deploys these files as they are; a missing one stops synthesis with what to run.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..');
export const DEFAULT_BUNDLES_DIR = join(REPOSITORY_ROOT, 'dist', 'functions');
/** The file Lambda loads; the handler setting is `index.handler`. */
export const BUNDLE_FILE = 'index.mjs';
/** Where the attachment processor's sharp layer is written, beside the bundles (never a function folder). */
export const SHARP_LAYER_FOLDER = '_layers/sharp';

export class MissingBundleError extends Error {
  constructor(functionName: string, file: string) {
    super(
      `The bundle of function "${functionName}" is missing (${file}). Run \`npm run build:functions\` first.`,
    );
    this.name = 'MissingBundleError';
  }
}

/** The folder holding one function's bundle; throws MissingBundleError when it was not built. */
export function bundleFolder(bundlesDir: string, functionName: string): string {
  const folder = join(bundlesDir, functionName);
  const file = join(folder, BUNDLE_FILE);
  if (!existsSync(file)) throw new MissingBundleError(functionName, file);
  return folder;
}
