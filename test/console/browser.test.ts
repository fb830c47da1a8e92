/**
 * The staff console in real Chromium against the local stack (DynamoDB Local, the public
 * and staff APIs, the local issuer, the notifier's mailbox) and the site as built.
 * One environment for every suite (building the site is the slow part). The suites run in
 * any order: each makes the petitions it changes and only reads the demo data's
 * (`npx vitest run --project browser --sequence.shuffle.tests` runs them in a random one).
 */
import { vi } from 'vitest';
import { accessibilitySuite } from './browser/accessibility.ts';
import { agencyAndDelegateSuite } from './browser/agency-delegate.ts';
import { apiKeysSuite } from './browser/api-keys.ts';
import { journeySuite } from './browser/journey.ts';
import { secretariatSuite } from './browser/secretariat.ts';
import { sessionSuite } from './browser/session.ts';
import { triageSuite } from './browser/triage.ts';
import { useBrowserEnv } from './support/browser-env.ts';

// Steps in a real browser, while other test files share the two cores: room for a slow moment.
vi.setConfig({ testTimeout: 90_000 });

const use = useBrowserEnv();

accessibilitySuite(use);
journeySuite(use);
sessionSuite(use);
agencyAndDelegateSuite(use);
secretariatSuite(use);
triageSuite(use);
apiKeysSuite(use);
