/**
 * The console's resolution and interpellation screens in real Chromium against the local
 * stack and the site as built (test/console/browser/resolutions.ts), in a file of their own
 * so they can run without every other console suite.
 */
import { vi } from 'vitest';
import { resolutionsSuite } from './browser/resolutions.ts';
import { useBrowserEnv } from './support/browser-env.ts';

vi.setConfig({ testTimeout: 90_000 });

resolutionsSuite(useBrowserEnv());
