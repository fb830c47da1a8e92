/**
 * The staff console in real Chromium against the local stack (DynamoDB Local, the public
 * and staff APIs, the local issuer, the notifier's mailbox) and the site as built.
 * One environment for every suite: the suites run in this order, each on its own data.
 */
import { accessibilitySuite } from './browser/accessibility.ts';
import { journeySuite } from './browser/journey.ts';
import { useBrowserEnv } from './support/browser-env.ts';

const use = useBrowserEnv();

accessibilitySuite(use);
journeySuite(use);
